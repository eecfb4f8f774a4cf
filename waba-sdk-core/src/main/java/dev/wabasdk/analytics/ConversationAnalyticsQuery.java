package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A request for conversation analytics ({@code conversation_analytics}): conversations and their approximate cost
 * under conversation-based pricing (until 2025-06-30), optionally filtered and broken down. Meta keeps one year of
 * data. Checked when built; immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param granularity {@link Granularity#HALF_HOUR}, {@link Granularity#DAILY} or {@link Granularity#MONTHLY}
 * @param phoneNumbers business phone numbers (digits) to include; empty for all of the WABA's
 * @param countryCodes users' countries (ISO 3166 alpha-2) to include; empty for all
 * @param metricTypes {@link MetricType#COST} and/or {@link MetricType#CONVERSATION}; empty for both
 * @param conversationCategories {@code AUTHENTICATION}, {@code MARKETING}, {@code SERVICE}, {@code UTILITY}...;
 *     empty for all
 * @param conversationTypes {@code FREE_ENTRY}, {@code FREE_TIER}, {@code REGULAR}...; empty for all
 * @param conversationDirections {@code BUSINESS_INITIATED}, {@code USER_INITIATED}, {@code UNKNOWN}; empty for all
 * @param dimensions breakdowns; empty for one total per period
 */
public record ConversationAnalyticsQuery(Instant start, Instant end, Granularity granularity,
    List<String> phoneNumbers, List<String> countryCodes, List<MetricType> metricTypes,
    List<String> conversationCategories, List<String> conversationTypes, List<String> conversationDirections,
    List<Dimension> dimensions) {

  static final String KIND = "conversation analytics";
  static final Set<Granularity> GRANULARITIES = Set.of(Granularity.HALF_HOUR, Granularity.DAILY, Granularity.MONTHLY);
  static final Set<MetricType> METRICS = Set.of(MetricType.COST, MetricType.CONVERSATION);
  static final Set<Dimension> DIMENSIONS = Set.of(Dimension.CONVERSATION_CATEGORY, Dimension.CONVERSATION_DIRECTION,
      Dimension.CONVERSATION_TYPE, Dimension.COUNTRY, Dimension.PHONE);

  public ConversationAnalyticsQuery {
    Checks.range(KIND, start, end);
    Checks.granularity(KIND, granularity, GRANULARITIES);
    phoneNumbers = Checks.phoneNumbers(phoneNumbers);
    countryCodes = Checks.countryCodes(countryCodes);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
    conversationCategories = Checks.names("conversationCategories", conversationCategories, Set.of("MARKETING"));
    conversationTypes = Checks.names("conversationTypes", conversationTypes, Set.of("REGULAR"));
    conversationDirections = Checks.names("conversationDirections", conversationDirections,
        Set.of("BUSINESS_INITIATED"));
    dimensions = Checks.open(KIND, "dimensions", dimensions, DIMENSIONS, Dimension::value, Dimension::isKnown);
  }

  /** A builder for the range and granularity; every filter is optional. */
  public static Builder builder(Instant start, Instant end, Granularity granularity) {
    return new Builder(start, end, granularity);
  }

  /** Builds a {@link ConversationAnalyticsQuery}; not thread-safe. */
  public static final class Builder extends BreakdownQueryBuilder<Builder> {
    private final List<String> categories = new ArrayList<>();
    private final List<String> types = new ArrayList<>();
    private final List<String> directions = new ArrayList<>();

    private Builder(Instant start, Instant end, Granularity granularity) {
      super(start, end, granularity);
    }

    public Builder conversationCategories(String... values) {
      categories.addAll(List.of(values));
      return this;
    }

    public Builder conversationTypes(String... values) {
      types.addAll(List.of(values));
      return this;
    }

    public Builder conversationDirections(String... values) {
      directions.addAll(List.of(values));
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public ConversationAnalyticsQuery build() {
      return new ConversationAnalyticsQuery(start, end, granularity, phoneNumbers, countryCodes, metricTypes,
          categories, types, directions, dimensions);
    }
  }
}
