package dev.wabasdk.cost;

import dev.wabasdk.cost.internal.ItemCollector;
import dev.wabasdk.cost.internal.MarketResolver;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An estimator's settings and the look-ups all its questions share (card in force, market as the card knows it,
 * currency conversion, BSP fee lines); immutable and thread-safe.
 */
final class PricingContext {
  final List<RateCard> cards;
  final MarketMapping mapping;
  final Map<PricingModel, RateCard> pinned;
  final @Nullable BspFees bspFees;
  final @Nullable String currency;
  final Map<String, BigDecimal> exchangeRates;
  final Clock clock;
  final ZoneId zone;
  final Duration freeEntryPointWindow;
  final boolean marketingPauses;

  PricingContext(CostEstimator.Builder b) {
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
    this.marketingPauses = b.marketingPauses;
  }

  /** The day of an instant in the WABA time zone. */
  LocalDate date(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  /**
   * The pinned card of {@code model}, else the latest that took effect on or before {@code date}, else the
   * earliest (said so in {@code notes}).
   */
  RateCard card(PricingModel model, LocalDate date, Findings notes) {
    Objects.requireNonNull(model, "model");
    RateCard pin = pinned.get(model);
    if (pin != null) {
      return used(pin, notes);
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
      return used(inForce, notes);
    }
    if (earliest == null) {
      throw new IllegalArgumentException("no " + model + " rate card configured; add one with addRateCard(...)");
    }
    notes.warn(PricingWarning.Kind.NO_RATE_CARD, "no " + model + " card in force on " + date
        + "; priced with the earliest, " + earliest.describe());
    return used(earliest, notes);
  }

  /** A card about to price something: a partial or uncertain one is said so (never silently). */
  private static RateCard used(RateCard card, Findings notes) {
    String warning = card.uncertainWarning();
    if (warning != null) {
      notes.warn(PricingWarning.Kind.UNCERTAIN_RATE_CARD, warning);
    }
    return card;
  }

  /** The market as the card knows it: markets split off after the card's date fall back to their old region. */
  Market onCard(RateCard card, Market market, Findings notes) {
    if (card.hasMarket(market)) {
      return market;
    }
    Market earlier = mapping.marketOn(market, card.effectiveFrom());
    // The warning's text is the same for the same card and market (warnings are a set): built once per estimate.
    boolean first = notes.first(new NotOnCard(card, market));
    if (card.hasMarket(earlier)) {
      if (first) {
        notes.warn(PricingWarning.Kind.MARKET_NOT_ON_CARD,
            card.describe() + " has no row for " + market + "; priced as " + earlier);
      }
      return earlier;
    }
    if (card.hasMarket(Market.OTHER)) {
      if (first) {
        notes.warn(PricingWarning.Kind.MARKET_NOT_ON_CARD,
            card.describe() + " has no row for " + market + "; priced as " + Market.OTHER);
      }
      return Market.OTHER;
    }
    throw new IllegalArgumentException("rate card " + card.describe() + " has no row for market '" + market
        + "' nor for 'Other'");
  }

  /** The key of a "market not on the card" warning. */
  private record NotOnCard(RateCard card, Market market) {}

  /** The market of a user on a day; the prefix cache is per mapping period, since markets move between periods. */
  Market marketOf(String waId, LocalDate date, Map<MarketResolver, Map<String, Market>> caches) {
    MarketResolver resolver = mapping.resolver(date);
    return resolver.forDigits(waId, caches.computeIfAbsent(resolver, k -> new HashMap<>()));
  }

  /** The reporting currency: the configured one, else the card's. */
  String target(RateCard card) {
    return currency != null ? currency : card.currency();
  }

  Money convert(Money money, String target) {
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

  /**
   * Adds the BSP's fee lines for each month with messages; {@code conversations} is null under per-message pricing,
   * where a per-conversation fee does not apply.
   */
  void addBspFees(ItemCollector items, Map<YearMonth, Long> messages,
      @Nullable Map<YearMonth, Long> conversations, String target, Findings notes) {
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
      notes.note("the BSP's per-conversation fee applies only under conversation-based pricing");
    }
  }
}
