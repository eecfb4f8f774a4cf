package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.VolumeTier;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Meta's analytics of the fake's WABA, computed from what the fake did (its message log and the pricing of each
 * message, its calls, its groups): {@code analytics}, {@code conversation_analytics}, {@code pricing_analytics} and
 * {@code call_analytics} (field expansions on {@code GET /{waba-id}}), {@code GET /{waba-id}/template_analytics},
 * {@code /template_group_analytics} and {@code /group_analytics}, with Meta's granularities, lookbacks and limits.
 * Each business of a multi-tenant fake answers from its own state. Thread-safe: reads under the engine's lock.
 */
final class AnalyticsRoutes {
  private static final Set<String> FIELDS = Set.of("analytics", "conversation_analytics", "pricing_analytics",
      "call_analytics");
  private static final Duration YEAR = Duration.ofDays(366);
  private static final Duration NINETY_DAYS = Duration.ofDays(90);
  private static final Set<DeliveryStatus> SENT = Set.of(DeliveryStatus.SENT, DeliveryStatus.DELIVERED,
      DeliveryStatus.READ, DeliveryStatus.PLAYED);
  private static final Set<DeliveryStatus> DELIVERED = Set.of(DeliveryStatus.DELIVERED, DeliveryStatus.READ,
      DeliveryStatus.PLAYED);
  private static final Set<DeliveryStatus> READ = Set.of(DeliveryStatus.READ, DeliveryStatus.PLAYED);

  private final FakeEngine engine;
  // The same prices as the fake's status webhooks (marketing delivered everywhere); used for volume tiers.
  private final CostEstimator estimator = CostEstimator.builder().marketingDeliveryPauses(false).build();

  AnalyticsRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** Whether {@code GET /{waba-id}?fields=} asks for one analytics field. */
  static boolean asksForAnalytics(HttpUrl url) {
    String fields = url.queryParameter("fields");
    if (fields == null) {
      return false;
    }
    int dot = fields.indexOf('.');
    return FIELDS.contains((dot < 0 ? fields : fields.substring(0, dot)).strip());
  }

  /** {@code GET /{waba-id}?fields=<analytics field>.start(..).end(..)...}. */
  Map<String, Object> field(HttpUrl url) {
    AnalyticsExpansion e = AnalyticsExpansion.parse(String.valueOf(url.queryParameter("fields")));
    String waba = engine.config.businessAccountId();
    synchronized (engine.lock) {
      return switch (e.name) {
        case "analytics" -> obj("analytics", messaging(e), "id", waba);
        case "pricing_analytics" -> obj("pricing_analytics", obj("data", List.of(obj("data_points", pricing(e)))),
            "id", waba);
        case "call_analytics" -> obj("call_analytics", calls(e), "id", waba);
        default -> obj("conversation_analytics", obj("data", List.of(obj("data_points", conversations(e)))),
            "id", waba);
      };
    }
  }

  // ---------------------------------------------------------------- messaging

  /**
   * Messages sent and delivered. {@code product_types} narrows them to template messages (0), non-template messages
   * (2) and incoming messages (100, each counted as sent and delivered: it reached the business). Without it, the
   * messages the number sent: Meta's page says "all messages together" without naming incoming ones, and the field
   * counts what the WABA's numbers sent.
   */
  private Map<String, Object> messaging(AnalyticsExpansion e) {
    String granularity = e.granularity(Set.of("HALF_HOUR", "DAY", "MONTH"));
    AnalyticsExpansion.Range range = e.range(engine.now(), YEAR);
    List<String> types = e.list("product_types");
    e.only("product_types", types, Set.of("0", "2", "100"));
    Map<Long, long[]> buckets = new LinkedHashMap<>();
    for (SentRecord r : delivered(range, e, SENT)) {
      boolean template = r.type.equals("template");
      if (!types.isEmpty() && !types.contains(template ? "0" : "2")) {
        continue;
      }
      long[] b = buckets.computeIfAbsent(bucketStart(r.timestamp, granularity), k -> new long[2]);
      b[0]++;
      b[1] += DELIVERED.contains(r.status) ? 1 : 0;
    }
    if (types.contains("100")) {
      for (MessageLog.InboundRecord r : received(range, e)) {
        long[] b = buckets.computeIfAbsent(bucketStart(r.timestamp, granularity), k -> new long[2]);
        b[0]++;
        b[1]++;
      }
    }
    List<Object> points = new ArrayList<>();
    buckets.forEach((start, b) -> points.add(obj("start", start, "end", bucketEnd(start, granularity), "sent", b[0],
        "delivered", b[1])));
    List<String> countries = e.list("country_codes");
    return obj("phone_numbers", List.of(engine.config.displayDigits()), "country_codes",
        countries.isEmpty() ? null : countries, "granularity", granularity, "data_points", points);
  }

