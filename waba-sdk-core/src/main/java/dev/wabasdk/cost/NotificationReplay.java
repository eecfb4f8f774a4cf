package dev.wabasdk.cost;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Prices a time-ordered history under notification-based pricing (until 2022-01-31): each delivered template
 * outside the 24-hour customer care window is a charged notification, everything inside the window is free. Meta's
 * tiered per-country notification prices were not found, so charged notifications are counted at zero with a
 * warning.
 */
final class NotificationReplay {
  private NotificationReplay() {}

  static Estimate price(PricingContext context, History history) {
    Replay replay = new Replay(context, history.userCount());
    List<HistoryEvent> events = history.events();
    int[] users = history.users();
    for (int i = 0; i < events.size(); i++) {
      HistoryEvent event = events.get(i);
      Replay.UserState state = replay.userState(users[i], event);
      if (!(event instanceof HistoryEvent.Outbound out)) {
        continue;
      }
      Instant t = out.at();
      LocalDate date = replay.date(t);
      YearMonth month = replay.month();
      if (!date.isBefore(PricingModel.CBP_START)) {
        replay.notes.warn(PricingWarning.Kind.MODEL_OUTSIDE_PERIOD, "notification-based pricing ended "
            + PricingModel.CBP_START.minusDays(1) + "; later messages are priced as if it still applied");
      }
      Market market = replay.market(state, out);
      Money zero = Money.zero(replay.target());
      replay.countMessage(month);
      if (state.windowOpen(t)) {
        replay.items.add(month, LineItem.Payee.META, market, out.category(), true, zero,
            "inside the 24-hour customer care window: free under notification-based pricing, templates too", 1);
      } else if (!out.category().isTemplate()) {
        replay.items.add(month, LineItem.Payee.META, market, out.category(), true, zero,
            "a non-template message needs an open customer care window; not delivered, not charged", 1);
      } else {
        replay.notes.warn(PricingWarning.Kind.NO_RATE_CARD, "no rate card for notification-based pricing (until "
            + "2022-01-31) is shipped: Meta's tiered per-country template prices were not found, so notifications "
            + "are counted at zero");
        replay.items.add(month, LineItem.Payee.META, market, out.category(), false, zero,
            "template notification outside the customer care window: charged per delivered message; not priced "
                + "(no rate card for this period)", 1);
      }
    }
    return replay.estimate(PricingModel.NBP, null);
  }
}
