package dev.wabasdk.cost;

import dev.wabasdk.cost.PricingRules.Charge;
import dev.wabasdk.cost.PricingRules.Situation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Prices a time-ordered history under per-message pricing, each message by the card and rules of its day. */
final class PerMessageReplay {
  private static final String EARLY = "per-message pricing started " + PricingRules.PMP_START
      + "; earlier messages are priced as if it applied";

  private final PricingContext context;
  private final Replay replay;
  private boolean earlySaid;
  private final String fepReason;
  private final Map<YearMonth, int[]> serviceCount = new HashMap<>();
  private final Map<TierKey, long[]> tierCount = new HashMap<>();
  // "<reason>; volume tier <label>" by tier and reason: built once, not per message (and hashed once).
  private final Map<VolumeTier, Map<String, String>> tierReasons = new IdentityHashMap<>();
  private final Function<String, @Nullable String> regions;

  /** A replay of a history of {@code userCount} users: {@link #step} each event in time order, then {@link #finish}. */
  PerMessageReplay(PricingContext context, int userCount) {
    this.context = context;
    this.replay = new Replay(context, userCount);
    this.fepReason = "reply within 24 h to a click-to-WhatsApp ad or Page button message: free, and opens a free "
        + "entry point window of " + context.freeEntryPointWindow.toHours() + " h";
    this.regions = replay::region;
  }

  /** Messages are counted for volume tiers per month, market and category. */
  private record TierKey(YearMonth month, Market market, PricingCategory category) {}

  static Estimate price(PricingContext context, History history) {
    PerMessageReplay pmp = new PerMessageReplay(context, history.userCount());
    List<HistoryEvent> events = history.events();
    int[] users = history.users();
    for (int i = 0; i < events.size(); i++) {
      pmp.step(events.get(i), users[i]);
    }
    return pmp.finish();
  }

  /** Walks one event of user number {@code user}; events come in time order. */
  void step(HistoryEvent event, int user) {
    Replay.UserState state = replay.userState(user, event);
    if (event instanceof HistoryEvent.Outbound out) {
      message(state, out);
    }
  }

  Estimate finish() {
    return replay.estimate(PricingModel.PMP, null);
  }

  private void message(Replay.UserState state, HistoryEvent.Outbound out) {
    Instant t = out.at();
    LocalDate date = replay.date(t);
    YearMonth month = replay.month();
    if (!earlySaid && date.isBefore(PricingRules.PMP_START)) {
      replay.notes.warn(PricingWarning.Kind.MODEL_OUTSIDE_PERIOD, EARLY);
      earlySaid = true; // said once: the warnings are a set
    }
    RateCard card = replay.card(PricingModel.PMP, date);
    String target = replay.target();
    Market market = replay.market(state, out, card);
    boolean windowOpen = state.windowOpen(t);
    boolean opensFep = !state.inFreeEntryPoint(t) && state.opensFreeEntryPoint(t);
    if (opensFep) {
      state.freeEntryPointUntil = t.plus(context.freeEntryPointWindow);
    }
    boolean fep = state.inFreeEntryPoint(t);
    int[] services = serviceCount.computeIfAbsent(month, k -> new int[1]);
    Situation situation = Situation.of(windowOpen, fep, services[0] < PricingRules.FREE_SERVICE_PER_MONTH);
    Charge charge = PricingRules.forMessage(context, card, market, out.user(), out.category(), situation, date,
        replay.notes, regions);
    if (out.category().equals(PricingCategory.SERVICE) && !fep && windowOpen
        && !date.isBefore(PricingRules.SERVICE_CHARGED_FROM)) {
      services[0]++;
    }
    String reason = opensFep ? fepReason : charge.reason();
    Money unit = charge.price();
    List<VolumeTier> tiers = charge.free() ? List.of() : card.volumeTiers(market, charge.category());
    if (!tiers.isEmpty()) {
      long n = ++tierCount.computeIfAbsent(new TierKey(month, market, charge.category()), k -> new long[1])[0];
      for (VolumeTier tier : tiers) {
        if (n >= tier.from() && (tier.to() == null || n <= tier.to())) {
          unit = tier.rate();
          String base = reason;
          reason = tierReasons.computeIfAbsent(tier, k -> new HashMap<>())
              .computeIfAbsent(base, k -> k + "; volume tier " + tier.label());
        }
      }
    }
    replay.items.add(month, LineItem.Payee.META, market, charge.category(), charge.free(),
        context.convert(unit, target), reason, 1);
    replay.countMessage(month);
  }
}