  // ---------------------------------------------------------------- pricing

  private List<Object> pricing(AnalyticsExpansion e) {
    String granularity = e.granularity(Set.of("HALF_HOUR", "DAILY", "MONTHLY"));
    AnalyticsExpansion.Range range = e.range(engine.now(), YEAR);
    List<String> dimensions = e.list("dimensions");
    e.only("dimensions", dimensions, Set.of("COUNTRY", "PHONE", "PRICING_CATEGORY", "PRICING_TYPE", "TIER"));
    List<String> metrics = e.list("metric_types");
    e.only("metric_types", metrics, Set.of("COST", "VOLUME"));
    List<String> types = e.list("pricing_types");
    List<String> categories = e.list("pricing_categories");
    Map<SentRecord, String> tiers = dimensions.contains("TIER") ? tiers() : Map.of();
    Map<List<Object>, Object[]> groups = new LinkedHashMap<>();
    for (SentRecord r : delivered(range, e, DELIVERED)) {
      String type = r.pricingType.toUpperCase(Locale.ROOT);
      String category = r.pricingCategory.value().toUpperCase(Locale.ROOT);
      if ((!types.isEmpty() && !types.contains(type)) || (!categories.isEmpty() && !categories.contains(category))) {
        continue;
      }
      long start = bucketStart(r.timestamp, granularity);
      String tier = type.equals("REGULAR") ? tiers.get(r) : null;
      List<Object> key = List.of(start, dimensions.contains("PHONE") ? engine.config.displayDigits() : "",
          dimensions.contains("COUNTRY") ? country(r.to) : "", tier == null ? "" : tier,
          dimensions.contains("PRICING_TYPE") ? type : "", dimensions.contains("PRICING_CATEGORY") ? category : "");
      Object[] sums = groups.computeIfAbsent(key, k -> new Object[] {0L, BigDecimal.ZERO});
      sums[0] = (Long) sums[0] + 1;
      if (r.billable && r.price != null) {
        sums[1] = ((BigDecimal) sums[1]).add(r.price.price().amount());
      }
    }
    List<Object> points = new ArrayList<>();
    groups.forEach((k, sums) -> {
      long start = (Long) k.get(0);
      points.add(obj("start", start, "end", bucketEnd(start, granularity), "phone_number", blank(k.get(1)),
          "country", blank(k.get(2)), "tier", blank(k.get(3)), "pricing_type", blank(k.get(4)),
          "pricing_category", blank(k.get(5)),
          "volume", metrics.isEmpty() || metrics.contains("VOLUME") ? sums[0] : null,
          "cost", metrics.isEmpty() || metrics.contains("COST") ? ((BigDecimal) sums[1]).stripTrailingZeros() : null));
    });
    return points;
  }

  /**
   * Meta's {@code tier} of each charged message: its rank among the month's charged messages of its market and
   * category against the rate card's volume tiers ({@code 0:MAX} where the card has none, as for marketing).
   */
  private Map<SentRecord, String> tiers() {
    Map<SentRecord, String> out = new HashMap<>();
    Map<String, Long> counts = new HashMap<>();
    for (SentRecord r : engine.messages.sent()) {
      if (!DELIVERED.contains(r.status) || !r.billable || r.price == null) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(r.timestamp, ZoneOffset.UTC);
      Market market = r.price.market();
      List<VolumeTier> bands = estimator.cardFor(PricingModel.PMP, day).volumeTiers(market, r.pricingCategory);
      long n = counts.merge(YearMonth.from(day) + "|" + market + "|" + r.pricingCategory, 1L, Long::sum);
      String label = "0:MAX";
      for (VolumeTier band : bands) {
        if (n >= band.from() && (band.to() == null || n <= band.to())) {
          label = (band.from() == 1 ? 0 : band.from()) + ":" + (band.to() == null ? "MAX" : band.to());
        }
      }
      out.put(r, label);
    }
    return out;
  }

