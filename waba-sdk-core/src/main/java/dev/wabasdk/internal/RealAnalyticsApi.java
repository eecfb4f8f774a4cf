package dev.wabasdk.internal;

import dev.wabasdk.analytics.AnalyticsApi;
import dev.wabasdk.analytics.CallAnalytics;
import dev.wabasdk.analytics.CallAnalyticsQuery;
import dev.wabasdk.analytics.ConversationAnalytics;
import dev.wabasdk.analytics.ConversationAnalyticsQuery;
import dev.wabasdk.analytics.Dimension;
import dev.wabasdk.analytics.GroupAnalytics;
import dev.wabasdk.analytics.GroupAnalyticsQuery;
import dev.wabasdk.analytics.MessagingAnalytics;
import dev.wabasdk.analytics.MessagingAnalyticsQuery;
import dev.wabasdk.analytics.MetricType;
import dev.wabasdk.analytics.PricingAnalytics;
import dev.wabasdk.analytics.PricingAnalyticsQuery;
import dev.wabasdk.analytics.TemplateAnalytics;
import dev.wabasdk.analytics.TemplateAnalyticsQuery;
import dev.wabasdk.analytics.TemplateGroupAnalytics;
import dev.wabasdk.analytics.TemplateGroupAnalyticsQuery;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link AnalyticsApi}. Thread-safe. */
final class RealAnalyticsApi implements AnalyticsApi {
  private static final String INSIGHTS = "is_enabled_for_insights";
  /** A guard against a server that keeps answering another page. */
  private static final int MAX_PAGES = 1000;

  private final GraphClient graph;
  private final @Nullable String businessAccountId;
  private final Clock clock;

  RealAnalyticsApi(GraphClient graph, @Nullable String businessAccountId, Clock clock) {
    this.graph = graph;
    this.businessAccountId = businessAccountId;
    this.clock = clock;
  }

  @Override
  public MessagingAnalytics messaging(MessagingAnalyticsQuery query) {
    return graph.execute(GraphCall.get(messagingUrl(query)), r -> AnalyticsJson.messaging(body(r)));
  }

  @Override
  public CompletableFuture<MessagingAnalytics> messagingAsync(MessagingAnalyticsQuery query) {
    return graph.executeAsync(GraphCall.get(messagingUrl(query)), r -> AnalyticsJson.messaging(body(r)));
  }

  @Override
  public ConversationAnalytics conversations(ConversationAnalyticsQuery query) {
    return graph.execute(GraphCall.get(conversationUrl(query)), r -> AnalyticsJson.conversations(body(r)));
  }

  @Override
  public CompletableFuture<ConversationAnalytics> conversationsAsync(ConversationAnalyticsQuery query) {
    return graph.executeAsync(GraphCall.get(conversationUrl(query)), r -> AnalyticsJson.conversations(body(r)));
  }

  @Override
  public PricingAnalytics pricing(PricingAnalyticsQuery query) {
    return graph.execute(GraphCall.get(pricingUrl(query)), r -> AnalyticsJson.pricing(body(r)));
  }

  @Override
  public CompletableFuture<PricingAnalytics> pricingAsync(PricingAnalyticsQuery query) {
    return graph.executeAsync(GraphCall.get(pricingUrl(query)), r -> AnalyticsJson.pricing(body(r)));
  }

