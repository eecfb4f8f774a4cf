package dev.wabasdk.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A request for group analytics ({@code group_analytics}, Groups API): messages the business sent to a group, their
 * deliveries and reads, and the participants who joined or left, one data point per group and day. Meta keeps 90
 * days of data, takes {@value #MAX_GROUP_IDS} group id per request for now, and needs the metrics named. Checked
 * when built; immutable and thread-safe.
 *
 * @param start the start of the range (sent as a UNIX timestamp)
 * @param end the end of the range, after {@code start}
 * @param groupIds the group ({@value #MAX_GROUP_IDS} id, as the Groups API gave it)
 * @param metricTypes at least one of {@link MetricType#SENT}, {@link MetricType#DELIVERED}, {@link MetricType#READ},
 *     {@link MetricType#PARTICIPANTS_JOINED}, {@link MetricType#PARTICIPANTS_LEFT}
 */
public record GroupAnalyticsQuery(Instant start, Instant end, List<String> groupIds, List<MetricType> metricTypes) {

  /** Meta's limit on group ids per request ("Currently only supports 1 ID"). */
  public static final int MAX_GROUP_IDS = 1;

  static final String KIND = "group analytics";
  static final Set<MetricType> METRICS = Set.of(MetricType.SENT, MetricType.DELIVERED, MetricType.READ,
      MetricType.PARTICIPANTS_JOINED, MetricType.PARTICIPANTS_LEFT);

  public GroupAnalyticsQuery {
    Checks.range(KIND, start, end);
    groupIds = Checks.groupIds(groupIds, MAX_GROUP_IDS);
    metricTypes = Checks.open(KIND, "metricTypes", metricTypes, METRICS, MetricType::value, MetricType::isKnown);
    if (metricTypes.isEmpty()) {
      throw new IllegalArgumentException("metricTypes: Meta requires at least one for group analytics (SENT, "
          + "DELIVERED, READ, PARTICIPANTS_JOINED, PARTICIPANTS_LEFT), was none");
    }
  }

  /** The granularity Meta answers group analytics with: {@link Granularity#DAILY}, its only value. */
  public Granularity granularity() {
    return Granularity.DAILY;
  }

  /** A builder for the range, the group and at least one metric. */
  public static Builder builder(Instant start, Instant end, String groupId) {
    return new Builder(start, end, groupId);
  }

  /** Builds a {@link GroupAnalyticsQuery}; not thread-safe. */
  public static final class Builder {
    private final Instant start;
    private final Instant end;
    private final String groupId;
    private final List<MetricType> metricTypes = new ArrayList<>();

    private Builder(Instant start, Instant end, String groupId) {
      this.start = Objects.requireNonNull(start, "start");
      this.end = Objects.requireNonNull(end, "end");
      this.groupId = Objects.requireNonNull(groupId, "groupId");
    }

    /** The metrics to return, e.g. {@link MetricType#SENT}; Meta requires at least one. */
    public Builder metricTypes(MetricType... values) {
      metricTypes.addAll(List.of(values));
      return this;
    }

    /**
     * The query.
     *
     * @throws IllegalArgumentException naming the field, Meta's limit and the value
     */
    public GroupAnalyticsQuery build() {
      return new GroupAnalyticsQuery(start, end, List.of(groupId), metricTypes);
    }
  }
}