  // ---------------------------------------------------------------- conversations

  /** Conversations the fake opened (API v23 and older, and free entry points), by their first message. */
  private List<Object> conversations(AnalyticsExpansion e) {
    String granularity = e.granularity(Set.of("HALF_HOUR", "DAILY", "MONTHLY"));
    AnalyticsExpansion.Range range = e.range(engine.now(), YEAR);
    List<String> dimensions = e.list("dimensions");
    e.only("dimensions", dimensions, Set.of("CONVERSATION_CATEGORY", "CONVERSATION_DIRECTION", "CONVERSATION_TYPE",
        "COUNTRY", "PHONE"));
    Map<String, Boolean> seen = new HashMap<>();
    Map<List<Object>, long[]> groups = new LinkedHashMap<>();
    for (SentRecord r : delivered(range, e, SENT)) {
      String id = Json.string(r.conversation, "id");
      if (id == null || seen.put(id, true) != null) {
        continue;
      }
      String origin = String.valueOf(Json.string(r.conversation, "origin", "type")).toUpperCase(Locale.ROOT);
      boolean free = origin.equals("REFERRAL_CONVERSION");
      long start = bucketStart(r.timestamp, granularity);
      List<Object> key = List.of(start, dimensions.contains("PHONE") ? engine.config.displayDigits() : "",
          dimensions.contains("COUNTRY") ? country(r.to) : "",
          dimensions.contains("CONVERSATION_TYPE") ? (free ? "FREE_ENTRY_POINT" : "REGULAR") : "",
          dimensions.contains("CONVERSATION_DIRECTION") ? (r.type.equals("template") ? "BUSINESS_INITIATED"
              : "USER_INITIATED") : "",
          dimensions.contains("CONVERSATION_CATEGORY") ? (free ? "SERVICE" : origin) : "");
      groups.computeIfAbsent(key, k -> new long[1])[0]++;
    }
    List<Object> points = new ArrayList<>();
    groups.forEach((k, n) -> {
      long start = (Long) k.get(0);
      points.add(obj("start", start, "end", bucketEnd(start, granularity), "conversation", n[0], "phone_number",
          blank(k.get(1)), "country", blank(k.get(2)), "conversation_type", blank(k.get(3)),
          "conversation_direction", blank(k.get(4)), "conversation_category", blank(k.get(5))));
    });
    return points;
  }

  // ---------------------------------------------------------------- templates and template groups

  /** {@code GET /{waba-id}/template_analytics?start=..&end=..&granularity=DAILY&template_ids=[..]}. */
  Map<String, Object> templates(HttpUrl url) {
    AnalyticsExpansion e = AnalyticsExpansion.ofQuery("template_analytics", url);
    e.granularity(Set.of("DAILY"));
    // The fake's WABA keeps its days in UTC, so the WABA's time zone changes nothing; the parameters are checked.
    e.wabaTimezone();
    AnalyticsExpansion.Range range = e.range(engine.now(), NINETY_DAYS);
    List<String> ids = e.list("template_ids");
    if (ids.isEmpty() || ids.size() > 10) {
      throw GraphException.of(100, "Param template_ids must name 1 to 10 templates, was " + ids.size() + ".");
    }
    List<String> metrics = e.list("metric_types");
    // Meta: "If omitted, only analytics for Cloud API will be returned". The fake's Marketing Messages API sends
    // are the ones priced marketing_lite (a Cloud API fallback is priced marketing and counts as Cloud API).
    String product = e.one("product_type", "CLOUD_API", Set.of("CLOUD_API", "MARKETING_MESSAGES_API_FOR_WHATSAPP"));
    boolean marketingMessagesApi = product.equals("MARKETING_MESSAGES_API_FOR_WHATSAPP");
    synchronized (engine.lock) {
      List<Object> points = templatePoints(range, e, metrics, "template_id", t -> ids.contains(t.id) ? t.id : null,
          r -> marketingMessagesApi == r.pricingCategory.equals(PricingCategory.MARKETING_LITE));
      return obj("data", List.of(obj("granularity", "DAILY", "product_type", product.toLowerCase(Locale.ROOT),
          "data_points", points)), "paging", paging());
    }
  }

