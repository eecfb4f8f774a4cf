package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link GroupAnalyticsQuery} ({@code group_analytics}), all pages: one data point per group and
 * day. Immutable and thread-safe.
 *
 * @param dataPoints the data points of the requested group
 */
public record GroupAnalytics(List<DataPoint> dataPoints) {

  public GroupAnalytics {
    dataPoints = List.copyOf(dataPoints);
  }

  /** All messages the business sent to the group in the answer's days. */
  public long totalSent() {
    return dataPoints.stream().mapToLong(p -> p.sent() == null ? 0 : p.sent()).sum();
  }

  /**
   * One group on one day; a metric is null when it was not asked for. Immutable and thread-safe.
   *
   * @param groupId the group
   * @param start the start of the day
   * @param end the end of the day
   * @param sent messages the business sent to the group
   * @param delivered deliveries of a message to a participant
   * @param read reads of a message by a participant
   * @param joined times a participant joined ({@code joined}; metric {@link MetricType#PARTICIPANTS_JOINED})
   * @param left times a participant left ({@code left}; metric {@link MetricType#PARTICIPANTS_LEFT})
   */
  public record DataPoint(String groupId, Instant start, Instant end, @Nullable Long sent, @Nullable Long delivered,
      @Nullable Long read, @Nullable Long joined, @Nullable Long left) {
    public DataPoint {
      Objects.requireNonNull(groupId, "groupId");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
    }
  }
}
