package dev.wabasdk.cost;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Combines the replays under each model into the history as Meta billed it. Every change of model took effect at
 * 00:00 on the first of a month in the WABA's time zone (2022-02-01, 2025-07-01), the same clock the months of
 * line items use, so each month's lines come whole from the model in force that month.
 */
final class AsBilled {
  private AsBilled() {}

  static Estimate merge(Estimate pmp, Estimate cbp, @Nullable Estimate nbp) {
    List<LineItem> items = new ArrayList<>();
    Set<PricingModel> used = new LinkedHashSet<>();
    for (Estimate estimate : nbp == null ? List.of(cbp, pmp) : List.of(nbp, cbp, pmp)) {
      for (LineItem item : estimate.items()) {
        if (inForce(estimate.model(), item.month())) {
          items.add(item);
          used.add(estimate.model());
        }
      }
    }
    List<RateCard> cards = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<PricingWarning> warnings = new ArrayList<>();
    PricingModel latest = PricingModel.PMP;
    for (Estimate estimate : nbp == null ? List.of(cbp, pmp) : List.of(nbp, cbp, pmp)) {
      if (!used.contains(estimate.model())) {
        continue;
      }
      latest = estimate.model();
      for (RateCard card : estimate.cards()) {
        if (!cards.contains(card)) {
          cards.add(card);
        }
      }
      for (PricingWarning warning : estimate.warnings()) {
        // Each month is priced by its own model here, so "applied outside its period" does not hold.
        if (warning.kind() != PricingWarning.Kind.MODEL_OUTSIDE_PERIOD && !warnings.contains(warning)) {
          warnings.add(warning);
        }
      }
      for (String note : estimate.notes()) {
        boolean outside = estimate.warnings().stream().anyMatch(
            w -> w.kind() == PricingWarning.Kind.MODEL_OUTSIDE_PERIOD && w.message().equals(note));
        if (!outside && !notes.contains(note)) {
          notes.add(note);
        }
      }
    }
    if (used.size() > 1) {
      notes.add("months before " + PricingModel.PMP_START + " are priced as conversations (CBP), months before "
          + PricingModel.CBP_START + " as template notifications (NBP), later months per message (PMP)");
    }
    return new Estimate(latest, pmp.currency(), items, cards, notes, warnings);
  }

  private static boolean inForce(PricingModel model, YearMonth month) {
    return model.inForce(month.atDay(1));
  }
}