  /**
   * {@code GET /{waba-id}/template_group_analytics?granularity=DAILY&start=..&end=..&template_group_ids=[..]}: the
   * sends of each group's templates (Meta's example answer shows no {@code product_type}; the fake counts Cloud API
   * sends, as template analytics do by default).
   */
  Map<String, Object> templateGroups(HttpUrl url) {
    AnalyticsExpansion e = AnalyticsExpansion.ofQuery("template_group_analytics", url);
    e.granularity(Set.of("DAILY"));
    e.wabaTimezone();
    AnalyticsExpansion.Range range = e.range(engine.now(), NINETY_DAYS);
    List<String> ids = e.list("template_group_ids");
    if (ids.isEmpty() || ids.size() > 10) {
      throw GraphException.of(100, "Param template_group_ids must name 1 to 10 template groups, was " + ids.size()
          + ".");
    }
    List<String> metrics = e.list("metric_types");
    e.only("metric_types", metrics, Set.of("COST", "CLICKED", "DELIVERED", "READ", "SENT"));
    synchronized (engine.lock) {
      Map<String, String> groupOf = new HashMap<>();
      for (String id : ids) {
        engine.templateGroups.templateIds(id).forEach(t -> groupOf.put(t, id));
      }
      List<Object> points = templatePoints(range, e, metrics, "template_group_id", t -> groupOf.get(t.id),
          r -> !r.pricingCategory.equals(PricingCategory.MARKETING_LITE));
      return obj("data", List.of(obj("granularity", "DAILY", "data_points", points)), "paging", paging());
    }
  }

  /**
   * One data point per key ({@code keyOf} a template: its id, its group's id, or null to skip it) and UTC day: the
   * sends of the app's template messages, their deliveries, reads and the amount spent (the fake counts no clicks).
   */
  private List<Object> templatePoints(AnalyticsExpansion.Range range, AnalyticsExpansion e, List<String> metrics,
      String keyName, Function<TemplateRecord, @Nullable String> keyOf, Predicate<SentRecord> product) {
    Map<List<Object>, long[]> days = new LinkedHashMap<>();
    Map<List<Object>, BigDecimal> spent = new HashMap<>();
    for (SentRecord r : delivered(range, e, SENT)) {
      if (!r.type.equals("template") || !product.test(r)) {
        continue;
      }
      TemplateRecord t = engine.templates.find(Json.string(r.body, "template", "name"),
          Json.string(r.body, "template", "language", "code"));
      String key = t == null ? null : keyOf.apply(t);
      if (key == null) {
        continue;
      }
      List<Object> k = List.of(key, bucketStart(r.timestamp, "DAILY"));
      long[] n = days.computeIfAbsent(k, x -> new long[3]);
      n[0]++;
      n[1] += DELIVERED.contains(r.status) ? 1 : 0;
      n[2] += READ.contains(r.status) ? 1 : 0;
      BigDecimal cost = r.billable && r.price != null ? r.price.price().amount() : BigDecimal.ZERO;
      spent.merge(k, cost, BigDecimal::add);
    }
    List<Object> points = new ArrayList<>();
    days.forEach((k, n) -> {
      long start = (Long) k.get(1);
      BigDecimal amount = spent.getOrDefault(k, BigDecimal.ZERO).stripTrailingZeros();
      List<Object> cost = n[1] == 0 ? List.of(obj("type", "amount_spent", "value", amount))
          : List.of(obj("type", "amount_spent", "value", amount), obj("type", "cost_per_delivered", "value",
              amount.divide(BigDecimal.valueOf(n[1]), 6, RoundingMode.HALF_UP).stripTrailingZeros()));
      points.add(obj(keyName, k.get(0), "start", start, "end", start + 86_400,
          "sent", wanted(metrics, "SENT") ? n[0] : null, "delivered", wanted(metrics, "DELIVERED") ? n[1] : null,
          "read", wanted(metrics, "READ") ? n[2] : null, "cost", wanted(metrics, "COST") ? cost : null));
    });
    return points;
  }

  private static Map<String, Object> paging() {
    return obj("cursors", obj("before", TemplateRoutes.cursor(0), "after", TemplateRoutes.cursor(0)));
  }

