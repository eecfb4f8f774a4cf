package dev.wabasdk.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link PricingAnalyticsQuery} ({@code pricing_analytics}): messages delivered and their
 * approximate cost per period and breakdown, under per-message pricing. Meta says the data is approximate and may
 * differ from invoices. Immutable and thread-safe.
 *
 * @param dataPoints one per period and combination of the requested dimensions, in Meta's order
 */
public record PricingAnalytics(List<DataPoint> dataPoints) {

  public PricingAnalytics {
    dataPoints = List.copyOf(dataPoints);
  }

  /** All messages delivered in the answer. */
  public long totalVolume() {
    return dataPoints.stream().mapToLong(p -> p.volume() == null ? 0 : p.volume()).sum();
  }

  /** The sum of the cost Meta reported (zero when it reported none). */
  public BigDecimal totalCost() {
    return dataPoints.stream().map(p -> p.cost() == null ? BigDecimal.ZERO : p.cost())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * One period of one breakdown; a property is null when its dimension was not requested (and {@code tier} for free
   * messages, which do not count towards tiers). Immutable and thread-safe.
   *
   * @param start the start of the period
   * @param end the end of the period
   * @param phoneNumber the business phone number ({@link Dimension#PHONE})
   * @param country the users' country, ISO 3166 alpha-2 ({@link Dimension#COUNTRY})
   * @param tier the volume tier of the market and category ({@link Dimension#TIER})
   * @param pricingType {@code REGULAR}, {@code FREE_CUSTOMER_SERVICE}, {@code FREE_ENTRY_POINT}...
   * @param pricingCategory {@code MARKETING}, {@code UTILITY}, {@code AUTHENTICATION}, {@code SERVICE}...
   * @param volume messages delivered, when that metric was returned
   * @param cost the approximate cost in the WABA's currency, when that metric was returned (Meta omits it for
   *     businesses billed through a Solution Partner)
   */
  public record DataPoint(Instant start, Instant end, @Nullable String phoneNumber, @Nullable String country,
      @Nullable Tier tier, @Nullable String pricingType, @Nullable String pricingCategory, @Nullable Long volume,
      @Nullable BigDecimal cost) {
    public DataPoint {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }

  /**
   * A volume tier as Meta writes it, {@code "<lower>:<upper>"} with both bounds inclusive, the upper bound
   * {@code MAX} for an open tier (marketing is always {@code 0:MAX}). Immutable and thread-safe.
   *
   * @param lower the first message count of the tier
   * @param upper the last message count of the tier, or null for {@code MAX}
   */
  public record Tier(long lower, @Nullable Long upper) {
    public Tier {
      if (lower < 0) {
        throw new IllegalArgumentException("tier: lower bound must not be negative, was " + lower);
      }
      if (upper != null && upper < lower) {
        throw new IllegalArgumentException("tier: upper bound must be at least " + lower + ", was " + upper);
      }
    }

    /**
     * Parses Meta's {@code tier} value.
     *
     * @throws IllegalArgumentException when it is not {@code <lower>:<upper>}
     */
    public static Tier of(String value) {
      Objects.requireNonNull(value, "tier");
      int colon = value.indexOf(':');
      try {
        if (colon > 0) {
          long lower = Long.parseLong(value.substring(0, colon).strip());
          String up = value.substring(colon + 1).strip();
          return new Tier(lower, up.equalsIgnoreCase("MAX") ? null : Long.valueOf(up));
        }
      } catch (NumberFormatException e) {
        // reported below, with the value
      }
      throw new IllegalArgumentException("tier: Meta writes <lower>:<upper> such as 0:750000 or 0:MAX, was '"
          + value + "'");
    }

    /** Whether this is the first tier of its market and category (messages at the list rate). */
    public boolean isFirst() {
      return lower == 0;
    }

    /** Meta's notation, e.g. {@code 0:750000} or {@code 0:MAX}. */
    public String label() {
      return lower + ":" + (upper == null ? "MAX" : upper.toString());
    }

    @Override
    public String toString() {
      return label();
    }
  }
}
