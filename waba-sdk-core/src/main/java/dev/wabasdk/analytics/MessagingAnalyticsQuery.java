package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A request for messaging analytics ({@code analytics}): messages sent and delivered by the WABA's phone numbers.
 * Meta keeps one year of data. Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param granularity {@link Granularity#HALF_HOUR}, {@link Granularity#DAY} or {@link Granularity#MONTH}
 * @param phoneNumbers business phone numbers (digits) to include; empty for all of the WABA's
 * @param countryCodes users' countries (ISO 3166 alpha-2) to include; empty for all
 */
public record MessagingAnalyticsQuery(Instant start, Instant end, Granularity granularity, List<String> phoneNumbers,
    List<String> countryCodes) {

  static final String KIND = "messaging analytics";
  static final Set<Granularity> GRANULARITIES = Set.of(Granularity.HALF_HOUR, Granularity.DAY, Granularity.MONTH);

  public MessagingAnalyticsQuery {
    Checks.range(KIND, start, end);
    Checks.granularity(KIND, granularity, GRANULARITIES);
    phoneNumbers = Checks.phoneNumbers(phoneNumbers);
    countryCodes = Checks.countryCodes(countryCodes);
  }

  /** A builder for the range and granularity; the filters are optional. */
  public static Builder builder(Instant start, Instant end, Granularity granularity) {
    return new Builder(start, end, granularity);
  }

  /** Builds a {@link MessagingAnalyticsQuery}; not thread-safe. */
  public static final class Builder extends RangeQueryBuilder<Builder> {

    private Builder(Instant start, Instant end, Granularity granularity) {
      super(start, end, granularity);
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public MessagingAnalyticsQuery build() {
      return new MessagingAnalyticsQuery(start, end, granularity, phoneNumbers, countryCodes);
    }
  }
}
