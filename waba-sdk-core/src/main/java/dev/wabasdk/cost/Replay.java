package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.ItemCollector;
import dev.wabasdk.cost.internal.MarketResolver;
import dev.wabasdk.message.internal.NumberRegions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one replay of a history keeps while it walks the events (each user's windows and conversations, notes,
 * line items, messages per month, cards used, the report's currency); one instance per replay, not thread-safe.
 */
final class Replay {
  final Findings notes = new Findings();
  final ItemCollector items = new ItemCollector();
  private final Map<YearMonth, long[]> messages = new TreeMap<>();
  private final PricingContext context;
  private final UserState[] users;
  private final Map<MarketResolver, Map<String, Market>> caches = new IdentityHashMap<>();
  // The market as each card knows it, by mapped market: asked once per card and market, not once per user (a
  // market missing from a card made every user of it scan the mapping's rows twice over).
  private final Map<RateCard, Map<Market, Market>> onCards = new IdentityHashMap<>();
  private final List<RateCard> used = new ArrayList<>();
  private @Nullable String target;
  private final Map<String, String> regions = new HashMap<>();
  // The day of the last instant asked (events come in time order, so mostly the same day): [dayStart, dayEnd) in
  // epoch seconds, its date, month and market mapping period.
  private long dayStart = Long.MAX_VALUE;
  private long dayEnd = Long.MIN_VALUE;
  private @Nullable LocalDate day;
  private @Nullable YearMonth month;
  private @Nullable MarketResolver resolver;
  // The card of the last (model, day) asked.
  private @Nullable PricingModel cardModel;
  private @Nullable LocalDate cardDay;
  private @Nullable RateCard lastCard;

  Replay(PricingContext context, int userCount) {
    this.context = context;
    this.users = new UserState[userCount];
  }

  /** One user's windows and open conversations, as far as the replay has walked. */
  static final class UserState {
    @Nullable Instant lastInbound;
    // lastInbound + the customer service window, computed on first use after each inbound message (not per message).
    private @Nullable Instant windowEnd;
    @Nullable Instant referralAt;
    @Nullable Instant freeEntryPointUntil;
    private @Nullable Conversations conversations;

    /** The user's open conversations (created on first use: per-message pricing has none). */
    Conversations conversations() {
      Conversations c = conversations;
      if (c == null) {
        c = new Conversations();
        conversations = c;
      }
      return c;
    }
    /** Conversation-based pricing until 2023-05-31: the one open conversation's end, whatever its kind. */
    @Nullable Instant sessionUntil;
    // The user's market as the last card and mapping period asked saw it (a user's number does not change).
    @Nullable MarketResolver marketResolver;
    @Nullable RateCard marketCard;
    @Nullable Market market;
    @Nullable Market mappedMarket;

    boolean windowOpen(Instant t) {
      Instant last = lastInbound;
      if (last == null) {
        return false;
      }
      Instant end = windowEnd;
      if (end == null) {
        end = last.plus(PricingRules.CUSTOMER_SERVICE_WINDOW);
        windowEnd = end;
      }
      return t.isBefore(end);
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
      windowEnd = null;
      if (in.referral()) {
        referralAt = in.at();
      }
    }
  }

  /**
   * A user's open conversations under conversation-based pricing, their ends by kind: at most one per kind (four
   * known), so a few slots scanned in place, allocated on first use, rather than a {@code HashMap} per user.
   */
  static final class Conversations {
    private PricingCategory @Nullable [] kinds;
    private Instant @Nullable [] ends;
    private int size;

    @Nullable Instant get(PricingCategory kind) {
      PricingCategory[] k = kinds;
      Instant[] e = ends;
      for (int i = 0; i < size; i++) {
        if (k != null && e != null && (k[i] == kind || k[i].equals(kind))) {
          return e[i];
        }
      }
      return null;
    }

    void put(PricingCategory kind, Instant end) {
      PricingCategory[] k = kinds;
      Instant[] e = ends;
      if (k == null || e == null) {
        k = new PricingCategory[4];
        e = new Instant[4];
        kinds = k;
        ends = e;
      }
      for (int i = 0; i < size; i++) {
        if (k[i] == kind || k[i].equals(kind)) {
          e[i] = end;
          return;
        }
      }
      if (size == k.length) {
        k = Arrays.copyOf(k, size * 2);
        e = Arrays.copyOf(e, size * 2);
        kinds = k;
        ends = e;
      }
      k[size] = kind;
      e[size] = end;
      size++;
    }

    /** Whether a conversation of any kind is open at {@code t}. */
    boolean anyOpenAt(Instant t) {
      Instant[] e = ends;
      for (int i = 0; i < size; i++) {
        if (e != null && t.isBefore(e[i])) {
          return true;
        }
      }
      return false;
    }

    void clear() {
      if (kinds != null && ends != null) {
        Arrays.fill(kinds, null);
        Arrays.fill(ends, null);
      }
      size = 0;
    }
  }

  PricingContext context() {
    return context;
  }

  /** The state of the event's user (number {@code user} of its {@link History}), with an inbound event recorded. */
  UserState userState(int user, HistoryEvent event) {
    UserState state = users[user];
    if (state == null) {
      state = new UserState();
      users[user] = state;
    }
    if (event instanceof HistoryEvent.Inbound in) {
      state.inbound(in);
    }
    return state;
  }

  /** The day of an instant in the WABA time zone (as {@link PricingContext#date}), remembered for its day. */
  LocalDate date(Instant at) {
    long second = at.getEpochSecond();
    LocalDate date = day;
    if (date != null && second >= dayStart && second < dayEnd) {
      return date;
    }
    date = context.date(at);
    day = date;
    month = YearMonth.from(date);
    resolver = context.mapping.resolver(date);
    dayStart = date.atStartOfDay(context.zone).toEpochSecond();
    dayEnd = date.plusDays(1).atStartOfDay(context.zone).toEpochSecond();
    return date;
  }

  /** The month of the last {@link #date} asked. */
  YearMonth month() {
    return Objects.requireNonNull(month, "date() first");
  }

  /**
   * The region of a number (libphonenumber's answer), asked once per number and replay; only for numbers the pause
   * check cannot decide from their digits ({@link NumberRegions#isIn}).
   */
  @Nullable String region(String waId) {
    String region = regions.computeIfAbsent(waId, k -> {
      String r = NumberRegions.parsedRegion(k);
      return r == null ? "" : r;
    });
    return region.isEmpty() ? null : region;
  }

  /** The card in force on the day, remembered as used; the first one fixes the currency unless one is set. */
  RateCard card(PricingModel model, LocalDate date) {
    RateCard last = lastCard;
    if (last != null && model == cardModel && date.equals(cardDay)) {
      // Asked again for the same day: what it said (notes, used cards, currency) it has said already.
      return last;
    }
    RateCard card = context.card(model, date, notes);
    lastCard = card;
    cardModel = model;
    cardDay = date;
    if (!used.contains(card)) {
      used.add(card);
    }
    if (target == null) {
      target = context.target(card);
    }
    return card;
  }

  /**
   * The market of the event's user on the day of the last {@link #date} asked, as {@code card} knows it; remembered
   * per user while the card and the mapping period stay the same (the notes it gave are given already).
   */
  Market market(UserState state, HistoryEvent.Outbound out, RateCard card) {
    MarketResolver current = Objects.requireNonNull(resolver, "date() first");
    Market market = state.market;
    if (market != null && state.marketCard == card && state.marketResolver == current) {
      return market;
    }
    market = onCard(card, mapped(state, out, current));
    state.market = market;
    state.marketCard = card;
    return market;
  }

  /**
   * {@link PricingContext#onCard} remembered per card and market: it says its warnings on the first call (later
   * ones add nothing, the warnings being a set) and fails every time for a market it cannot place.
   */
  private Market onCard(RateCard card, Market mapped) {
    Map<Market, Market> byMarket = onCards.get(card);
    if (byMarket == null) {
      byMarket = new HashMap<>();
      onCards.put(card, byMarket);
    }
    Market market = byMarket.get(mapped);
    if (market == null) {
      market = context.onCard(card, mapped, notes);
      byMarket.put(mapped, market);
    }
    return market;
  }

  /** The market of the event's user on the day of the last {@link #date} asked, without a card. */
  Market market(UserState state, HistoryEvent.Outbound out) {
    return mapped(state, out, Objects.requireNonNull(resolver, "date() first"));
  }

  private Market mapped(UserState state, HistoryEvent.Outbound out, MarketResolver current) {
    Market mapped = state.mappedMarket;
    if (mapped != null && state.marketResolver == current) {
      return mapped;
    }
    mapped = current.forDigits(out.user(), caches.computeIfAbsent(current, k -> new HashMap<>()));
    state.mappedMarket = mapped;
    state.marketResolver = current;
    state.market = null; // as the card saw the old mapping
    return mapped;
  }

  /** The report's currency: the configured one, else the first card's, else USD for a history with no sends. */
  String target() {
    return target != null ? target : context.currency != null ? context.currency : "USD";
  }

  /** Counts a message sent in {@code month} (a counter, not a boxed Long per message). */
  void countMessage(YearMonth month) {
    long[] count = messages.get(month);
    if (count == null) {
      count = new long[1];
      messages.put(month, count);
    }
    count[0]++;
  }

  /** Counts per month as the BSP fees take them. */
  static Map<YearMonth, Long> counts(Map<YearMonth, long[]> counters) {
    Map<YearMonth, Long> counts = new TreeMap<>();
    counters.forEach((month, count) -> counts.put(month, count[0]));
    return counts;
  }

  Estimate estimate(PricingModel model, @Nullable Map<YearMonth, Long> conversations) {
    context.addBspFees(items, counts(messages), conversations, target(), notes);
    return new Estimate(model, target(), items.items(), used, notes.notes(), notes.warnings());
  }
}
