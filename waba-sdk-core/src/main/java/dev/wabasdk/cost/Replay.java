package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.ItemCollector;
import dev.wabasdk.cost.internal.MarketResolver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one replay of a history keeps while it walks the events (each user's windows and conversations, notes,
 * line items, messages per month, cards used, the report's currency); one instance per replay, not thread-safe.
 */
final class Replay {
  final Findings notes = new Findings();
  final ItemCollector items = new ItemCollector();
  final Map<YearMonth, Long> messages = new TreeMap<>();
  private final PricingContext context;
  private final Map<String, UserState> users = new HashMap<>();
  private final Map<MarketResolver, Map<String, Market>> caches = new IdentityHashMap<>();
  private final List<RateCard> used = new ArrayList<>();
  private @Nullable String target;

  Replay(PricingContext context) {
    this.context = context;
  }

  /** One user's windows and open conversations, as far as the replay has walked. */
  static final class UserState {
    @Nullable Instant lastInbound;
    @Nullable Instant referralAt;
    @Nullable Instant freeEntryPointUntil;
    final Map<PricingCategory, Instant> conversations = new HashMap<>();
    /** Conversation-based pricing until 2023-05-31: the one open conversation's end, whatever its kind. */
    @Nullable Instant sessionUntil;

    boolean windowOpen(Instant t) {
      return lastInbound != null && t.isBefore(lastInbound.plus(PricingRules.CUSTOMER_SERVICE_WINDOW));
    }

    boolean inFreeEntryPoint(Instant t) {
      return freeEntryPointUntil != null && t.isBefore(freeEntryPointUntil);
    }

    /** Whether this reply answers a referral within 24 h, which opens a free entry point window. */
    boolean opensFreeEntryPoint(Instant t) {
      boolean opens = referralAt != null && !t.isAfter(referralAt.plus(PricingRules.REFERRAL_REPLY_WINDOW));
      referralAt = null;
      return opens;
    }

    void inbound(HistoryEvent.Inbound in) {
      lastInbound = in.at();
      if (in.referral()) {
        referralAt = in.at();
      }
    }
  }

  PricingContext context() {
    return context;
  }

  /** The state of the event's user, with an inbound event already recorded in it. */
  UserState userState(HistoryEvent event) {
    UserState state = users.computeIfAbsent(event.user(), k -> new UserState());
    if (event instanceof HistoryEvent.Inbound in) {
      state.inbound(in);
    }
    return state;
  }

  /** The card in force on the day, remembered as used; the first one fixes the currency unless one is set. */
  RateCard card(PricingModel model, LocalDate date) {
    RateCard card = context.card(model, date, notes);
    if (!used.contains(card)) {
      used.add(card);
    }
    if (target == null) {
      target = context.target(card);
    }
    return card;
  }

  Market market(HistoryEvent.Outbound out, RateCard card, LocalDate date) {
    return context.onCard(card, context.marketOf(out.user(), date, caches), notes);
  }

  /** The market of the event's user on a day, without a card (for periods no card covers). */
  Market market(HistoryEvent.Outbound out, LocalDate date) {
    return context.marketOf(out.user(), date, caches);
  }

  /** The report's currency: the configured one, else the first card's, else USD for a history with no sends. */
  String target() {
    return target != null ? target : context.currency != null ? context.currency : "USD";
  }

  Estimate estimate(PricingModel model, @Nullable Map<YearMonth, Long> conversations) {
    context.addBspFees(items, messages, conversations, target(), notes);
    return new Estimate(model, target(), items.items(), used, notes.notes(), notes.warnings());
  }
}