  @Override
  public void enableTemplateInsights() {
    graph.execute(insightsCall(), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> enableTemplateInsightsAsync() {
    return graph.executeAsync(insightsCall(), ResponseHandler.success()).thenApply(ok -> null);
  }

  private GraphCall insightsCall() {
    HttpUrl url = graph.urlBuilder().addPathSegment(waba("enableTemplateInsights"))
        .addQueryParameter(INSIGHTS, "true").build();
    // Confirming again changes nothing: safe to retry.
    return GraphCall.post(url, Map.of(), true);
  }

  @Override
  public boolean templateInsightsEnabled() {
    return graph.execute(GraphCall.get(insightsUrl()), RealAnalyticsApi::insightsEnabled);
  }

  @Override
  public CompletableFuture<Boolean> templateInsightsEnabledAsync() {
    return graph.executeAsync(GraphCall.get(insightsUrl()), RealAnalyticsApi::insightsEnabled);
  }

  private HttpUrl insightsUrl() {
    return graph.urlBuilder().addPathSegment(waba("templateInsightsEnabled")).addQueryParameter("fields", INSIGHTS)
        .build();
  }

  /** Meta leaves a false field out of some answers: absent reads as not confirmed. */
  private static Boolean insightsEnabled(Response response) throws IOException {
    return Boolean.TRUE.equals(Json.bool(Json.readObject(response.body().string()), INSIGHTS));
  }

  @Override
  public TemplateAnalytics templates(TemplateAnalyticsQuery query) {
    Objects.requireNonNull(query, "query");
    lookbackDays("templates", "template", query.start(), TEMPLATE_LOOKBACK_DAYS);
    return new TemplateAnalytics(pages(after -> templateUrl(query, after), AnalyticsJson::templates));
  }

  @Override
  public CompletableFuture<TemplateAnalytics> templatesAsync(TemplateAnalyticsQuery query) {
    Objects.requireNonNull(query, "query");
    lookbackDays("templates", "template", query.start(), TEMPLATE_LOOKBACK_DAYS);
    return pagesAsync(after -> templateUrl(query, after), AnalyticsJson::templates).thenApply(TemplateAnalytics::new);
  }

  @Override
  public TemplateGroupAnalytics templateGroups(TemplateGroupAnalyticsQuery query) {
    Objects.requireNonNull(query, "query");
    lookbackDays("templateGroups", "template group", query.start(), TEMPLATE_LOOKBACK_DAYS);
    return new TemplateGroupAnalytics(pages(after -> templateGroupUrl(query, after), AnalyticsJson::templateGroups));
  }

  @Override
  public CompletableFuture<TemplateGroupAnalytics> templateGroupsAsync(TemplateGroupAnalyticsQuery query) {
    Objects.requireNonNull(query, "query");
    lookbackDays("templateGroups", "template group", query.start(), TEMPLATE_LOOKBACK_DAYS);
    return pagesAsync(after -> templateGroupUrl(query, after), AnalyticsJson::templateGroups)
        .thenApply(TemplateGroupAnalytics::new);
  }

  @Override
  public CallAnalytics calls(CallAnalyticsQuery query) {
    return graph.execute(GraphCall.get(callUrl(query)), r -> AnalyticsJson.calls(body(r)));
  }

  @Override
  public CompletableFuture<CallAnalytics> callsAsync(CallAnalyticsQuery query) {
    return graph.executeAsync(GraphCall.get(callUrl(query)), r -> AnalyticsJson.calls(body(r)));
  }

  @Override
  public GroupAnalytics groups(GroupAnalyticsQuery query) {
    Objects.requireNonNull(query, "query");
    lookbackDays("groups", "group", query.start(), GROUP_LOOKBACK_DAYS);
    return new GroupAnalytics(pages(after -> groupUrl(query, after), AnalyticsJson::groups));
  }

  @Override
  public CompletableFuture<GroupAnalytics> groupsAsync(GroupAnalyticsQuery query) {
    Objects.requireNonNull(query, "query");
    lookbackDays("groups", "group", query.start(), GROUP_LOOKBACK_DAYS);
    return pagesAsync(after -> groupUrl(query, after), AnalyticsJson::groups).thenApply(GroupAnalytics::new);
  }

  // ---- paging: the edges answer {"data": [...], "paging": {...}}; every page is read

  /** Reads the data points of one page. */
  private interface PageReader<P> {
    List<P> read(Map<String, Object> root) throws java.io.IOException;
  }

  /** One page of data points and the cursor of the next, if any. */
  private record Page<P>(List<P> points, @Nullable String after) {}

  private <P> Page<P> page(PageReader<P> reader, okhttp3.Response response) throws java.io.IOException {
    Map<String, Object> root = body(response);
    return new Page<>(reader.read(root), AnalyticsJson.nextCursor(root));
  }

  private <P> List<P> pages(Function<@Nullable String, HttpUrl> url, PageReader<P> reader) {
    List<P> points = new ArrayList<>();
    String after = null;
    for (int page = 0; page < MAX_PAGES; page++) {
      Page<P> p = graph.execute(GraphCall.get(url.apply(after)), r -> page(reader, r));
      points.addAll(p.points());
      after = p.after();
      if (after == null) {
        break;
      }
    }
    return points;
  }

  private <P> CompletableFuture<List<P>> pagesAsync(Function<@Nullable String, HttpUrl> url, PageReader<P> reader) {
    return pagesAsync(url, reader, null, new ArrayList<>(), 0);
  }

  private <P> CompletableFuture<List<P>> pagesAsync(Function<@Nullable String, HttpUrl> url, PageReader<P> reader,
      @Nullable String after, List<P> acc, int page) {
    return graph.executeAsync(GraphCall.get(url.apply(after)), r -> page(reader, r)).thenCompose(p -> {
      acc.addAll(p.points());
      String next = p.after();
      return next == null || page + 1 >= MAX_PAGES ? CompletableFuture.completedFuture(acc)
          : pagesAsync(url, reader, next, acc, page + 1);
    });
  }

  // ---- URLs: Graph's field expansion syntax, as Meta documents it

  private HttpUrl messagingUrl(MessagingAnalyticsQuery q) {
    Objects.requireNonNull(q, "query");
    lookback("messaging", q.start());
    StringBuilder f = range("analytics", q.start(), q.end(), q.granularity().value());
    list(f, "phone_numbers", q.phoneNumbers(), Function.identity());
    numbers(f, "product_types", q.productTypes(), MessagingAnalyticsQuery.ProductType::code);
    list(f, "country_codes", q.countryCodes(), Function.identity());
    return fields(waba("messaging"), f);
  }

  private HttpUrl conversationUrl(ConversationAnalyticsQuery q) {
    Objects.requireNonNull(q, "query");
    lookback("conversations", q.start());
    StringBuilder f = range("conversation_analytics", q.start(), q.end(), q.granularity().value());
    list(f, "phone_numbers", q.phoneNumbers(), Function.identity());
    list(f, "country_codes", q.countryCodes(), Function.identity());
    list(f, "metric_types", q.metricTypes(), MetricType::value);
    list(f, "conversation_categories", q.conversationCategories(), Function.identity());
    list(f, "conversation_types", q.conversationTypes(), Function.identity());
    list(f, "conversation_directions", q.conversationDirections(), Function.identity());
    list(f, "dimensions", q.dimensions(), Dimension::value);
    return fields(waba("conversations"), f);
  }

  private HttpUrl pricingUrl(PricingAnalyticsQuery q) {
    Objects.requireNonNull(q, "query");
    lookback("pricing", q.start());
    StringBuilder f = range("pricing_analytics", q.start(), q.end(), q.granularity().value());
    list(f, "phone_numbers", q.phoneNumbers(), Function.identity());
    list(f, "country_codes", q.countryCodes(), Function.identity());
    list(f, "metric_types", q.metricTypes(), MetricType::value);
    list(f, "pricing_types", q.pricingTypes(), Function.identity());
    list(f, "pricing_categories", q.pricingCategories(), Function.identity());
    list(f, "dimensions", q.dimensions(), Dimension::value);
    return fields(waba("pricing"), f);
  }

  private HttpUrl callUrl(CallAnalyticsQuery q) {
    Objects.requireNonNull(q, "query");
    // Meta's page names no lookback for call analytics: none is checked here.
    StringBuilder f = range("call_analytics", q.start(), q.end(), q.granularity().value());
    list(f, "phone_numbers", q.phoneNumbers(), Function.identity());
    list(f, "country_codes", q.countryCodes(), Function.identity());
    list(f, "directions", q.directions(), Function.identity());
    list(f, "dimensions", q.dimensions(), Dimension::value);
    list(f, "metric_types", q.metricTypes(), MetricType::value);
    return fields(waba("calls"), f);
  }

  /** The 90-day kinds: the WABA id is needed and {@code start} must lie within Meta's lookback. */
  private void lookbackDays(String call, String kind, Instant start, int days) {
    waba(call);
    Instant earliest = clock.instant().minus(Duration.ofDays(days));
    if (start.isBefore(earliest)) {
      throw new IllegalArgumentException("start: Meta keeps " + days + " days of " + kind + " analytics (from "
          + earliest + "), was " + start);
    }
  }

  /** Template analytics is an edge with plain query parameters in Meta's documentation, not a field expansion. */
  private HttpUrl templateUrl(TemplateAnalyticsQuery q, @Nullable String after) {
    HttpUrl.Builder b = graph.url(waba("templates"), "template_analytics").newBuilder();
    days(b, q.start(), q.end(), q.useWabaTimezone());
    b.addQueryParameter("granularity", q.granularity().value());
    if (!q.metricTypes().isEmpty()) {
      b.addQueryParameter("metric_types", bracketed(q.metricTypes().stream().map(MetricType::value).toList()));
    }
    b.addQueryParameter("template_ids", bracketed(q.templateIds()));
    if (q.productType() != null) {
      b.addQueryParameter("product_type", q.productType().value());
    }
    return timezoneAndCursor(b, q.useWabaTimezone(), after);
  }

  /** Template group analytics: an edge with plain query parameters, as template analytics. */
  private HttpUrl templateGroupUrl(TemplateGroupAnalyticsQuery q, @Nullable String after) {
    HttpUrl.Builder b = graph.url(waba("templateGroups"), "template_group_analytics").newBuilder();
    days(b, q.start(), q.end(), q.useWabaTimezone());
    b.addQueryParameter("granularity", q.granularity().value());
    if (!q.metricTypes().isEmpty()) {
      b.addQueryParameter("metric_types", bracketed(q.metricTypes().stream().map(MetricType::value).toList()));
    }
    b.addQueryParameter("template_group_ids", bracketed(q.templateGroupIds()));
    return timezoneAndCursor(b, q.useWabaTimezone(), after);
  }

  /** Group analytics: an edge whose lists are JSON arrays of strings, as in Meta's parameter table. */
  private HttpUrl groupUrl(GroupAnalyticsQuery q, @Nullable String after) {
    HttpUrl.Builder b = graph.url(waba("groups"), "group_analytics").newBuilder()
        .addQueryParameter("start", Long.toString(q.start().getEpochSecond()))
        .addQueryParameter("end", Long.toString(q.end().getEpochSecond()))
        .addQueryParameter("granularity", q.granularity().value())
        .addQueryParameter("metric_types", quoted(q.metricTypes().stream().map(MetricType::value).toList()))
        .addQueryParameter("group_ids", quoted(q.groupIds()));
    return timezoneAndCursor(b, false, after);
  }

  /** UNIX timestamps, or days (YYYY-MM-DD) in the WABA's time zone: Meta takes only dates then. */
  private static void days(HttpUrl.Builder b, Instant start, Instant end, boolean wabaTimezone) {
    // The query checked that with wabaTimezone both are UTC midnights, so their UTC date is the day meant.
    b.addQueryParameter("start", wabaTimezone ? LocalDate.ofInstant(start, ZoneOffset.UTC).toString()
        : Long.toString(start.getEpochSecond()));
    b.addQueryParameter("end", wabaTimezone ? LocalDate.ofInstant(end, ZoneOffset.UTC).toString()
        : Long.toString(end.getEpochSecond()));
  }

  private static HttpUrl timezoneAndCursor(HttpUrl.Builder b, boolean wabaTimezone, @Nullable String after) {
    if (wabaTimezone) {
      b.addQueryParameter("use_waba_timezone", "true"); // absent is Meta's default, UTC
    }
    if (after != null) {
      b.addQueryParameter("after", after);
    }
    return b.build();
  }

  private static String bracketed(List<String> values) {
    return "[" + String.join(",", values) + "]";
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> '"' + v + '"').collect(Collectors.joining(",", "[", "]"));
  }

  private void lookback(String call, Instant start) {
    Instant earliest = clock.instant().atOffset(ZoneOffset.UTC).minusYears(LOOKBACK_YEARS).toInstant();
    if (start.isBefore(earliest)) {
      throw new IllegalArgumentException("start: Meta keeps " + LOOKBACK_YEARS + " year of " + call
          + " analytics (from " + earliest + "), was " + start);
    }
  }

  private static StringBuilder range(String field, Instant start, Instant end, String granularity) {
    return new StringBuilder(field).append(".start(").append(start.getEpochSecond()).append(").end(")
        .append(end.getEpochSecond()).append(").granularity(").append(granularity).append(')');
  }

  /** A list parameter as a JSON array of strings, as in Meta's examples: {@code .dimensions(["COUNTRY","PHONE"])}. */
  private static <T> void list(StringBuilder f, String name, List<T> values, Function<T, String> raw) {
    if (values.isEmpty()) {
      return; // Meta's default for an absent filter is "all"
    }
    f.append('.').append(name).append("([");
    for (int i = 0; i < values.size(); i++) {
      f.append(i == 0 ? "" : ",").append('"').append(raw.apply(values.get(i))).append('"');
    }
    f.append("])");
  }

  /** A list of codes as a JSON array of numbers: {@code .product_types([0,2])}. */
  private static <T> void numbers(StringBuilder f, String name, List<T> values, Function<T, Integer> code) {
    if (values.isEmpty()) {
      return;
    }
    f.append('.').append(name).append('(')
        .append(values.stream().map(v -> code.apply(v).toString()).collect(Collectors.joining(",", "[", "]")))
        .append(')');
  }

  private HttpUrl fields(String waba, StringBuilder fields) {
    // Every part was checked by the query (digits, upper-case names, country codes): only the quotes need escaping.
    return graph.url(waba).newBuilder().addEncodedQueryParameter("fields", fields.toString()).build();
  }

  private static Map<String, Object> body(okhttp3.Response response) throws java.io.IOException {
    return AnalyticsJson.read(response.body().string());
  }

  private String waba(String call) {
    if (businessAccountId == null) {
      throw new IllegalStateException("businessAccountId is required for analytics()." + call
          + "(...): set WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
    return businessAccountId;
  }
}
