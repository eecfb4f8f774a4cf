package dev.wabasdk.internal;

import dev.wabasdk.analytics.CallAnalytics;
import dev.wabasdk.analytics.ConversationAnalytics;
import dev.wabasdk.analytics.Granularity;
import dev.wabasdk.analytics.GroupAnalytics;
import dev.wabasdk.analytics.MessagingAnalytics;
import dev.wabasdk.analytics.PricingAnalytics;
import dev.wabasdk.analytics.TemplateAnalytics;
import dev.wabasdk.analytics.TemplateGroupAnalytics;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads Meta's analytics answers; costs keep every digit ({@code BigDecimal}). */
final class AnalyticsJson {
  /** The documented properties of a call analytics data point; any other is a breakdown. */
  private static final Set<String> CALL_METRICS = Set.of("start", "end", "count", "cost", "average_duration");

  private AnalyticsJson() {}

  /** A parsed answer with exact numbers. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> read(String body) throws IOException {
    Object value = Json.parse(body);
    if (!(value instanceof Map)) {
      throw new IOException("analytics answer is not a JSON object");
    }
    return (Map<String, Object>) value;
  }

  static MessagingAnalytics messaging(Map<String, Object> root) throws IOException {
    // Meta leaves the field out when the range holds no message.
    Map<String, Object> a = Json.object(root, "analytics");
    List<MessagingAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : objects(Json.list(a, "data_points"))) {
      points.add(new MessagingAnalytics.DataPoint(time(p, "start"), time(p, "end"), count(p, "sent"),
          count(p, "delivered")));
    }
    String granularity = Json.string(a, "granularity");
    return new MessagingAnalytics(strings(Json.list(a, "phone_numbers")), strings(Json.list(a, "country_codes")),
        granularity == null ? null : Granularity.of(granularity), points);
  }

  static ConversationAnalytics conversations(Map<String, Object> root) throws IOException {
    // One of Meta's examples answers without the field wrapper: {"data": [...]}.
    Map<String, Object> c = root.containsKey("conversation_analytics")
        ? Json.object(root, "conversation_analytics") : root;
    List<ConversationAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : dataPoints(c)) {
      points.add(new ConversationAnalytics.DataPoint(time(p, "start"), time(p, "end"),
          Json.longValue(p, "conversation"), Json.string(p, "phone_number"), Json.string(p, "country"),
          Json.string(p, "conversation_type"), Json.string(p, "conversation_direction"),
          Json.string(p, "conversation_category"), decimal(p, "cost")));
    }
    return new ConversationAnalytics(points);
  }

  static PricingAnalytics pricing(Map<String, Object> root) throws IOException {
    List<PricingAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : dataPoints(Json.object(root, "pricing_analytics"))) {
      String tier = Json.string(p, "tier");
      PricingAnalytics.Tier parsed;
      try {
        parsed = tier == null ? null : PricingAnalytics.Tier.of(tier);
      } catch (IllegalArgumentException e) {
        throw new IOException("pricing_analytics: " + e.getMessage(), e);
      }
      points.add(new PricingAnalytics.DataPoint(time(p, "start"), time(p, "end"), Json.string(p, "phone_number"),
          Json.string(p, "country"), parsed, Json.string(p, "pricing_type"), Json.string(p, "pricing_category"),
          Json.longValue(p, "volume"), decimal(p, "cost")));
    }
    return new PricingAnalytics(points);
  }

  /** The data points of one page of template analytics. */
  static List<TemplateAnalytics.DataPoint> templates(Map<String, Object> root) throws IOException {
    List<TemplateAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : dataPoints(root)) {
      points.add(new TemplateAnalytics.DataPoint(id(p, "template_analytics", "template_id"), time(p, "start"),
          time(p, "end"), Json.longValue(p, "sent"), Json.longValue(p, "delivered"), Json.longValue(p, "read"),
          clicks(p), costs(p)));
    }
    return points;
  }

  /** The data points of one page of template group analytics: template analytics' shape, by template group. */
  static List<TemplateGroupAnalytics.DataPoint> templateGroups(Map<String, Object> root) throws IOException {
    List<TemplateGroupAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : dataPoints(root)) {
      points.add(new TemplateGroupAnalytics.DataPoint(id(p, "template_group_analytics", "template_group_id"),
          time(p, "start"), time(p, "end"), Json.longValue(p, "sent"), Json.longValue(p, "delivered"),
          Json.longValue(p, "read"), clicks(p), costs(p)));
    }
    return points;
  }

  /** The data points of one page of group analytics ({@code joined} and {@code left} for the participant metrics). */
  static List<GroupAnalytics.DataPoint> groups(Map<String, Object> root) throws IOException {
    List<GroupAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : dataPoints(root)) {
      points.add(new GroupAnalytics.DataPoint(id(p, "group_analytics", "group_id"), time(p, "start"),
          time(p, "end"), Json.longValue(p, "sent"), Json.longValue(p, "delivered"), Json.longValue(p, "read"),
          Json.longValue(p, "joined"), Json.longValue(p, "left")));
    }
    return points;
  }

  /**
   * Call analytics. Meta shows two shapes: the analytics page's {@code {"call_analytics": {"granularity": ..,
   * "directions": .., "data_points": [..]}}} and the calling pricing page's {@code {"call_analytics": {"data":
   * [{"data_points": [..]}]}}}; both are read. Meta leaves the field out when the range holds no call.
   */
  static CallAnalytics calls(Map<String, Object> root) throws IOException {
    Map<String, Object> c = Json.object(root, "call_analytics");
    List<Map<String, Object>> raw = new ArrayList<>(objects(Json.list(c, "data_points")));
    raw.addAll(dataPoints(c));
    List<CallAnalytics.DataPoint> points = new ArrayList<>();
    for (Map<String, Object> p : raw) {
      Map<String, String> breakdown = new LinkedHashMap<>();
      p.forEach((key, value) -> {
        if (!CALL_METRICS.contains(key) && (value instanceof String || value instanceof BigDecimal)) {
          breakdown.put(key, value instanceof BigDecimal d ? d.toPlainString() : (String) value);
        }
      });
      points.add(new CallAnalytics.DataPoint(time(p, "start"), time(p, "end"), Json.longValue(p, "count"),
          decimal(p, "cost"), decimal(p, "average_duration"), breakdown));
    }
    String granularity = Json.string(c, "granularity");
    // The example writes one direction as a string for the request's list; a list is read too.
    Object directions = c == null ? null : c.get("directions");
    List<String> named = directions instanceof String d ? List.of(d)
        : strings(directions instanceof List<?> l ? new ArrayList<Object>(l) : List.of());
    return new CallAnalytics(granularity == null ? null : Granularity.of(granularity), named, points);
  }

  private static String id(Map<String, Object> point, String field, String key) throws IOException {
    String id = Json.string(point, key);
    if (id == null) {
      throw new IOException(field + ": a data point without " + key);
    }
    return id;
  }

  private static List<TemplateAnalytics.Click> clicks(Map<String, Object> point) {
    List<TemplateAnalytics.Click> clicks = new ArrayList<>();
    for (Map<String, Object> c : objects(Json.list(point, "clicked"))) {
      Long n = Json.longValue(c, "count");
      clicks.add(new TemplateAnalytics.Click(String.valueOf(Json.string(c, "type")), Json.string(c, "button_content"),
          n == null ? 0 : n));
    }
    return clicks;
  }

  private static List<TemplateAnalytics.Cost> costs(Map<String, Object> point) throws IOException {
    List<TemplateAnalytics.Cost> costs = new ArrayList<>();
    for (Map<String, Object> c : objects(Json.list(point, "cost"))) {
      BigDecimal value = decimal(c, "value");
      if (value != null) {
        costs.add(new TemplateAnalytics.Cost(String.valueOf(Json.string(c, "type")), value));
      }
    }
    return costs;
  }

  /** The {@code after} cursor when Meta says another page follows ({@code paging.next}), else null. */
  static @Nullable String nextCursor(Map<String, Object> root) {
    Map<String, Object> paging = Json.object(root, "paging");
    if (Json.string(paging, "next") == null) {
      return null;
    }
    return Json.string(Json.object(paging, "cursors"), "after");
  }

  /** Every data point of every {@code data} entry. */
  private static List<Map<String, Object>> dataPoints(@Nullable Map<String, Object> field) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Map<String, Object> d : objects(Json.list(field, "data"))) {
      out.addAll(objects(Json.list(d, "data_points")));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(List<Object> list) {
    List<Map<String, Object>> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (o instanceof Map) {
        out.add((Map<String, Object>) o);
      }
    }
    return out;
  }

  private static List<String> strings(List<Object> list) {
    List<String> out = new ArrayList<>(list.size());
    for (Object o : list) {
      if (o != null) {
        out.add(o instanceof BigDecimal d ? d.toPlainString() : o.toString());
      }
    }
    return out;
  }

  private static Instant time(Map<String, Object> point, String key) throws IOException {
    Long seconds = Json.longValue(point, key);
    if (seconds == null) {
      throw new IOException("analytics data point without " + key);
    }
    return Instant.ofEpochSecond(seconds);
  }

  private static long count(Map<String, Object> point, String key) {
    Long n = Json.longValue(point, key);
    return n == null ? 0 : n;
  }

  private static @Nullable BigDecimal decimal(Map<String, Object> point, String key) throws IOException {
    Object value = point.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      throw new IOException("analytics " + key + " is not a number: '" + value + "'", e);
    }
  }
}
