package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.cost.Money;
import dev.wabasdk.template.TemplateCategory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The Marketing Messages API's max price (BETA), as Meta's "Set a max price for marketing messages" page describes
 * it: a MARKETING template's {@code optimization_spec} ({@code bid_amount}, the most the business pays per 1,000
 * deliveries in the currency's smallest unit; {@code bid_strategy} {@code LOWEST_COST_WITH_BID_CAP}), the send-time
 * {@code bid_spec.per_message_bid_multiplier}, the charge a delivery reports in {@code pricing.cost}, and the reach
 * estimate. The charge and the estimate are the fake's models (Meta runs an auction it does not document): a
 * delivery costs the lower of the effective max price and the market's published marketing rate, and the estimate
 * offers bids around that rate. Stateless.
 */
final class MaxPrice {
  /** The one bid strategy Meta supports. */
  static final String STRATEGY = "LOWEST_COST_WITH_BID_CAP";
  /** Meta: template-level {@code bid_spec} "is no longer supported after July 31, 2026". */
  static final Instant BID_SPEC_END = Instant.parse("2026-08-01T00:00:00Z");
  /** Meta's 131061, for a max-price template sent through Cloud API. */
  static final int CLOUD_API_REFUSED = 131061;
  private static final Set<String> DATE_INTERVALS = Set.of("L1D", "L7D", "L14D", "L28D");
  /** The estimate's bids, as multiples of the published rate (Meta's A/B advice tries 0.9x to 1.5x). */
  private static final List<BigDecimal> BID_STEPS = List.of(new BigDecimal("0.8"), BigDecimal.ONE,
      new BigDecimal("1.2"), new BigDecimal("1.5"));
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private MaxPrice() {}

  /**
   * The {@code bid_amount} a template create or edit sets ({@code optimization_spec}, or before August 2026 the
   * older {@code bid_spec}), or null when it sets none; Graph error 100 naming the field when it is malformed, on a
   * template that is not MARKETING, or {@code bid_spec} after July 31, 2026.
   */
  static @Nullable Long bidAmount(String name, TemplateCategory category, Map<String, Object> body, Instant now) {
    boolean optimization = body.containsKey("optimization_spec");
    boolean legacy = body.containsKey("bid_spec");
    if (!optimization && !legacy) {
      return null;
    }
    if (optimization && legacy) {
      throw GraphException.of(100, "Give the max price once, in optimization_spec; bid_spec is its older name.");
    }
    if (legacy && !now.isBefore(BID_SPEC_END)) {
      throw GraphException.of(100, "Param bid_spec is no longer supported for templates after July 31, 2026; set "
          + "the max price in optimization_spec (same bid_amount and bid_strategy).");
    }
    String field = optimization ? "optimization_spec" : "bid_spec";
    if (!TemplateCategory.MARKETING.equals(category)) {
      throw GraphException.of(100, "Param " + field + " (max price) is for MARKETING templates sent through the "
          + "Marketing Messages API; " + name + " is " + category.value() + ".");
    }
    Map<String, Object> spec = Json.map(body.get(field));
    if (spec == null) {
      throw GraphException.of(100, "Param " + field + " must be a JSON object with bid_amount and bid_strategy.");
    }
    Object strategy = spec.get("bid_strategy");
    if (!STRATEGY.equals(strategy)) {
      throw GraphException.of(100, "Param " + field + "['bid_strategy'] must be " + STRATEGY + ", was "
          + Json.write(strategy) + ".");
    }
    Object amount = spec.get("bid_amount");
    if (!(amount instanceof Long bid) || bid < 1 || bid > Integer.MAX_VALUE) {
      throw GraphException.of(100, "Param " + field + "['bid_amount'] must be a whole number from 1 to "
          + Integer.MAX_VALUE + " (the max price per 1,000 deliveries in the currency's smallest unit), was "
          + Json.write(amount) + ".");
    }
    return bid;
  }

  /** A template's {@code optimization_spec} as Meta answers it to {@code GET /{template-id}?fields=...}. */
  static Map<String, Object> node(long bidAmount) {
    return obj("bid_strategy", STRATEGY, "bid_amount", bidAmount);
  }

