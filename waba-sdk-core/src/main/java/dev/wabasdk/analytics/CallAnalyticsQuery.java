package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request for call analytics ({@code call_analytics}): the number, approximate cost and average duration of the
 * calls the WABA's phone numbers made and received (Calling API), optionally filtered by phone number, country and
 * direction and broken down. Meta's page names no lookback for this field, so none is checked. Checked when built;
 * immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param granularity {@link Granularity#HALF_HOUR}, {@link Granularity#DAILY} or {@link Granularity#MONTHLY}
 * @param phoneNumbers business phone numbers (digits) to include; empty for all of the WABA's
 * @param countryCodes users' countries (ISO 3166 alpha-2) to include; empty for all
 * @param directions {@code USER_INITIATED} and/or {@code BUSINESS_INITIATED}; empty for both
 * @param dimensions breakdowns ({@link Dimension#PHONE}, {@link Dimension#DIRECTION}, {@link Dimension#COUNTRY});
 *     empty for one total per period
 * @param metricTypes {@link MetricType#COUNT}, {@link MetricType#COST} and/or {@link MetricType#AVERAGE_DURATION};
 *     empty for all
 */
public record CallAnalyticsQuery(Instant start, Instant end, Granularity granularity, List<String> phoneNumbers,
    List<String> countryCodes, List<String> directions, List<Dimension> dimensions, List<MetricType> metricTypes) {

  static final String KIND = "call analytics";
  static final Set<Granularity> GRANULARITIES = Set.of(Granularity.HALF_HOUR, Granularity.DAILY, Granularity.MONTHLY);
  static final Set<MetricType> METRICS = Set.of(MetricType.COUNT, MetricType.COST, MetricType.AVERAGE_DURATION);
  static final Set<Dimension> DIMENSIONS = Set.of(Dimension.PHONE, Dimension.DIRECTION, Dimension.COUNTRY);

  public CallAnalyticsQuery {
    Checks.range(KIND, start, end);
    Checks.granularity(KIND, granularity, GRANULARITIES);
    phoneNumbers = Checks.phoneNumbers(phoneNumbers);
    countryCodes = Checks.countryCodes(countryCodes);
    directions = Checks.names("directions", directions, Set.of("USER_INITIATED"));
    dimensions = Checks.open(KIND, "dimensions", dimensions, DIMENSIONS, Dimension::value, Dimension::isKnown);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
  }

  /** A builder for the range and granularity; every filter is optional. */
  public static Builder builder(Instant start, Instant end, Granularity granularity) {
    return new Builder(start, end, granularity);
  }

  /** Builds a {@link CallAnalyticsQuery}; not thread-safe. */
  public static final class Builder extends BreakdownQueryBuilder<Builder> {
    private final List<String> directions = new ArrayList<>();

    private Builder(Instant start, Instant end, Granularity granularity) {
      super(start, end, granularity);
    }

    /** Who placed the calls: {@code USER_INITIATED}, {@code BUSINESS_INITIATED}; none for both. */
    public Builder directions(String... values) {
      directions.addAll(List.of(values));
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public CallAnalyticsQuery build() {
      return new CallAnalyticsQuery(start, end, granularity, phoneNumbers, countryCodes, directions, dimensions,
          metricTypes);
    }
  }
}
