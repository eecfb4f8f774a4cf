package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request for template analytics ({@code template_analytics}): sends, deliveries, reads, button clicks and cost of
 * up to {@value #MAX_TEMPLATE_IDS} templates, one data point per template and day (UTC; Meta moves a start or end
 * that is not midnight back to that day's midnight). Meta keeps 90 days of data, and reads and clicks only for 7
 * days after a send. Template analytics must be confirmed on the WABA first ({@code is_enabled_for_insights}).
 * Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param templateIds 1 to {@value #MAX_TEMPLATE_IDS} template ids
 * @param metricTypes metrics to return; empty for all
 */
public record TemplateAnalyticsQuery(Instant start, Instant end, List<String> templateIds,
    List<MetricType> metricTypes) {

  /** Meta's limit on template ids per request. */
  public static final int MAX_TEMPLATE_IDS = 10;

  static final String KIND = "template analytics";
  static final Set<MetricType> METRICS = Set.of(MetricType.SENT, MetricType.DELIVERED, MetricType.READ,
      MetricType.CLICKED, MetricType.COST);

  public TemplateAnalyticsQuery {
    Checks.range(KIND, start, end);
    templateIds = Checks.ids("templateIds", templateIds, MAX_TEMPLATE_IDS);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
  }

  /** The granularity Meta answers template analytics with: always {@link Granularity#DAILY}. */
  public Granularity granularity() {
    return Granularity.DAILY;
  }

  /** A builder for the range and templates; the metric filter is optional. */
  public static Builder builder(Instant start, Instant end, String... templateIds) {
    return new Builder(start, end, List.of(templateIds));
  }

  /** Builds a {@link TemplateAnalyticsQuery}; not thread-safe. */
  public static final class Builder {
    private final Instant start;
    private final Instant end;
    private final List<String> templateIds;
    private final List<MetricType> metricTypes = new ArrayList<>();

    private Builder(Instant start, Instant end, List<String> templateIds) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      this.templateIds = templateIds;
    }

    public Builder metricTypes(MetricType... values) {
      metricTypes.addAll(List.of(values));
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public TemplateAnalyticsQuery build() {
      return new TemplateAnalyticsQuery(start, end, templateIds, metricTypes);
    }
  }
}
