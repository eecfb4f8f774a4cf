package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request for pricing analytics ({@code pricing_analytics}): messages delivered and their approximate cost in the
 * WABA's currency, optionally filtered and broken down by country, phone number, pricing category, pricing type and
 * volume tier. Meta keeps one year of data. Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param granularity {@link Granularity#HALF_HOUR}, {@link Granularity#DAILY} or {@link Granularity#MONTHLY}
 * @param phoneNumbers business phone numbers (digits) to include; empty for all of the WABA's
 * @param countryCodes users' countries (ISO 3166 alpha-2) to include; empty for all
 * @param metricTypes {@link MetricType#COST} and/or {@link MetricType#VOLUME}; empty for both
 * @param pricingTypes Meta's pricing types to include ({@code REGULAR}, {@code FREE_CUSTOMER_SERVICE},
 *     {@code FREE_ENTRY_POINT}, ...); empty for all
 * @param pricingCategories Meta's pricing categories to include ({@code MARKETING}, {@code UTILITY},
 *     {@code AUTHENTICATION}, {@code AUTHENTICATION_INTERNATIONAL}, {@code SERVICE}, {@code REFERRAL_CONVERSION},
 *     ...); empty for all
 * @param dimensions breakdowns; empty for one total per period ({@link Dimension#TIER} needs
 *     {@link Dimension#COUNTRY} and {@link Dimension#PRICING_CATEGORY})
 */
public record PricingAnalyticsQuery(Instant start, Instant end, Granularity granularity, List<String> phoneNumbers,
    List<String> countryCodes, List<MetricType> metricTypes, List<String> pricingTypes,
    List<String> pricingCategories, List<Dimension> dimensions) {

  static final String KIND = "pricing analytics";
  static final Set<Granularity> GRANULARITIES = Set.of(Granularity.HALF_HOUR, Granularity.DAILY, Granularity.MONTHLY);
  static final Set<MetricType> METRICS = Set.of(MetricType.COST, MetricType.VOLUME);
  static final Set<Dimension> DIMENSIONS = Set.of(Dimension.COUNTRY, Dimension.PHONE, Dimension.PRICING_CATEGORY,
      Dimension.PRICING_TYPE, Dimension.TIER);

  public PricingAnalyticsQuery {
    Checks.range(KIND, start, end);
    Checks.granularity(KIND, granularity, GRANULARITIES);
    phoneNumbers = Checks.phoneNumbers(phoneNumbers);
    countryCodes = Checks.countryCodes(countryCodes);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
    pricingTypes = Checks.names("pricingTypes", pricingTypes, Set.of("REGULAR"));
    pricingCategories = Checks.names("pricingCategories", pricingCategories, Set.of("MARKETING"));
    dimensions = Checks.open(KIND, "dimensions", dimensions, DIMENSIONS, Dimension::value, Dimension::isKnown);
    if (dimensions.contains(Dimension.TIER)
        && !(dimensions.contains(Dimension.COUNTRY) && dimensions.contains(Dimension.PRICING_CATEGORY))) {
      throw new IllegalArgumentException("dimensions: TIER needs COUNTRY and PRICING_CATEGORY too (Meta's rule for "
          + "volume tier information), was " + dimensions);
    }
  }

  /** A builder for the range and granularity; every filter is optional. */
  public static Builder builder(Instant start, Instant end, Granularity granularity) {
    return new Builder(start, end, granularity);
  }

  /**
   * The query a reconciliation needs: every message of the range by country, pricing category, pricing type and
   * volume tier, both metrics.
   */
  public static PricingAnalyticsQuery forReconciliation(Instant start, Instant end, Granularity granularity) {
    return builder(start, end, granularity)
        .dimensions(Dimension.COUNTRY, Dimension.PRICING_CATEGORY, Dimension.PRICING_TYPE, Dimension.TIER)
        .build();
  }

  /** Builds a {@link PricingAnalyticsQuery}; not thread-safe. */
  public static final class Builder extends BreakdownQueryBuilder<Builder> {
    private final List<String> pricingTypes = new ArrayList<>();
    private final List<String> pricingCategories = new ArrayList<>();

    private Builder(Instant start, Instant end, Granularity granularity) {
      super(start, end, granularity);
    }

    public Builder pricingTypes(String... types) {
      pricingTypes.addAll(List.of(types));
      return this;
    }

    public Builder pricingCategories(String... categories) {
      pricingCategories.addAll(List.of(categories));
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public PricingAnalyticsQuery build() {
      return new PricingAnalyticsQuery(start, end, granularity, phoneNumbers, countryCodes, metricTypes, pricingTypes,
          pricingCategories, dimensions);
    }
  }
}
