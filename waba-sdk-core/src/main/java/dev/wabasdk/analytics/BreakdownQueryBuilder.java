package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RangeQueryBuilder} plus the metric and dimension setters the conversation and pricing queries share.
 * Package-private; not thread-safe.
 *
 * @param <B> the public builder
 */
abstract class BreakdownQueryBuilder<B extends BreakdownQueryBuilder<B>> extends RangeQueryBuilder<B> {
  final List<MetricType> metricTypes = new ArrayList<>();
  final List<Dimension> dimensions = new ArrayList<>();

  BreakdownQueryBuilder(Instant start, Instant end, Granularity granularity) {
    super(start, end, granularity);
  }

  /** The metrics to return; none for every metric the query offers. */
  public B metricTypes(MetricType... values) {
    metricTypes.addAll(List.of(values));
    return self();
  }

  /** Breakdowns; none for one total per period. */
  public B dimensions(Dimension... values) {
    dimensions.addAll(List.of(values));
    return self();
  }
}
