package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link MessagingAnalyticsQuery} ({@code analytics}): messages sent and delivered per period.
 * Immutable and thread-safe.
 *
 * @param phoneNumbers the business phone numbers counted
 * @param countryCodes the users' countries counted, when Meta lists them
 * @param granularity the period of each data point, or null when Meta answered without data
 * @param dataPoints one per period with messages, oldest first as Meta sends them
 */
public record MessagingAnalytics(List<String> phoneNumbers, List<String> countryCodes,
    @Nullable Granularity granularity, List<DataPoint> dataPoints) {

  public MessagingAnalytics {
    phoneNumbers = List.copyOf(phoneNumbers);
    countryCodes = List.copyOf(countryCodes);
    dataPoints = List.copyOf(dataPoints);
  }

  /** All messages sent in the answer's periods. */
  public long totalSent() {
    return dataPoints.stream().mapToLong(DataPoint::sent).sum();
  }

  /** All messages delivered in the answer's periods. */
  public long totalDelivered() {
    return dataPoints.stream().mapToLong(DataPoint::delivered).sum();
  }

  /**
   * One period. Immutable and thread-safe.
   *
   * @param start the start of the period
   * @param end the end of the period
   * @param sent messages sent
   * @param delivered messages delivered
   */
  public record DataPoint(Instant start, Instant end, long sent, long delivered) {
    public DataPoint {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
