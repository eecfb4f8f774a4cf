package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.ItemCollector;
import dev.wabasdk.cost.internal.MarketResolver;
import dev.wabasdk.message.Recipient;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Estimates what WhatsApp messages cost: one message (for the policy engine), a campaign, or a recorded history
 * under per-message and conversation-based pricing side by side, with BSP fees on top.
 *
 * <pre>{@code
 * CostEstimator estimator = CostEstimator.builder().zone(ZoneId.of("Europe/Berlin")).build();
 * MessagePrice price = estimator.priceOf("+919812345678", PricingCategory.MARKETING, false, false, Instant.now());
 * // price.price() = USD 0.0118, price.reason() = "marketing template: charged per delivered message"
 * }</pre>
 *
 * <h2>Rules by date</h2>
 * The card in force on the message's day (WABA time zone, from 00:00) is used unless one is pinned. Per-message
 * pricing: a delivered template is charged at its category's rate in the recipient's market; everything is free
 * inside a free entry point window; utility templates inside an open customer service window are free until
 * 2026-09-30 and charged from 2026-10-01; service (non-template) messages are free until 2026-09-30, then charged at
 * the market's rate after 1,000 free per business phone number per calendar month. Conversation-based pricing
 * (for {@link #replay}): a 24-hour conversation per category opened by the first delivered business message, a
 * service conversation only when none is open, 1,000 free service conversations a month (all free from
 * 2024-11-01), and a free entry point conversation that closes the others.
 *
 * <p>Money is exact ({@link Money}); prices stay in the card's currency unless a {@linkplain
 * Builder#currency(String) currency} and an {@linkplain Builder#exchangeRate(String, String) exchange rate} you
 * supply are set. Nothing goes to the network. Instances are immutable and thread-safe.
 */
public final class CostEstimator {
  /** Per-message pricing starts (Meta, 00:00 WABA time zone). */
  static final LocalDate PMP_START = LocalDate.of(2025, 7, 1);
  /** Service messages and in-window utility templates charged from this day. */
  static final LocalDate SERVICE_CHARGED_FROM = LocalDate.of(2026, 10, 1);
  /** All CBP service conversations free from this day. */
  static final LocalDate CBP_SERVICE_FREE_FROM = LocalDate.of(2024, 11, 1);
  static final int FREE_SERVICE_PER_MONTH = 1000;
  private static final Duration CUSTOMER_SERVICE_WINDOW = Duration.ofHours(24);
  private static final Duration REFERRAL_REPLY_WINDOW = Duration.ofHours(24);
  private static final Duration CONVERSATION = Duration.ofHours(24);

  private final List<RateCard> cards;
  private final MarketMapping mapping;
  private final Map<PricingModel, RateCard> pinned;
  private final @Nullable BspFees bspFees;
  private final @Nullable String currency;
  private final Map<String, BigDecimal> exchangeRates;
  private final Clock clock;
  private final ZoneId zone;
  private final Duration freeEntryPointWindow;

  private CostEstimator(Builder b) {
    List<RateCard> sorted = new ArrayList<>(b.cards);
    sorted.sort(Comparator.comparing(RateCard::effectiveFrom));
    this.cards = List.copyOf(sorted);
    this.mapping = b.mapping;
    this.pinned = Map.copyOf(b.pinned);
    this.bspFees = b.bspFees;
    this.currency = b.currency;
    this.exchangeRates = Map.copyOf(b.exchangeRates);
    this.clock = b.clock;
    this.zone = b.zone;
    this.freeEntryPointWindow = b.freeEntryPointWindow;
  }

  /** An estimator with the shipped cards and mapping, UTC, the system clock and no BSP fees. */
  public static CostEstimator ofDefaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder with this estimator's settings, to derive a variant. */
  public Builder newBuilder() {
    return new Builder(this);
  }

  // ---------------------------------------------------------------------------------------------------------
  // One message

  /**
   * The expected price of one delivered message under per-message pricing. This is the method the policy engine
   * calls for each send.
   *
   * @param to the recipient
   * @param category the template's pricing category, or {@link PricingCategory#SERVICE} for a non-template message
   * @param windowOpen whether the user's customer service window is open at {@code at}
   * @param freeEntryPointOpen whether a free entry point window is open at {@code at} (or this reply opens one)
   * @param at when the message is delivered; picks the rate card and the rules
   * @return the price, whether it is free, and a one-sentence reason. A service message from 2026-10-01 is priced
   *     as charged (the phone number's 1,000 free service messages of the month assumed used; {@link #replay}
   *     counts them).
   * @throws IllegalArgumentException for a category without a price (e.g. {@code referral_conversion}) or a market
   *     the card has no rate for
   */
  public MessagePrice priceOf(Recipient.PhoneNumber to, PricingCategory category, boolean windowOpen,
      boolean freeEntryPointOpen, Instant at) {
    Objects.requireNonNull(to, "to");
    return price(to.waId(), category, windowOpen, freeEntryPointOpen, at);
  }

  /** As {@link #priceOf(Recipient.PhoneNumber, PricingCategory, boolean, boolean, Instant)}, for an E.164 string. */
  public MessagePrice priceOf(String e164, PricingCategory category, boolean windowOpen, boolean freeEntryPointOpen,
      Instant at) {
    return price(MarketMapping.digits(e164), category, windowOpen, freeEntryPointOpen, at);
  }

  private MessagePrice price(String digits, PricingCategory category, boolean windowOpen, boolean fepOpen,
      Instant at) {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(at, "at");
    LocalDate date = date(at);
    Set<String> notes = new LinkedHashSet<>();
    RateCard card = card(PricingModel.PMP, date, notes);
    MarketResolver resolver = mapping.resolver(date);
    Market resolved = resolver.forCleanE164(digits);
    Market market = onCard(card, resolved != null ? resolved : resolver.forDigits(digits, new HashMap<>()), notes);
    Charge charge = pmp(card, market, category, windowOpen, fepOpen, date, false);
    String target = target(card);
    StringBuilder reason = new StringBuilder(charge.reason);
    for (String note : notes) {
      reason.append("; ").append(note);
    }
    Money bsp = bspFees != null && bspFees.perMessage() != null
        ? convert(Objects.requireNonNull(bspFees.perMessage()), target) : Money.zero(target);
    return new MessagePrice(convert(charge.price, target), charge.free, reason.toString(), market, charge.category,
        card, bsp);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Campaigns

  /**
   * The cost of a template campaign: recipients grouped by market, each market priced once (volume tiers
   * graduated from {@link Campaign#sentThisMonth()} when the card defines them), plus BSP fees for the month.
   */
  public Estimate estimate(Campaign campaign) {
    Objects.requireNonNull(campaign, "campaign");
    Instant at = campaign.at() != null ? campaign.at() : clock.instant();
    LocalDate date = date(at);
    YearMonth month = YearMonth.from(date);
    Set<String> notes = new LinkedHashSet<>();
    RateCard card = card(PricingModel.PMP, date, notes);
    String target = target(card);
    MarketResolver resolver = mapping.resolver(date);

    // Identity: the resolver hands out one Market instance per market, so no hashing of names per recipient.
    Map<Market, long[]> counts = new IdentityHashMap<>();
    Map<String, Market> cache = new HashMap<>();
    List<String> numbers = campaign.numbers();
    for (int i = 0; i < numbers.size(); i++) {
      Market market = resolver.forCleanE164(numbers.get(i));
      if (market == null) {
        try {
          market = resolver.forDigits(MarketMapping.digits(numbers.get(i)), cache);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("recipients[" + i + "]: " + e.getMessage(), e);
        }
      }
      long[] count = counts.get(market);
      if (count == null) {
        count = new long[1];
        counts.put(market, count);
      }
      count[0]++;
    }
    campaign.countries().forEach((iso2, count) ->
        counts.computeIfAbsent(resolver.forCountry(iso2), k -> new long[1])[0] += count);

    Map<Market, long[]> priced = new TreeMap<>();
    counts.forEach((market, count) -> priced.computeIfAbsent(onCard(card, market, notes), k -> new long[1])[0] += count[0]);

    ItemCollector items = new ItemCollector();
    priced.forEach((market, count) -> {
      Charge charge = pmp(card, market, campaign.category(), false, false, date, false);
      List<VolumeTier> tiers = charge.free ? List.of() : card.volumeTiers(market, charge.category);
      if (tiers.isEmpty()) {
        items.add(month, LineItem.Payee.META, market, charge.category, charge.free, convert(charge.price, target),
            charge.reason, count[0]);
        return;
      }
      long before = campaign.sentThisMonth().getOrDefault(market, 0L);
      long first = before + 1;
      long last = before + count[0];
      for (VolumeTier tier : tiers) {
        long from = Math.max(first, tier.from());
        long to = tier.to() == null ? last : Math.min(last, tier.to());
        if (from <= to) {
          items.add(month, LineItem.Payee.META, market, charge.category, false, convert(tier.rate(), target),
              charge.reason + "; volume tier " + tier.label(), to - from + 1);
        }
      }
    });
    Map<YearMonth, Long> messages = Map.of(month, campaign.size());
    addBspFees(items, messages, null, target, notes);
    return new Estimate(PricingModel.PMP, target, items.items(), List.of(card), List.copyOf(notes));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Histories

  /**
   * Replays a recorded history of one business phone number (events are sorted by time; ties keep their order)
   * and prices it under per-message pricing and under conversation-based pricing, so both can be compared. Each
   * event follows the rules and the card of its own day; a model applied outside its real period (CBP after
   * 2025-06-30, PMP before 2025-07-01) is said so in the estimate's notes.
   */
  public HistoryReport replay(List<? extends HistoryEvent> events) {
    Objects.requireNonNull(events, "events");
    List<HistoryEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(HistoryEvent::at));
    return new HistoryReport(replayPmp(sorted), replayCbp(sorted));
  }

  private static final class UserState {
    @Nullable Instant lastInbound;
    @Nullable Instant referralAt;
    @Nullable Instant freeEntryPointUntil;
    final Map<PricingCategory, Instant> conversations = new HashMap<>();

    boolean windowOpen(Instant t) {
      return lastInbound != null && t.isBefore(lastInbound.plus(CUSTOMER_SERVICE_WINDOW));
    }

    boolean inFreeEntryPoint(Instant t) {
      return freeEntryPointUntil != null && t.isBefore(freeEntryPointUntil);
    }

    /** Whether this reply answers a referral within 24 h, which opens a free entry point window. */
    boolean opensFreeEntryPoint(Instant t) {
      boolean opens = referralAt != null && !t.isAfter(referralAt.plus(REFERRAL_REPLY_WINDOW));
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

  /**
   * What both replays keep while they walk a history: each user's state, the notes, the line items, the messages
   * per month, the rate cards used and the currency of the report.
   */
  private final class Replay {
    final Set<String> notes = new LinkedHashSet<>();
    final ItemCollector items = new ItemCollector();
    final Map<YearMonth, Long> messages = new TreeMap<>();
    private final Map<String, UserState> users = new HashMap<>();
    private final Map<MarketResolver, Map<String, Market>> caches = new IdentityHashMap<>();
    private final List<RateCard> used = new ArrayList<>();
    private @Nullable String target;

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
      RateCard card = CostEstimator.this.card(model, date, notes);
      if (!used.contains(card)) {
        used.add(card);
      }
      if (target == null) {
        target = CostEstimator.this.target(card);
      }
      return card;
    }

    Market market(HistoryEvent.Outbound out, RateCard card, LocalDate date) {
      return onCard(card, marketOf(out.user(), date, caches), notes);
    }

    /** The report's currency: the configured one, else the first card's, else USD for a history with no sends. */
    String target() {
      return target != null ? target : currency != null ? currency : "USD";
    }

    Estimate estimate(PricingModel model, @Nullable Map<YearMonth, Long> conversations) {
      addBspFees(items, messages, conversations, target(), notes);
      return new Estimate(model, target(), items.items(), used, List.copyOf(notes));
    }
  }

  private Estimate replayPmp(List<HistoryEvent> events) {
    Replay replay = new Replay();
    ItemCollector items = replay.items;
    Map<YearMonth, int[]> serviceCount = new HashMap<>();
    Map<String, long[]> tierCount = new HashMap<>();
    for (HistoryEvent event : events) {
      UserState state = replay.userState(event);
      if (!(event instanceof HistoryEvent.Outbound out)) {
        continue;
      }
      Instant t = out.at();
      LocalDate date = date(t);
      YearMonth month = YearMonth.from(date);
      if (date.isBefore(PMP_START)) {
        replay.notes.add(
            "per-message pricing started " + PMP_START + "; earlier messages are priced as if it applied");
      }
      RateCard card = replay.card(PricingModel.PMP, date);
      String target = replay.target();
      Market market = replay.market(out, card, date);
      boolean windowOpen = state.windowOpen(t);
      boolean opensFep = !state.inFreeEntryPoint(t) && state.opensFreeEntryPoint(t);
      if (opensFep) {
        state.freeEntryPointUntil = t.plus(freeEntryPointWindow);
      }
      boolean fep = state.inFreeEntryPoint(t);
      int[] services = serviceCount.computeIfAbsent(month, k -> new int[1]);
      Charge charge = pmp(card, market, out.category(), windowOpen, fep, date, services[0] < FREE_SERVICE_PER_MONTH);
      if (out.category().equals(PricingCategory.SERVICE) && !fep && windowOpen && !date.isBefore(SERVICE_CHARGED_FROM)) {
        services[0]++;
      }
      String reason = opensFep
          ? "reply within 24 h to a click-to-WhatsApp ad or Page button message: free, and opens a free entry point "
              + "window of " + freeEntryPointWindow.toHours() + " h"
          : charge.reason;
      Money unit = charge.price;
      List<VolumeTier> tiers = charge.free ? List.of() : card.volumeTiers(market, charge.category);
      if (!tiers.isEmpty()) {
        long n = ++tierCount.computeIfAbsent(month + "|" + market.name() + "|" + charge.category, k -> new long[1])[0];
        for (VolumeTier tier : tiers) {
          if (n >= tier.from() && (tier.to() == null || n <= tier.to())) {
            unit = tier.rate();
            reason = reason + "; volume tier " + tier.label();
          }
        }
      }
      items.add(month, LineItem.Payee.META, market, charge.category, charge.free, convert(unit, target), reason, 1);
      replay.messages.merge(month, 1L, Long::sum);
    }
    return replay.estimate(PricingModel.PMP, null);
  }

  private Estimate replayCbp(List<HistoryEvent> events) {
    Replay replay = new Replay();
    ItemCollector items = replay.items;
    Map<YearMonth, Long> conversations = new TreeMap<>();
    Map<YearMonth, int[]> serviceConversations = new HashMap<>();
    for (HistoryEvent event : events) {
      UserState state = replay.userState(event);
      if (!(event instanceof HistoryEvent.Outbound out)) {
        continue;
      }
      Instant t = out.at();
      LocalDate date = date(t);
      YearMonth month = YearMonth.from(date);
      replay.messages.merge(month, 1L, Long::sum);
      if (!date.isBefore(PMP_START)) {
        replay.notes.add("conversation-based pricing ended " + PMP_START.minusDays(1)
            + "; later messages are priced as if it still applied");
      }
      RateCard card = replay.card(PricingModel.CBP, date);
      String target = replay.target();
      if (state.inFreeEntryPoint(t)) {
        continue;
      }
      Market market = replay.market(out, card, date);
      if (state.opensFreeEntryPoint(t)) {
        state.freeEntryPointUntil = t.plus(freeEntryPointWindow);
        state.conversations.clear();
        items.add(month, LineItem.Payee.META, market, PricingCategory.REFERRAL_CONVERSION, true, Money.zero(target),
            "free entry point conversation (" + freeEntryPointWindow.toHours() + " h): reply within 24 h to a "
                + "click-to-WhatsApp ad or Page button message; closes other open conversations", 1);
        conversations.merge(month, 1L, Long::sum);
        continue;
      }
      PricingCategory category = out.category();
      if (category.isTemplate()) {
        PricingCategory kind = conversationKind(category);
        Instant open = state.conversations.get(kind);
        if (open != null && t.isBefore(open)) {
          continue;
        }
        state.conversations.put(kind, t.plus(CONVERSATION));
        Charge charge = templateRate(card, market, category);
        items.add(month, LineItem.Payee.META, market, charge.category, false, convert(charge.price, target),
            kind + " conversation: 24 h, opened by the first delivered " + kind + " template"
                + (category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL)
                    ? (charge.category.equals(category) ? ", at the authentication-international rate"
                        : ", at the authentication rate (the card has no authentication-international rate)")
                    : ""), 1);
      } else {
        boolean anyOpen = false;
        for (Instant open : state.conversations.values()) {
          anyOpen |= t.isBefore(open);
        }
        if (anyOpen) {
          continue;
        }
        state.conversations.put(PricingCategory.SERVICE, t.plus(CONVERSATION));
        int[] count = serviceConversations.computeIfAbsent(month, k -> new int[1]);
        count[0]++;
        Money rate = card.rate(market, PricingCategory.SERVICE).orElse(null);
        if (!date.isBefore(CBP_SERVICE_FREE_FROM)) {
          items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, true, Money.zero(target),
              "service conversation: free since " + CBP_SERVICE_FREE_FROM, 1);
        } else if (count[0] <= FREE_SERVICE_PER_MONTH) {
          items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, true, Money.zero(target),
              "service conversation within the month's first 1,000 (free tier)", 1);
        } else if (rate == null) {
          items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, true, Money.zero(target),
              "service conversation: the card has no service rate", 1);
        } else {
          items.add(month, LineItem.Payee.META, market, PricingCategory.SERVICE, false, convert(rate, target),
              "service conversation beyond the month's 1,000 free", 1);
        }
      }
      conversations.merge(month, 1L, Long::sum);
    }
    return replay.estimate(PricingModel.CBP, conversations);
  }

  /** The market of a user on a day; the prefix cache is per mapping period, since markets move between periods. */
  private Market marketOf(String waId, LocalDate date, Map<MarketResolver, Map<String, Market>> caches) {
    MarketResolver resolver = mapping.resolver(date);
    return resolver.forDigits(waId, caches.computeIfAbsent(resolver, k -> new HashMap<>()));
  }

  private static PricingCategory conversationKind(PricingCategory category) {
    if (category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL)) {
      return PricingCategory.AUTHENTICATION;
    }
    if (category.equals(PricingCategory.MARKETING_LITE)) {
      return PricingCategory.MARKETING;
    }
    return category;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Rules

  private record Charge(Money price, boolean free, String reason, PricingCategory category) {}

  /** Per-message pricing for one message, in the card's currency. */
  private Charge pmp(RateCard card, Market market, PricingCategory category, boolean windowOpen, boolean fepOpen,
      LocalDate date, boolean serviceFreeTierLeft) {
    Money zero = Money.zero(card.currency());
    boolean serviceCharged = !date.isBefore(SERVICE_CHARGED_FROM);
    if (category.equals(PricingCategory.SERVICE)) {
      if (fepOpen) {
        return new Charge(zero, true, "inside a free entry point window: every message is free", category);
      }
      if (!windowOpen) {
        return new Charge(zero, true, "a service (non-template) message needs an open customer service window; "
            + "Meta rejects it (131047) and charges nothing", category);
      }
      if (!serviceCharged) {
        return new Charge(zero, true, "service message inside the customer service window: free until "
            + SERVICE_CHARGED_FROM.minusDays(1), category);
      }
      if (serviceFreeTierLeft) {
        return new Charge(zero, true,
            "service message within the phone number's 1,000 free service messages this month", category);
      }
      Money rate = card.rate(market, PricingCategory.SERVICE).orElse(null);
      if (rate == null) {
        return new Charge(zero, true, "service message: the card has no service rate for " + market, category);
      }
      return new Charge(rate, false, "service message: charged from " + SERVICE_CHARGED_FROM + " once the phone "
          + "number's 1,000 free service messages of the month are used", category);
    }
    if (!category.isTemplate()) {
      throw new IllegalArgumentException("category: '" + category + "' has no price on a rate card; use marketing, "
          + "utility, authentication, authentication_international or service");
    }
    if (fepOpen) {
      return new Charge(zero, true, "inside a free entry point window: every message is free", category);
    }
    if (category.equals(PricingCategory.UTILITY) && windowOpen) {
      if (!serviceCharged) {
        return new Charge(zero, true, "utility template inside an open customer service window: free under "
            + "per-message pricing until " + SERVICE_CHARGED_FROM.minusDays(1), category);
      }
      Charge listed = templateRate(card, market, category);
      return new Charge(listed.price, false,
          "utility template inside the customer service window: charged from " + SERVICE_CHARGED_FROM, category);
    }
    Charge listed = templateRate(card, market, category);
    if (category.equals(PricingCategory.UTILITY)) {
      return new Charge(listed.price, false,
          "utility template outside the customer service window: charged per delivered message", category);
    }
    return listed;
  }

  /** The card's list rate for a template category, with the fallback for missing authentication-international. */
  private static Charge templateRate(RateCard card, Market market, PricingCategory category) {
    if (category.equals(PricingCategory.AUTHENTICATION_INTERNATIONAL)) {
      Money rate = card.rate(market, category).orElse(null);
      if (rate != null) {
        return new Charge(rate, false, "authentication template at the authentication-international rate: charged "
            + "per delivered message", category);
      }
      Money auth = card.rate(market, PricingCategory.AUTHENTICATION).orElseThrow(() -> missing(card, market, category));
      return new Charge(auth, false, "authentication template: the card has no authentication-international rate "
          + "for " + market + ", so the authentication rate is used", PricingCategory.AUTHENTICATION);
    }
    Money rate = card.rate(market, category).orElseThrow(() -> missing(card, market, category));
    String name = category.equals(PricingCategory.MARKETING_LITE) ? "marketing (MM Lite)" : category.value();
    return new Charge(rate, false, name + " template: charged per delivered message", category);
  }

  private static IllegalArgumentException missing(RateCard card, Market market, PricingCategory category) {
    return new IllegalArgumentException(
        "rate card " + card.describe() + " has no " + category + " rate for market '" + market + "'");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Cards, markets, currency

  /**
   * The card used for {@code model} on {@code date} (WABA time zone): the pinned one, else the latest card that
   * took effect on or before that day, else the earliest card of the model.
   *
   * @throws IllegalArgumentException when the estimator has no card of that model
   */
  public RateCard cardFor(PricingModel model, LocalDate date) {
    return card(model, date, new LinkedHashSet<>());
  }

  /** The market of a number at an instant (the day in the WABA time zone). */
  public Market marketOf(String e164, Instant at) {
    return mapping.marketOf(e164, date(at));
  }

  private RateCard card(PricingModel model, LocalDate date, Set<String> notes) {
    Objects.requireNonNull(model, "model");
    RateCard pin = pinned.get(model);
    if (pin != null) {
      return pin;
    }
    RateCard inForce = null;
    RateCard earliest = null;
    for (RateCard card : cards) {
      if (!card.model().equals(model)) {
        continue;
      }
      if (earliest == null) {
        earliest = card;
      }
      if (!card.effectiveFrom().isAfter(date)) {
        inForce = card;
      }
    }
    if (inForce != null) {
      return inForce;
    }
    if (earliest == null) {
      throw new IllegalArgumentException("no " + model + " rate card configured; add one with addRateCard(...)");
    }
    notes.add("no " + model + " card in force on " + date + "; priced with the earliest, " + earliest.describe());
    return earliest;
  }

  /** The market as the card knows it: markets split off after the card's date fall back to their old region. */
  private Market onCard(RateCard card, Market market, Set<String> notes) {
    if (card.hasMarket(market)) {
      return market;
    }
    Market earlier = mapping.marketOn(market, card.effectiveFrom());
    if (card.hasMarket(earlier)) {
      notes.add(card.describe() + " has no row for " + market + "; priced as " + earlier);
      return earlier;
    }
    if (card.hasMarket(Market.OTHER)) {
      notes.add(card.describe() + " has no row for " + market + "; priced as " + Market.OTHER);
      return Market.OTHER;
    }
    throw new IllegalArgumentException("rate card " + card.describe() + " has no row for market '" + market
        + "' nor for 'Other'");
  }

  private String target(RateCard card) {
    return currency != null ? currency : card.currency();
  }

  private Money convert(Money money, String target) {
    if (money.currency().equals(target)) {
      return money;
    }
    BigDecimal rate = exchangeRates.get(money.currency());
    if (rate == null) {
      throw new IllegalArgumentException("no exchange rate from " + money.currency() + " to " + target
          + "; add .currency(\"" + target + "\").exchangeRate(\"" + money.currency() + "\", rate) to the builder");
    }
    return money.convert(target, rate);
  }

  private LocalDate date(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  private void addBspFees(ItemCollector items, Map<YearMonth, Long> messages,
      @Nullable Map<YearMonth, Long> conversations, String target, Set<String> notes) {
    BspFees fees = bspFees;
    if (fees == null || messages.isEmpty()) {
      return;
    }
    YearMonth first = new TreeMap<>(messages).firstKey();
    for (Map.Entry<YearMonth, Long> entry : new TreeMap<>(messages).entrySet()) {
      YearMonth month = entry.getKey();
      if (fees.perMessage() != null) {
        items.add(month, LineItem.Payee.BSP, null, null, false, convert(fees.perMessage(), target),
            "BSP fee per message sent", entry.getValue());
      }
      if (fees.perConversation() != null && conversations != null) {
        items.add(month, LineItem.Payee.BSP, null, null, false, convert(fees.perConversation(), target),
            "BSP fee per conversation", conversations.getOrDefault(month, 0L));
      }
      if (fees.markupPercent() != null) {
        Money meta = items.metaTotal(month, target);
        if (!meta.isZero()) {
          items.add(month, LineItem.Payee.BSP, null, null, false,
              meta.times(fees.markupPercent().movePointLeft(2)),
              "BSP markup of " + fees.markupPercent().toPlainString() + " % on Meta's charges", 1);
        }
      }
      if (fees.monthlyPlatformFee() != null) {
        items.add(month, LineItem.Payee.BSP, null, null, false, convert(fees.monthlyPlatformFee(), target),
            "BSP monthly platform fee", 1);
      }
      if (fees.monthlyPerPhoneNumber() != null && fees.chargedPhoneNumbers() > 0) {
        items.add(month, LineItem.Payee.BSP, null, null, false, convert(fees.monthlyPerPhoneNumber(), target),
            "BSP monthly fee per phone number (" + fees.phoneNumbers() + " numbers, "
                + fees.includedPhoneNumbers() + " included)", fees.chargedPhoneNumbers());
      }
      if (fees.setupFee() != null && month.equals(first)) {
        items.add(month, LineItem.Payee.BSP, null, null, false, convert(fees.setupFee(), target),
            "BSP one-off setup fee", 1);
      }
    }
    if (fees.perConversation() != null && conversations == null) {
      notes.add("the BSP's per-conversation fee applies only under conversation-based pricing");
    }
  }

  // ---------------------------------------------------------------------------------------------------------
  // Accessors

  /** The rate cards this estimator chooses from, oldest first. */
  public List<RateCard> rateCards() {
    return cards;
  }

  public MarketMapping marketMapping() {
    return mapping;
  }

  public @Nullable BspFees bspFees() {
    return bspFees;
  }

  /** The WABA's time zone: days, months and rule changes start at 00:00 here. */
  public ZoneId zone() {
    return zone;
  }

  public Clock clock() {
    return clock;
  }

  public Duration freeEntryPointWindow() {
    return freeEntryPointWindow;
  }

  /** Builds a {@link CostEstimator}. */
  public static final class Builder {
    private List<RateCard> cards = new ArrayList<>(RateCard.shipped());
    private MarketMapping mapping = MarketMapping.shipped();
    private final Map<PricingModel, RateCard> pinned = new LinkedHashMap<>();
    private @Nullable BspFees bspFees;
    private @Nullable String currency;
    private final Map<String, BigDecimal> exchangeRates = new LinkedHashMap<>();
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneOffset.UTC;
    private Duration freeEntryPointWindow = Duration.ofHours(72);

    private Builder() {}

    private Builder(CostEstimator e) {
      this.cards = new ArrayList<>(e.cards);
      this.mapping = e.mapping;
      this.pinned.putAll(e.pinned);
      this.bspFees = e.bspFees;
      this.currency = e.currency;
      this.exchangeRates.putAll(e.exchangeRates);
      this.clock = e.clock;
      this.zone = e.zone;
      this.freeEntryPointWindow = e.freeEntryPointWindow;
    }

    /** Replaces the rate cards (default: {@link RateCard#shipped()}). */
    public Builder rateCards(List<RateCard> rateCards) {
      this.cards = new ArrayList<>(Objects.requireNonNull(rateCards, "rateCards"));
      return this;
    }

    /** Adds a card, e.g. a BSP's price list or a newer Meta card; it is chosen by its effective date. */
    public Builder addRateCard(RateCard card) {
      this.cards.add(Objects.requireNonNull(card, "card"));
      return this;
    }

    /** Uses {@code card} for every date of its model, instead of choosing by date. */
    public Builder pinRateCard(RateCard card) {
      this.pinned.put(Objects.requireNonNull(card, "card").model(), card);
      return this;
    }

    /** Replaces the mapping of calling codes to markets (default: {@link MarketMapping#shipped()}). */
    public Builder marketMapping(MarketMapping mapping) {
      this.mapping = Objects.requireNonNull(mapping, "mapping");
      return this;
    }

    /** Adds a BSP's fees to every estimate. */
    public Builder bspFees(BspFees fees) {
      this.bspFees = Objects.requireNonNull(fees, "fees");
      return this;
    }

    /**
     * Reports every amount in {@code currency} (ISO 4217). Amounts in other currencies are converted only at a
     * rate given with {@link #exchangeRate(String, String)}. Default: the card's currency.
     */
    public Builder currency(String currency) {
      this.currency = Money.zero(Objects.requireNonNull(currency, "currency")).currency();
      return this;
    }

    /** One unit of {@code from} is worth {@code rate} units of the reporting currency, e.g. ("USD", "0.92"). */
    public Builder exchangeRate(String from, String rate) {
      String code = Money.zero(Objects.requireNonNull(from, "from")).currency();
      BigDecimal value;
      try {
        value = new BigDecimal(Objects.requireNonNull(rate, "rate").strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("exchangeRate: not a decimal number: '" + rate + "'", e);
      }
      if (value.signum() <= 0) {
        throw new IllegalArgumentException("exchangeRate: must be positive, was " + rate + " for " + from);
      }
      exchangeRates.put(code, value);
      return this;
    }

    /** The clock for campaigns without a time (default: the system clock, UTC). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The WABA's time zone (default UTC): rule changes, cards and months start at 00:00 there. */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** How long a free entry point window lasts (default 72 h; Meta's newer wording may say up to 7 days). */
    public Builder freeEntryPointWindow(Duration duration) {
      Objects.requireNonNull(duration, "duration");
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException("freeEntryPointWindow: must be positive, was " + duration);
      }
      this.freeEntryPointWindow = duration;
      return this;
    }

    public CostEstimator build() {
      if (cards.isEmpty()) {
        throw new IllegalArgumentException("rateCards: at least one rate card is needed");
      }
      return new CostEstimator(this);
    }
  }
}
