package dev.wabasdk.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta's answer to a {@link TemplateAnalyticsQuery} ({@code template_analytics}), all pages: one data point per
 * template and day. Immutable and thread-safe.
 *
 * @param dataPoints the data points of every requested template
 */
public record TemplateAnalytics(List<DataPoint> dataPoints) {

  public TemplateAnalytics {
    dataPoints = List.copyOf(dataPoints);
  }

  /** The data points of one template. */
  public List<DataPoint> of(String templateId) {
    Objects.requireNonNull(templateId, "templateId");
    return dataPoints.stream().filter(p -> p.templateId().equals(templateId)).toList();
  }

  /**
   * One template on one day; a metric is null when Meta did not return it. Immutable and thread-safe.
   *
   * @param templateId the template
   * @param start the start of the day
   * @param end the end of the day
   * @param sent messages sent
   * @param delivered messages delivered
   * @param read messages read (counted for 7 days after a send)
   * @param clicked button clicks, by button
   * @param cost the cost metrics ({@code amount_spent}, {@code cost_per_delivered},
   *     {@code cost_per_url_button_click}); empty for businesses billed through a Solution Partner
   */
  public record DataPoint(String templateId, Instant start, Instant end, @Nullable Long sent,
      @Nullable Long delivered, @Nullable Long read, List<Click> clicked, List<Cost> cost) {
    public DataPoint {
      Objects.requireNonNull(templateId, "templateId");
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      clicked = List.copyOf(clicked);
      cost = List.copyOf(cost);
    }

    /** The cost metric of this type ({@code amount_spent}...), or null. */
    public @Nullable BigDecimal cost(String type) {
      for (Cost c : cost) {
        if (c.type().equals(type)) {
          return c.value();
        }
      }
      return null;
    }
  }

  /**
   * Clicks on one button. Immutable and thread-safe.
   *
   * @param type {@code quick_reply_button}, {@code url_button} or {@code unique_url_button}
   * @param buttonContent the button's text
   * @param count the clicks
   */
  public record Click(String type, @Nullable String buttonContent, long count) {
    public Click {
      Objects.requireNonNull(type, "type");
    }
  }

  /**
   * One cost metric, in the WABA's currency. Immutable and thread-safe.
   *
   * @param type {@code amount_spent}, {@code cost_per_delivered} or {@code cost_per_url_button_click}
   * @param value the amount
   */
  public record Cost(String type, BigDecimal value) {
    public Cost {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }
}
