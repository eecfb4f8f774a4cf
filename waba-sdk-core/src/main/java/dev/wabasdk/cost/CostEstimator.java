package dev.wabasdk.cost;

import dev.wabasdk.cost.PricingRules.Charge;
import dev.wabasdk.cost.PricingRules.Situation;
import dev.wabasdk.cost.internal.MarketResolver;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Estimates what WhatsApp messages cost: one message (for the policy engine), a campaign, or a recorded history
 * under per-message and conversation-based pricing side by side, with BSP fees on top.
 *
 * <pre>{@code
 * CostEstimator estimator = CostEstimator.builder().zone(ZoneId.of("Europe/Berlin")).build();
 * MessagePrice price = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING).at(Instant.now()));
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
 * 2024-11-01), and a free entry point conversation that closes the others; until 2023-05-31 one user- or
 * business-initiated conversation at a time with 1,000 free a month. Notification pricing (until 2022-01-31): each
 * template outside the customer care window. Marketing templates to US numbers from 2025-04-01 are not delivered
 * and priced zero. Every fallback (partial or uncertain card, no card for a period, missing rate) is a
 * {@link PricingWarning} on the result, never silent.
 *
 * <p>Money is exact ({@link Money}); prices stay in the card's currency unless a {@linkplain
 * Builder#currency(String) currency} and an {@linkplain Builder#exchangeRate(String, String) exchange rate} you
 * supply are set. Nothing goes to the network. Instances are immutable and thread-safe; share one.
 */
public final class CostEstimator {
  private final PricingContext context;

  private CostEstimator(Builder b) {
    this.context = new PricingContext(b);
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
    return new Builder(context);
  }

  // ---------------------------------------------------------------------------------------------------------
  // One message

  /**
   * The expected price of one delivered message under per-message pricing. This is the method the policy engine
   * calls for each send.
   *
   * <pre>{@code
   * estimator.priceOf(PriceQuery.of(to, PricingCategory.UTILITY).insideCustomerServiceWindow().at(deliveredAt));
   * }</pre>
   *
   * @return the price, whether it is free, and a one-sentence reason. A service message from 2026-10-01 is priced
   *     as charged (the phone number's 1,000 free service messages of the month assumed used; {@link #replay}
   *     counts them).
   * @throws IllegalArgumentException for a category without a price (e.g. {@code referral_conversion}) or a market
   *     the card has no rate for
   */
  public MessagePrice priceOf(PriceQuery query) {
    Objects.requireNonNull(query, "query");
    Instant at = query.at() != null ? query.at() : context.clock.instant();
    LocalDate date = context.date(at);
    Findings findings = new Findings();
    RateCard card = context.card(PricingModel.PMP, date, findings);
    MarketResolver resolver = context.mapping.resolver(date);
    String digits = query.waId();
    Market resolved = resolver.forCleanE164(digits);
    Market market = context.onCard(card,
        resolved != null ? resolved : resolver.forDigits(digits, new HashMap<>()), findings);
    Situation situation = new Situation(query.customerServiceWindowOpen(), query.freeEntryPointWindowOpen(),
        query.withinServiceFreeTier());
    Charge charge = PricingRules.forMessage(context, card, market, digits, query.category(), situation, date,
        findings);
    String target = context.target(card);
    StringBuilder reason = new StringBuilder(charge.reason());
    for (PricingWarning warning : findings.warnings()) {
      if (warning.kind() == PricingWarning.Kind.NO_RATE_CARD
          || warning.kind() == PricingWarning.Kind.MARKET_NOT_ON_CARD) {
        reason.append("; ").append(warning.message());
      }
    }
    BspFees fees = context.bspFees;
    Money bsp = fees != null && fees.perMessage() != null
        ? context.convert(Objects.requireNonNull(fees.perMessage()), target) : Money.zero(target);
    return new MessagePrice(context.convert(charge.price(), target), charge.free(), reason.toString(), market,
        charge.category(), card, bsp, charge.type(), findings.warnings());
  }

  // ---------------------------------------------------------------------------------------------------------
  // Campaigns