  /**
   * A {@code /marketing_messages} send's {@code bid_spec.per_message_bid_multiplier} (Meta: optional, default 1, a
   * positive number; its example quotes it, so a numeric string is read too), or null when not given; Graph error
   * 100 naming the field otherwise.
   */
  static @Nullable BigDecimal multiplier(Map<String, Object> body) {
    if (!body.containsKey("bid_spec")) {
      return null;
    }
    Map<String, Object> spec = Json.map(body.get("bid_spec"));
    if (spec == null) {
      throw GraphException.of(100, "Param bid_spec must be a JSON object with per_message_bid_multiplier, was "
          + Json.write(body.get("bid_spec")) + ".");
    }
    Object raw = spec.get("per_message_bid_multiplier");
    if (raw == null) {
      return null;
    }
    BigDecimal multiplier = null;
    if (raw instanceof Number || raw instanceof String) {
      try {
        multiplier = new BigDecimal(raw.toString().strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (multiplier == null || multiplier.signum() <= 0) {
      throw GraphException.of(100, "Param bid_spec['per_message_bid_multiplier'] must be a positive number "
          + "(1.5 raises the template's max price by 50%), was " + Json.write(raw) + ".");
    }
    return multiplier;
  }

  /**
   * The fake's charge for one delivery: the template's max price ({@code bidAmount} per 1,000 deliveries in the
   * smallest unit) times the multiplier, in base units, or the market's published marketing {@code rate} when that
   * is lower (as if the auction cleared at the rate card); the rate's currency, the fake's WABA currency.
   */
  static Money cost(long bidAmount, @Nullable BigDecimal multiplier, Money rate) {
    BigDecimal cap = BigDecimal.valueOf(bidAmount).multiply(multiplier == null ? BigDecimal.ONE : multiplier)
        .divide(THOUSAND).movePointLeft(minorDigits(rate.currency()));
    return cap.compareTo(rate.amount()) < 0 ? new Money(cap, rate.currency()) : rate;
  }

  /** {@code pricing.cost} of a delivered or read status: the amount as a JSON number, the currency's code. */
  static Map<String, Object> costNode(Money cost) {
    // Plain digits (0.035), never an exponent: a JSON number with the exact amount.
    return obj("amount", new BigDecimal(cost.amount().stripTrailingZeros().toPlainString()), "currency",
        cost.currency());
  }

  /**
   * {@code GET /{waba-id}/reachestimate?targeting_spec=...&date_interval=...}: Meta's checks and answer shape. The
   * numbers are the fake's model, deterministic: for the mean published marketing rate of the countries ({@code r},
   * per 1,000 deliveries in the smallest unit), bids of 0.8, 1, 1.2 and 1.5 times {@code r}; 1,000 users (Meta's
   * beta); deliveries rising with the bid (half of the users at {@code r}); an average cost per 1,000 deliveries of
   * 90 to 100% of the lower of the bid and {@code r}.
   */
  static Map<String, Object> reachEstimate(HttpUrl url, Pricing pricing, Instant now) {
    String interval = url.queryParameter("date_interval");
    if (interval == null) {
      throw GraphException.of(100, "The parameter date_interval is required.");
    }
    if (!DATE_INTERVALS.contains(interval)) {
      throw GraphException.of(100, "Param date_interval must be one of {L1D, L7D, L14D, L28D}, was \"" + interval
          + "\".");
    }
    List<String> countries = countries(url.queryParameter("targeting_spec"));
    BigDecimal sum = BigDecimal.ZERO;
    String currency = "USD";
    for (String country : countries) {
      Money rate = pricing.marketingRateOfCountry(country, now);
      sum = sum.add(rate.amount());
      currency = rate.currency();
    }
    BigDecimal rate = sum.divide(BigDecimal.valueOf(countries.size()), 10, RoundingMode.HALF_EVEN)
        .multiply(THOUSAND).movePointRight(minorDigits(currency)); // per 1,000, smallest unit
    List<Object> estimates = new ArrayList<>();
    for (BigDecimal step : BID_STEPS) {
      long bid = rate.multiply(step).setScale(0, RoundingMode.HALF_UP).max(BigDecimal.ONE).longValueExact();
      int lower = Math.min(950, step.multiply(BigDecimal.valueOf(500)).intValue());
      BigDecimal paid = BigDecimal.valueOf(bid).min(rate);
      estimates.add(obj("bid_amount", bid, "users", 1000, "deliveries_lower_bound", lower,
          "deliveries_upper_bound", Math.min(1000, lower + 50),
          "cost_lower_bound", paid.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_EVEN).doubleValue(),
          "cost_upper_bound", paid.setScale(2, RoundingMode.HALF_EVEN).doubleValue()));
    }
    return obj("waba_currency", currency, "estimates", estimates);
  }

  /** {@code targeting_spec.geo_locations.countries}: a non-empty list of 2-letter codes. */
  private static List<String> countries(@Nullable String targeting) {
    if (targeting == null) {
      throw GraphException.of(100, "The parameter targeting_spec is required.");
    }
    Map<String, Object> spec;
    try {
      spec = Json.parseObject(targeting);
    } catch (RuntimeException e) {
      throw GraphException.of(100, "Param targeting_spec must be serialized JSON such as "
          + "{\"geo_locations\":{\"countries\":[\"IN\"]}}, was " + targeting + ".");
    }
    Object raw = Json.at(spec, "geo_locations", "countries");
    List<String> countries = new ArrayList<>();
    if (raw instanceof List<?> list) {
      for (Object c : list) {
        if (c instanceof String s && s.matches("[A-Z]{2}")) {
          countries.add(s);
        } else {
          countries.clear();
          break;
        }
      }
    }
    if (countries.isEmpty()) {
      throw GraphException.of(100, "Param targeting_spec['geo_locations']['countries'] must be a non-empty list of "
          + "2-letter country codes such as [\"IN\"], was " + Json.write(raw) + ".");
    }
    return countries;
  }

  private static int minorDigits(String currency) {
    try {
      return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }
}