  private static boolean wanted(List<String> metrics, String metric) {
    return metrics.isEmpty() || metrics.contains(metric);
  }

  // ---------------------------------------------------------------- calls

  /**
   * The calls the fake signalled that connected and ended ("counts of completed calls"), by the time they were
   * placed, with their average connected duration in whole seconds. Meta's page names no lookback for calls, so
   * none is enforced. The fake has no calling rate card: {@code cost} is left out, as Meta leaves it out for
   * businesses billed through a Solution Partner. {@code dimensions} are checked but not broken down: Meta's page does
   * not show the breakdown's property names.
   */
  private Map<String, Object> calls(AnalyticsExpansion e) {
    String granularity = e.granularity(Set.of("HALF_HOUR", "DAILY", "MONTHLY"));
    AnalyticsExpansion.Range range = e.range(engine.now(), null);
    List<String> directions = e.list("directions");
    e.only("directions", directions, Set.of("USER_INITIATED", "BUSINESS_INITIATED"));
    e.only("dimensions", e.list("dimensions"), Set.of("PHONE", "DIRECTION", "COUNTRY"));
    List<String> metrics = e.list("metric_types");
    e.only("metric_types", metrics, Set.of("COUNT", "COST", "AVERAGE_DURATION"));
    List<String> phones = e.list("phone_numbers");
    List<String> countries = e.list("country_codes");
    Map<Long, long[]> buckets = new LinkedHashMap<>();
    if (phones.isEmpty() || phones.contains(engine.config.displayDigits())) {
      for (CallRoutes.CallState c : engine.calls.all()) {
        if (c.connectedAt == null || c.endedAt == null || !in(range, c.createdAt)
            || (!directions.isEmpty() && !directions.contains(c.direction()))
            || (!countries.isEmpty() && !countries.contains(country(c.waId)))) {
          continue;
        }
        long[] b = buckets.computeIfAbsent(bucketStart(c.createdAt, granularity), k -> new long[2]);
        b[0]++;
        b[1] += Duration.between(c.connectedAt, c.endedAt).toSeconds();
      }
    }
    List<Object> points = new ArrayList<>();
    buckets.forEach((start, b) -> points.add(obj("start", start, "end", bucketEnd(start, granularity),
        "count", wanted(metrics, "COUNT") ? b[0] : null,
        "average_duration", wanted(metrics, "AVERAGE_DURATION") ? Math.round((double) b[1] / b[0]) : null)));
    // Meta's example echoes the one direction asked for as a string; what it writes for two is not shown.
    return obj("granularity", granularity, "directions", directions.size() == 1 ? directions.get(0) : null,
        "data_points", points);
  }

  // ---------------------------------------------------------------- groups

  /**
   * {@code GET /{waba-id}/group_analytics?start=..&end=..&granularity=DAILY&metric_types=[..]&group_ids=[..]}: the
   * business's messages to the group, their deliveries to participants, and participants who joined or left (or were
   * removed) per UTC day. The fake's participants read nothing, so {@code read} is 0.
   */
  Map<String, Object> groups(HttpUrl url) {
    AnalyticsExpansion e = AnalyticsExpansion.ofQuery("group_analytics", url);
    if (e.has("granularity")) {
      e.granularity(Set.of("DAILY")); // optional, DAILY by default
    }
    AnalyticsExpansion.Range range = e.range(engine.now(), NINETY_DAYS);
    List<String> metrics = e.list("metric_types");
    if (metrics.isEmpty()) {
      throw GraphException.of(100, "The parameter metric_types is required.");
    }
    e.only("metric_types", metrics, Set.of("SENT", "DELIVERED", "READ", "PARTICIPANTS_JOINED", "PARTICIPANTS_LEFT"));
    List<String> ids = e.ids("group_ids");
    if (ids.size() != 1) {
      throw GraphException.of(100, "Param group_ids must name 1 group (group analytics take one group id for now),"
          + " was " + ids.size() + ".");
    }
    synchronized (engine.lock) {
      GroupRoutes.GroupState g = engine.groups.find(ids.get(0));
      if (g == null) {
        throw GraphException.of(100, "Param group_ids[0] must be a group of this business, was " + ids.get(0) + ".");
      }
      Map<Long, long[]> days = new TreeMap<>();
      for (GroupRoutes.Sent sent : g.sent) {
        if (in(range, sent.at())) {
          long[] d = days.computeIfAbsent(bucketStart(sent.at(), "DAILY"), k -> new long[4]);
          d[0]++;
          d[1] += sent.delivered();
        }
      }
      g.joins.stream().filter(t -> in(range, t)).forEach(t ->
          days.computeIfAbsent(bucketStart(t, "DAILY"), k -> new long[4])[2]++);
      g.leaves.stream().filter(t -> in(range, t)).forEach(t ->
          days.computeIfAbsent(bucketStart(t, "DAILY"), k -> new long[4])[3]++);
      List<Object> points = new ArrayList<>();
      days.forEach((start, d) -> points.add(obj("group_id", g.id, "start", start, "end", start + 86_400,
          "sent", metrics.contains("SENT") ? d[0] : null, "delivered", metrics.contains("DELIVERED") ? d[1] : null,
          "read", metrics.contains("READ") ? 0L : null, "joined", metrics.contains("PARTICIPANTS_JOINED") ? d[2]
              : null, "left", metrics.contains("PARTICIPANTS_LEFT") ? d[3] : null)));
      return obj("data", List.of(obj("granularity", "DAILY", "data_points", points)), "paging", paging());
    }
  }