  /**
   * The cost of a template campaign: recipients grouped by market, each market priced once (volume tiers
   * graduated from {@link CampaignMix#sentThisMonth()} when the card defines them), plus BSP fees for the month.
   */
  public Estimate estimate(CampaignMix campaign) {
    return CampaignPricing.estimate(context, Objects.requireNonNull(campaign, "campaign"));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Histories

  /**
   * Replays a recorded history of one business phone number (events are sorted by time; ties keep their order)
   * and prices it under per-message pricing and under conversation-based pricing, so both can be compared, and as
   * Meta billed it ({@link HistoryReport#asBilled()}: each month under the model in force then). Each event follows
   * the rules and the card of its own day; a model applied outside its real period (CBP after 2025-06-30, PMP
   * before 2025-07-01) is said so in the estimate's warnings.
   */
  public HistoryReport replay(List<? extends HistoryEvent> events) {
    History sorted = History.of(events);
    PerMessageReplay pmpReplay = new PerMessageReplay(context, sorted.userCount());
    ConversationReplay cbpReplay = new ConversationReplay(context, sorted.userCount());
    // Both models in one walk of the events (each event and its time read once, not once per model). A CBP failure
    // waits for PMP to finish, so the exception thrown is the one the models replayed one after the other threw.
    RuntimeException cbpFailure = null;
    List<HistoryEvent> ordered = sorted.events();
    int[] users = sorted.users();
    for (int i = 0; i < ordered.size(); i++) {
      HistoryEvent event = ordered.get(i);
      pmpReplay.step(event, users[i]);
      if (cbpFailure == null) {
        try {
          cbpReplay.step(event, users[i]);
        } catch (RuntimeException e) {
          cbpFailure = e;
        }
      }
    }
    Estimate pmp = pmpReplay.finish();
    if (cbpFailure != null) {
      throw cbpFailure;
    }
    Estimate cbp = cbpReplay.finish();
    boolean early = !sorted.events().isEmpty()
        && context.date(sorted.events().get(0).at()).isBefore(PricingModel.CBP_START);
    Estimate nbp = early ? NotificationReplay.price(context, sorted) : null;
    return new HistoryReport(pmp, cbp, AsBilled.merge(pmp, cbp, nbp));
  }

  /**
   * Replays a history under one pricing model, whatever the dates: {@link PricingModel#PMP}, {@link
   * PricingModel#CBP} (user- and business-initiated conversations until 2023-05-31, categories from 2023-06-01) or
   * {@link PricingModel#NBP} (template notifications, until 2022-01-31). Dates outside the model's period are
   * said in the warnings.
   *
   * @throws IllegalArgumentException for a model this SDK does not know
   */
  public Estimate replay(List<? extends HistoryEvent> events, PricingModel model) {
    Objects.requireNonNull(model, "model");
    History sorted = History.of(events);
    if (model.equals(PricingModel.PMP)) {
      return PerMessageReplay.price(context, sorted);
    }
    if (model.equals(PricingModel.CBP)) {
      return ConversationReplay.price(context, sorted);
    }
    if (model.equals(PricingModel.NBP)) {
      return NotificationReplay.price(context, sorted);
    }
    throw new IllegalArgumentException("model: must be PMP, CBP or NBP, was '" + model + "'");
  }

  // ---------------------------------------------------------------------------------------------------------
  // Cards and markets

  /**
   * The card used for {@code model} on {@code date} (WABA time zone): the pinned one, else the latest card that
   * took effect on or before that day, else the earliest card of the model.
   *
   * @throws IllegalArgumentException when the estimator has no card of that model
   */
  public RateCard cardFor(PricingModel model, LocalDate date) {
    return context.card(model, date, new Findings());
  }

  /** The market of a number at an instant (the day in the WABA time zone). */
  public Market marketOf(String e164, Instant at) {
    return context.mapping.marketOf(e164, context.date(at));
  }

  // ---------------------------------------------------------------------------------------------------------
  // Accessors

  /** The rate cards this estimator chooses from, oldest first. */
  public List<RateCard> rateCards() {
    return context.cards;
  }

  public MarketMapping marketMapping() {
    return context.mapping;
  }

  public @Nullable BspFees bspFees() {
    return context.bspFees;
  }

  /** The WABA's time zone: days, months and rule changes start at 00:00 here. */
  public ZoneId zone() {
    return context.zone;
  }

  public Clock clock() {
    return context.clock;
  }

  public Duration freeEntryPointWindow() {
    return context.freeEntryPointWindow;
  }

  /** Builds a {@link CostEstimator}; not thread-safe (use one builder per thread). */
  public static final class Builder {
    // Package-private: PricingContext copies them.
    List<RateCard> cards = new ArrayList<>(RateCard.shipped());
    MarketMapping mapping = MarketMapping.shipped();
    final Map<PricingModel, RateCard> pinned = new LinkedHashMap<>();
    @Nullable BspFees bspFees;
    @Nullable String currency;
    final Map<String, BigDecimal> exchangeRates = new LinkedHashMap<>();
    Clock clock = Clock.systemUTC();
    ZoneId zone = ZoneOffset.UTC;
    Duration freeEntryPointWindow = Duration.ofHours(72);
    boolean marketingPauses = true;

    private Builder() {}

    private Builder(PricingContext c) {
      this.cards = new ArrayList<>(c.cards);
      this.mapping = c.mapping;
      this.pinned.putAll(c.pinned);
      this.bspFees = c.bspFees;
      this.currency = c.currency;
      this.exchangeRates.putAll(c.exchangeRates);
      this.clock = c.clock;
      this.zone = c.zone;
      this.freeEntryPointWindow = c.freeEntryPointWindow;
      this.marketingPauses = c.marketingPauses;
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

    /**
     * Whether marketing templates to markets where Meta does not deliver them (US numbers since 2025-04-01) are
     * priced as not delivered (default true). {@code false} prices them like any other market, e.g. for a fake
     * that delivers them.
     */
    public Builder marketingDeliveryPauses(boolean on) {
      this.marketingPauses = on;
      return this;
    }

    /**
     * The estimator.
     *
     * @throws IllegalArgumentException when no rate card is left
     */
    public CostEstimator build() {
      if (cards.isEmpty()) {
        throw new IllegalArgumentException("rateCards: at least one rate card is needed");
      }
      return new CostEstimator(this);
    }
  }
}
