package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A request for template analytics ({@code template_analytics}): sends, deliveries, reads, button clicks and cost of
 * up to {@value #MAX_TEMPLATE_IDS} templates, one data point per template and day (UTC unless
 * {@code useWabaTimezone}; Meta moves a start or end that is not midnight back to that day's midnight). Meta keeps 90
 * days of data, and reads and clicks only for 7 days after a send. Template analytics must be confirmed on the WABA
 * first ({@code is_enabled_for_insights}). In the WABA's time zone ({@code useWabaTimezone}) Meta takes days, not
 * timestamps: {@code start} and {@code end} must then be UTC midnights, each naming its day, and go on the wire as
 * {@code YYYY-MM-DD}. Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (a UNIX timestamp on the wire; a YYYY-MM-DD day with
 *     {@code useWabaTimezone})
 * @param end the end of the range, after {@code start}
 * @param templateIds 1 to {@value #MAX_TEMPLATE_IDS} template ids
 * @param metricTypes metrics to return; empty for all
 * @param productType the API whose sends to count ({@code product_type}); null for Meta's default, Cloud API only
 * @param useWabaTimezone whether days follow the WABA's time zone ({@code use_waba_timezone=true}) instead of UTC;
 *     {@code start} and {@code end} must then be UTC midnights
 */
public record TemplateAnalyticsQuery(Instant start, Instant end, List<String> templateIds,
    List<MetricType> metricTypes, @Nullable ProductType productType, boolean useWabaTimezone) {

  /** Meta's limit on template ids per request. */
  public static final int MAX_TEMPLATE_IDS = 10;

  static final String KIND = "template analytics";
  static final Set<MetricType> METRICS = Set.of(MetricType.SENT, MetricType.DELIVERED, MetricType.READ,
      MetricType.CLICKED, MetricType.COST);
  static final Set<ProductType> PRODUCT_TYPES =
      Set.of(ProductType.CLOUD_API, ProductType.MARKETING_MESSAGES_API_FOR_WHATSAPP);

  public TemplateAnalyticsQuery {
    Checks.range(KIND, start, end);
    if (useWabaTimezone) {
      Checks.wholeDays(KIND, start, end);
    }
    templateIds = Checks.ids("templateIds", templateIds, MAX_TEMPLATE_IDS);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
    if (productType != null) {
      Checks.open(KIND, "productType", List.of(productType), PRODUCT_TYPES, ProductType::value,
          ProductType::isKnown);
    }
  }

  /**
   * The API whose template sends template analytics count ({@code product_type}): without one, Meta answers for Cloud
   * API only. Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)}
   * returns the constants below for known values, so they may be compared with {@code ==}. Immutable and
   * thread-safe.
   *
   * @param value the value as Meta writes it, e.g. {@code MARKETING_MESSAGES_API_FOR_WHATSAPP}
   */
  public record ProductType(String value) {
    /** Cloud API ({@code CLOUD_API}), Meta's default. */
    public static final ProductType CLOUD_API = new ProductType("CLOUD_API");
    /** The Marketing Messages API for WhatsApp ({@code MARKETING_MESSAGES_API_FOR_WHATSAPP}). */
    public static final ProductType MARKETING_MESSAGES_API_FOR_WHATSAPP =
        new ProductType("MARKETING_MESSAGES_API_FOR_WHATSAPP");

    private static final Map<String, ProductType> KNOWN = Stream.of(CLOUD_API, MARKETING_MESSAGES_API_FOR_WHATSAPP)
        .collect(Collectors.toUnmodifiableMap(ProductType::value, Function.identity()));

    public ProductType {
      Objects.requireNonNull(value, "value");
    }

    /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
    public static ProductType of(String value) {
      Objects.requireNonNull(value, "value");
      ProductType known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
      return known != null ? known : new ProductType(value);
    }

    /** Whether this is one of the values documented when this SDK was released. */
    public boolean isKnown() {
      return KNOWN.containsKey(value);
    }

    @Override
    public String toString() {
      return value;
    }
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
    private @Nullable ProductType productType;
    private boolean useWabaTimezone;

    private Builder(Instant start, Instant end, List<String> templateIds) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      this.templateIds = templateIds;
    }

    /** Metrics to return, e.g. {@link MetricType#SENT}; none for all. */
    public Builder metricTypes(MetricType... values) {
      metricTypes.addAll(List.of(values));
      return this;
    }

    /** The API whose sends to count, e.g. {@link ProductType#MARKETING_MESSAGES_API_FOR_WHATSAPP}; unset: Cloud API. */
    public Builder productType(ProductType value) {
      this.productType = Objects.requireNonNull(value, "productType");
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
    public TemplateAnalyticsQuery build() {
      return new TemplateAnalyticsQuery(start, end, templateIds, metricTypes, productType, useWabaTimezone);
    }
  }
}