  private static boolean in(AnalyticsExpansion.Range range, Instant t) {
    return !t.isBefore(range.start()) && t.isBefore(range.end());
  }

  // ---------------------------------------------------------------- shared

  /** The app's messages in the range with one of {@code statuses}, after the phone number and country filters. */
  private List<SentRecord> delivered(AnalyticsExpansion.Range range, AnalyticsExpansion e,
      Set<DeliveryStatus> statuses) {
    List<String> phones = e.list("phone_numbers");
    if (!phones.isEmpty() && !phones.contains(engine.config.displayDigits())) {
      return List.of(); // another number of the WABA: none in this fake
    }
    List<String> countries = e.list("country_codes");
    List<SentRecord> out = new ArrayList<>();
    for (SentRecord r : engine.messages.sent()) {
      if (statuses.contains(r.status) && in(range, r.timestamp)
          && (countries.isEmpty() || countries.contains(country(r.to)))) {
        out.add(r);
      }
    }
    return out;
  }

  /** The users' messages in the range, after the phone number and country filters. */
  private List<MessageLog.InboundRecord> received(AnalyticsExpansion.Range range, AnalyticsExpansion e) {
    List<String> phones = e.list("phone_numbers");
    if (!phones.isEmpty() && !phones.contains(engine.config.displayDigits())) {
      return List.of();
    }
    List<String> countries = e.list("country_codes");
    List<MessageLog.InboundRecord> out = new ArrayList<>();
    for (MessageLog.InboundRecord r : engine.messages.inbound()) {
      if (in(range, r.timestamp)
          && (countries.isEmpty() || countries.contains(country(r.from)))) {
        out.add(r);
      }
    }
    return out;
  }

  private static String country(String waId) {
    try {
      String region = PhoneNumberUtil.getInstance().getRegionCodeForNumber(
          PhoneNumberUtil.getInstance().parse("+" + waId, null));
      return region == null ? "ZZ" : region;
    } catch (NumberParseException ex) {
      return "ZZ";
    }
  }

  private static @Nullable Object blank(Object value) {
    return "".equals(value) ? null : value;
  }

  static long bucketStart(Instant t, String granularity) {
    ZonedDateTime utc = t.atZone(ZoneOffset.UTC);
    return switch (granularity) {
      case "HALF_HOUR" -> t.getEpochSecond() - Math.floorMod(t.getEpochSecond(), 1800L);
      case "MONTH", "MONTHLY" -> utc.toLocalDate().withDayOfMonth(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
      default -> utc.toLocalDate().atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    };
  }

  static long bucketEnd(long start, String granularity) {
    return switch (granularity) {
      case "HALF_HOUR" -> start + 1800;
      case "MONTH", "MONTHLY" -> Instant.ofEpochSecond(start).atZone(ZoneOffset.UTC).plusMonths(1).toEpochSecond();
      default -> start + 86_400;
    };
  }
}
