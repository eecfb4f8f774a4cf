package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request for template group analytics ({@code template_group_analytics}): sends, deliveries, reads, button clicks
 * and cost of the templates of up to {@value #MAX_TEMPLATE_GROUP_IDS} template groups, one data point per group and
 * day (UTC unless {@code useWabaTimezone}). Meta keeps 90 days of data; template analytics must be enabled on the
 * WABA first ({@code is_enabled_for_insights}). In the WABA's time zone Meta takes days, not timestamps:
 * {@code start} and {@code end} must then be UTC midnights, each naming its day, and go on the wire as
 * {@code YYYY-MM-DD}. Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (a UNIX timestamp on the wire; a YYYY-MM-DD day with
 *     {@code useWabaTimezone})
 * @param end the end of the range, after {@code start}
 * @param templateGroupIds 1 to {@value #MAX_TEMPLATE_GROUP_IDS} template group ids
 * @param metricTypes {@link MetricType#COST}, {@link MetricType#CLICKED}, {@link MetricType#DELIVERED},
 *     {@link MetricType#READ}, {@link MetricType#SENT}; empty for all
 * @param useWabaTimezone whether days follow the WABA's time zone ({@code use_waba_timezone=true}) instead of UTC;
 *     {@code start} and {@code end} must then be UTC midnights
 */
public record TemplateGroupAnalyticsQuery(Instant start, Instant end, List<String> templateGroupIds,
    List<MetricType> metricTypes, boolean useWabaTimezone) {

  /** Meta's limit on template group ids per request. */
  public static final int MAX_TEMPLATE_GROUP_IDS = 10;

  static final String KIND = "template group analytics";
  static final Set<MetricType> METRICS = Set.of(MetricType.COST, MetricType.CLICKED, MetricType.DELIVERED,
      MetricType.READ, MetricType.SENT);

  public TemplateGroupAnalyticsQuery {
    Checks.range(KIND, start, end);
    if (useWabaTimezone) {
      Checks.wholeDays(KIND, start, end);
    }
    templateGroupIds = Checks.ids("templateGroupIds", templateGroupIds, MAX_TEMPLATE_GROUP_IDS);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
  }

  /** The granularity Meta answers template group analytics with: always {@link Granularity#DAILY}. */
  public Granularity granularity() {
    return Granularity.DAILY;
  }

  /** A builder for the range and template groups; the other settings are optional. */
  public static Builder builder(Instant start, Instant end, String... templateGroupIds) {
    return new Builder(start, end, List.of(templateGroupIds));
  }

  /** Builds a {@link TemplateGroupAnalyticsQuery}; not thread-safe. */
  public static final class Builder {
    private final Instant start;
    private final Instant end;
    private final List<String> templateGroupIds;
    private final List<MetricType> metricTypes = new ArrayList<>();
    private boolean useWabaTimezone;

    private Builder(Instant start, Instant end, List<String> templateGroupIds) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      this.templateGroupIds = templateGroupIds;
    }

    /** Metrics to return, e.g. {@link MetricType#SENT}; none for all. */
    public Builder metricTypes(MetricType... values) {
      metricTypes.addAll(List.of(values));
      return this;
    }

    /**
     * Whether days follow the WABA's time zone instead of UTC ({@code use_waba_timezone}); default false. When true,
     * {@code start} and {@code end} must be UTC midnights naming the first day and the end day.
     */
    public Builder useWabaTimezone(boolean value) {
      this.useWabaTimezone = value;
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public TemplateGroupAnalyticsQuery build() {
      return new TemplateGroupAnalyticsQuery(start, end, templateGroupIds, metricTypes, useWabaTimezone);
    }
  }
}
