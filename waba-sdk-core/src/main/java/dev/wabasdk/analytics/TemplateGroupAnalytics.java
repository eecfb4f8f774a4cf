package dev.wabasdk.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link TemplateGroupAnalyticsQuery} ({@code template_group_analytics}), all pages: one data
 * point per template group and day. Immutable and thread-safe.
 *
 * @param dataPoints the data points of every requested template group
 */
public record TemplateGroupAnalytics(List<DataPoint> dataPoints) {

  public TemplateGroupAnalytics {
    dataPoints = List.copyOf(dataPoints);
  }

  /** The data points of one template group. */
  public List<DataPoint> of(String templateGroupId) {
    Objects.requireNonNull(templateGroupId, "templateGroupId");
    return dataPoints.stream().filter(p -> p.templateGroupId().equals(templateGroupId)).toList();
  }

  /**
   * One template group on one day; a metric is null when Meta did not return it. Immutable and thread-safe.
   *
   * @param templateGroupId the template group
   * @param start the start of the day
   * @param end the end of the day
   * @param sent messages sent
   * @param delivered messages delivered
   * @param read messages read
   * @param clicked button clicks, by button (Meta's template click metrics)
   * @param cost the cost metrics ({@code amount_spent}, {@code cost_per_delivered},
   *     {@code cost_per_url_button_click}); empty for businesses billed through a Solution Partner
   */
  public record DataPoint(String templateGroupId, Instant start, Instant end, @Nullable Long sent,
      @Nullable Long delivered, @Nullable Long read, List<TemplateAnalytics.Click> clicked,
      List<TemplateAnalytics.Cost> cost) {
    public DataPoint {
      Objects.requireNonNull(templateGroupId, "templateGroupId");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      clicked = List.copyOf(clicked);
      cost = List.copyOf(cost);
    }

    /** The cost metric of this type ({@code amount_spent}...), or null. */
    public @Nullable BigDecimal cost(String type) {
      for (TemplateAnalytics.Cost c : cost) {
        if (c.type().equals(type)) {
          return c.value();
        }
      }
      return null;
    }
  }
}
