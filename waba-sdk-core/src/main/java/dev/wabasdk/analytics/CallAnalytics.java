package dev.wabasdk.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link CallAnalyticsQuery} ({@code call_analytics}): completed calls, their approximate cost and
 * average duration per period. Meta says analytics are approximate. Immutable and thread-safe.
 *
 * @param granularity the period of each data point, when Meta names it
 * @param directions the directions counted, when Meta names them
 * @param dataPoints one per period (and breakdown), as Meta sends them
 */
public record CallAnalytics(@Nullable Granularity granularity, List<String> directions, List<DataPoint> dataPoints) {

  public CallAnalytics {
    directions = List.copyOf(directions);
    dataPoints = List.copyOf(dataPoints);
  }

  /** All completed calls in the answer. */
  public long totalCount() {
    return dataPoints.stream().mapToLong(p -> p.count() == null ? 0 : p.count()).sum();
  }

  /** The sum of the cost Meta reported (zero when it reported none). */
  public BigDecimal totalCost() {
    return dataPoints.stream().map(p -> p.cost() == null ? BigDecimal.ZERO : p.cost())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * One period; a metric is null when Meta did not return it. Immutable and thread-safe.
   *
   * @param start the start of the period
   * @param end the end of the period
   * @param count completed calls ({@code count})
   * @param cost the approximate cost in the WABA's currency ({@code cost}; user-initiated calls are free)
   * @param averageDuration the average call duration as Meta writes it ({@code average_duration}; Meta's page does
   *     not name the unit, its examples read as seconds)
   * @param breakdown the data point's other text properties, as Meta names them: the breakdown of the requested
   *     dimensions (Meta's page does not show their names, so they are kept as sent)
   */
  public record DataPoint(Instant start, Instant end, @Nullable Long count, @Nullable BigDecimal cost,
      @Nullable BigDecimal averageDuration, Map<String, String> breakdown) {
    public DataPoint {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      breakdown = Map.copyOf(breakdown);
    }
  }
}
