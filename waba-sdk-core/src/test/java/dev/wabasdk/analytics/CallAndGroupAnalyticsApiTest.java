package dev.wabasdk.analytics;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Call, template group and group analytics (Meta's Analytics page): the requests of Meta's examples on the wire, and
 * Meta's example answers parsed.
 */
class CallAndGroupAnalyticsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private WhatsApp clientAt(long epochSecond) {
    return graph.builder().clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC)).build();
  }

  private static Instant at(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond);
  }

  @Test
  void callAnalyticsSendsMetasExampleAndReadsItsAnswer() throws Exception {
    // given: the example answer of Meta's "Call analytics" section
    graph.enqueue(200, """
        {"call_analytics":{"granularity":"DAILY","directions":"USER_INITIATED","data_points":[
          {"start":1765958400,"end":1766044800,"cost":0.47795,"count":35,"average_duration":106},
          {"start":1760943600,"end":1761030000,"cost":0,"count":20,"average_duration":103},
          {"start":1760857200,"end":1760943600,"cost":0,"count":24,"average_duration":103}]},
         "id":"102290129340398"}""");

    try (WhatsApp client = clientAt(1767168000)) {
      // when: Meta's example request, user-initiated calls per day
      CallAnalytics calls = client.analytics().calls(
          CallAnalyticsQuery.builder(at(1759302000), at(1767168000), Granularity.DAILY)
              .directions("user_initiated")
              .build());

      // then: Graph's field expansion, the list as a JSON array like the other analytics fields
      RecordedRequest request = graph.take();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID);
      assertThat(request.getUrl().querySize()).isEqualTo(1);
      assertThat(request.getUrl().queryParameter("fields")).isEqualTo("call_analytics.start(1759302000)"
          + ".end(1767168000).granularity(DAILY).directions([\"USER_INITIATED\"])");
      GraphServerExtension.assertHeaders(request);

      assertThat(calls.granularity()).isSameAs(Granularity.DAILY);
      assertThat(calls.directions()).containsExactly("USER_INITIATED");
      assertThat(calls.dataPoints()).hasSize(3);
      assertThat(calls.dataPoints().get(0)).isEqualTo(new CallAnalytics.DataPoint(at(1765958400), at(1766044800),
          35L, new BigDecimal("0.47795"), new BigDecimal("106"), Map.of()));
      assertThat(calls.totalCount()).isEqualTo(79);
      assertThat(calls.totalCost()).isEqualByComparingTo("0.47795");
    }
  }

  @Test
  void callAnalyticsWritesEveryFilterInMetasOrderAndReadsTheCallingPricingPagesShape() throws Exception {
    // given: the answer of Meta's Calling API pricing page, data points under data[]
    graph.enqueue(200, """
        {"call_analytics":{"data":[{"data_points":[
          {"start":1676361600,"end":1676448000,"cost":10,"count":10,"average_duration":1,"direction":"X"}]}]},
         "id":"114525791557199"}""");

    try (WhatsApp client = clientAt(1676500000)) {
      CallAnalytics calls = client.analytics().callsAsync(
          CallAnalyticsQuery.builder(at(1676361600), at(1676448000), Granularity.HALF_HOUR)
              .phoneNumbers("+15550783881", "15550783882")
              .countryCodes("us", "BR")
              .directions("USER_INITIATED", "BUSINESS_INITIATED")
              .dimensions(Dimension.DIRECTION, Dimension.COUNTRY, Dimension.PHONE)
              .metricTypes(MetricType.COUNT, MetricType.COST, MetricType.AVERAGE_DURATION)
              .build()).get(5, TimeUnit.SECONDS);

      assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("call_analytics.start(1676361600)"
          + ".end(1676448000).granularity(HALF_HOUR).phone_numbers([\"15550783881\",\"15550783882\"])"
          + ".country_codes([\"US\",\"BR\"]).directions([\"USER_INITIATED\",\"BUSINESS_INITIATED\"])"
          + ".dimensions([\"DIRECTION\",\"COUNTRY\",\"PHONE\"])"
          + ".metric_types([\"COUNT\",\"COST\",\"AVERAGE_DURATION\"])");
      assertThat(calls.granularity()).isNull();
      assertThat(calls.directions()).isEmpty();
      // a property beyond the documented metrics is kept as Meta names it
      assertThat(calls.dataPoints()).containsExactly(new CallAnalytics.DataPoint(at(1676361600), at(1676448000), 10L,
          BigDecimal.TEN, BigDecimal.ONE, Map.of("direction", "X")));
    }
  }

  @Test
  void aRangeWithoutCallsHasNoDataPoints() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + WABA_ID + "\"}");
    try (WhatsApp client = clientAt(1767168000)) {
      CallAnalytics none = client.analytics().calls(
          CallAnalyticsQuery.builder(at(1759302000), at(1767168000), Granularity.MONTHLY).build());
      assertThat(none.dataPoints()).isEmpty();
      assertThat(none.totalCost()).isZero();
      assertThat(graph.take().getUrl().queryParameter("fields"))
          .isEqualTo("call_analytics.start(1759302000).end(1767168000).granularity(MONTHLY)");
    }
  }

  @Test
  void templateGroupAnalyticsSendsMetasExampleAndFollowsPages() throws Exception {
    // given: the example answer of Meta's "Template group analytics" section, then a last page
    graph.enqueue(200, """
        {"data":[{"granularity":"DAILY","data_points":[
          {"template_group_id":"1044106240855852","start":1739491200,"end":1739577600,"sent":1460,"delivered":1460,
           "read":1399},
          {"template_group_id":"1044106240855852","start":1739404800,"end":1739491200,"sent":673,"delivered":673,
           "read":645}]}],
         "paging":{"cursors":{"before":"MAZDZD","after":"MjQZD"},"next":"https://graph.facebook.com/next"}}""");
    graph.enqueue(200, """
        {"data":[{"granularity":"DAILY","data_points":[
          {"template_group_id":"1044106240855852","start":1739318400,"end":1739404800,"sent":2,
           "clicked":[{"type":"url_button","button_content":"Shop now","count":5}],
           "cost":[{"type":"amount_spent","value":0.03}]}]}],
         "paging":{"cursors":{"before":"MjQZD","after":"MzAZD"}}}""");

    try (WhatsApp client = clientAt(1739600000)) {
      TemplateGroupAnalytics analytics = client.analytics().templateGroups(
          TemplateGroupAnalyticsQuery.builder(at(1738465116), at(1739559516), "1044106240855852")
              .metricTypes(MetricType.SENT, MetricType.DELIVERED, MetricType.READ)
              .build());

      RecordedRequest first = graph.take();
      assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/template_group_analytics");
      assertThat(first.getUrl().encodedQuery()).isEqualTo("start=1738465116&end=1739559516&granularity=DAILY"
          + "&metric_types=%5BSENT%2CDELIVERED%2CREAD%5D&template_group_ids=%5B1044106240855852%5D");
      assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("MjQZD");

      assertThat(analytics.of("1044106240855852")).extracting(TemplateGroupAnalytics.DataPoint::sent)
          .containsExactly(1460L, 673L, 2L);
      TemplateGroupAnalytics.DataPoint first0 = analytics.dataPoints().get(0);
      assertThat(first0).isEqualTo(new TemplateGroupAnalytics.DataPoint("1044106240855852", at(1739491200),
          at(1739577600), 1460L, 1460L, 1399L, List.of(), List.of()));
      TemplateGroupAnalytics.DataPoint last = analytics.dataPoints().get(2);
      assertThat(last.read()).isNull();
      assertThat(last.clicked()).containsExactly(new TemplateAnalytics.Click("url_button", "Shop now", 5));
      assertThat(last.cost("amount_spent")).isEqualByComparingTo("0.03");
    }
  }

  /** Meta: "If use_waba_timezone param has a value of true, this value must be a date string YYYY-MM-DD". */
  @Test
  void inTheWabasTimezoneTemplateAndTemplateGroupAnalyticsSendDays() throws Exception {
    graph.enqueue(200, "{\"data\":[]}");
    graph.enqueue(200, "{\"data\":[]}");
    Instant june11 = Instant.parse("2024-06-11T00:00:00Z");
    Instant june13 = Instant.parse("2024-06-13T00:00:00Z");
    try (WhatsApp client = clientAt(1718236800)) {
      client.analytics().templateGroupsAsync(TemplateGroupAnalyticsQuery.builder(june11, june13, "1044106240855852")
          .useWabaTimezone(true).build()).get(5, TimeUnit.SECONDS);
      client.analytics().templates(TemplateAnalyticsQuery.builder(june11, june13, "1421988012088524")
          .useWabaTimezone(true).build());

      assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("start=2024-06-11&end=2024-06-13&granularity=DAILY"
          + "&template_group_ids=%5B1044106240855852%5D&use_waba_timezone=true");
      assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("start=2024-06-11&end=2024-06-13&granularity=DAILY"
          + "&template_ids=%5B1421988012088524%5D&use_waba_timezone=true");
    }
  }

  @Test
  void groupAnalyticsSendsMetasExampleAndReadsItsAnswer() throws Exception {
    // given: the example answer of Meta's "Group analytics" section
    graph.enqueue(200, """
        {"data":[{"granularity":"DAILY","data_points":[
          {"group_id":"GROUP_ID","start":1685548801,"end":1685635200,"sent":100,"delivered":250,"read":200,
           "joined":3,"left":1},
          {"group_id":"GROUP_ID","start":1685635201,"end":1685721600,"sent":80,"delivered":200,"read":150,
           "joined":1,"left":0}]}],
         "paging":{"cursors":{"before":"MAZDZD","after":"MjQZD"}}}""");

    try (WhatsApp client = clientAt(1764921600)) {
      GroupAnalytics analytics = client.analytics().groups(
          GroupAnalyticsQuery.builder(at(1764662400), at(1764921600), "GROUP_ID")
              .metricTypes(MetricType.SENT, MetricType.DELIVERED, MetricType.READ, MetricType.PARTICIPANTS_JOINED,
                  MetricType.PARTICIPANTS_LEFT)
              .build());

      // then: Meta's parameters, the lists as JSON arrays of strings as in Meta's parameter table
      RecordedRequest request = graph.take();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/group_analytics");
      assertThat(request.getUrl().queryParameter("start")).isEqualTo("1764662400");
      assertThat(request.getUrl().queryParameter("end")).isEqualTo("1764921600");
      assertThat(request.getUrl().queryParameter("granularity")).isEqualTo("DAILY");
      assertThat(request.getUrl().queryParameter("metric_types"))
          .isEqualTo("[\"SENT\",\"DELIVERED\",\"READ\",\"PARTICIPANTS_JOINED\",\"PARTICIPANTS_LEFT\"]");
      assertThat(request.getUrl().queryParameter("group_ids")).isEqualTo("[\"GROUP_ID\"]");
      assertThat(request.getUrl().queryParameter("after")).isNull();

      assertThat(analytics.dataPoints()).containsExactly(
          new GroupAnalytics.DataPoint("GROUP_ID", at(1685548801), at(1685635200), 100L, 250L, 200L, 3L, 1L),
          new GroupAnalytics.DataPoint("GROUP_ID", at(1685635201), at(1685721600), 80L, 200L, 150L, 1L, 0L));
      assertThat(analytics.totalSent()).isEqualTo(180);
    }
  }

  @Test
  void groupAnalyticsAsyncFollowsPages() throws Exception {
    graph.enqueue(200, """
        {"data":[{"data_points":[{"group_id":"Y2FwaV9ncm91cDox","start":1764633600,"end":1764720000,"joined":2}]}],
         "paging":{"cursors":{"after":"A1"},"next":"https://graph.facebook.com/next"}}""");
    graph.enqueue(200, """
        {"data":[{"data_points":[{"group_id":"Y2FwaV9ncm91cDox","start":1764720000,"end":1764806400,"joined":1}]}]}""");
    try (WhatsApp client = clientAt(1764921600)) {
      GroupAnalytics analytics = client.analytics().groupsAsync(GroupAnalyticsQuery
          .builder(at(1764633600), at(1764806400), "Y2FwaV9ncm91cDox").metricTypes(MetricType.PARTICIPANTS_JOINED)
          .build()).get(5, TimeUnit.SECONDS);

      assertThat(analytics.dataPoints()).extracting(GroupAnalytics.DataPoint::joined).containsExactly(2L, 1L);
      assertThat(analytics.dataPoints()).extracting(GroupAnalytics.DataPoint::sent).containsOnlyNulls();
      assertThat(graph.take().getUrl().queryParameter("metric_types")).isEqualTo("[\"PARTICIPANTS_JOINED\"]");
      assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("A1");
    }
  }

  @Test
  void queriesBreakingMetasRulesFailBeforeAnyRequest() {
    Instant start = at(1764662400);
    Instant end = at(1764921600);
    try (WhatsApp client = clientAt(1764921600)) {
      assertThatThrownBy(() -> CallAnalyticsQuery.builder(start, end, Granularity.DAY).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("granularity: call analytics take DAILY, HALF_HOUR, MONTHLY, was 'DAY'");
      assertThatThrownBy(() -> CallAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .metricTypes(MetricType.VOLUME).build())
          .hasMessage("metricTypes: call analytics take AVERAGE_DURATION, COST, COUNT, was 'VOLUME'");
      assertThatThrownBy(() -> CallAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .dimensions(Dimension.TIER).build())
          .hasMessage("dimensions: call analytics take COUNTRY, DIRECTION, PHONE, was 'TIER'");
      assertThatThrownBy(() -> CallAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .directions("user initiated").build())
          .hasMessage("directions: Meta's upper-case names such as USER_INITIATED, was 'user initiated'");
      assertThatThrownBy(() -> CallAnalyticsQuery.builder(end, start, Granularity.DAILY).build())
          .hasMessageStartingWith("end: call analytics need end after start");

      assertThatThrownBy(() -> TemplateGroupAnalyticsQuery.builder(start, end,
          "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11").build())
          .hasMessage("templateGroupIds: Meta takes 1 to 10 ids, was 11");
      assertThatThrownBy(() -> TemplateGroupAnalyticsQuery.builder(start, end, "1")
          .metricTypes(MetricType.VOLUME).build())
          .hasMessage("metricTypes: template group analytics take CLICKED, COST, DELIVERED, READ, SENT, was 'VOLUME'");
      // start is 08:00 UTC: not a day Meta could take with use_waba_timezone
      assertThatThrownBy(() -> TemplateGroupAnalyticsQuery.builder(start, end, "1").useWabaTimezone(true).build())
          .hasMessageStartingWith("start: template group analytics in the WABA's time zone take days");
      assertThatThrownBy(() -> TemplateAnalyticsQuery.builder(Instant.parse("2025-12-02T00:00:00Z"), end, "1")
          .useWabaTimezone(true).build())
          .hasMessageStartingWith("end: template analytics in the WABA's time zone take days");

      assertThatThrownBy(() -> GroupAnalyticsQuery.builder(start, end, "GROUP_ID").build())
          .hasMessage("metricTypes: Meta requires at least one for group analytics (SENT, DELIVERED, READ, "
              + "PARTICIPANTS_JOINED, PARTICIPANTS_LEFT), was none");
      assertThatThrownBy(() -> GroupAnalyticsQuery.builder(start, end, "GROUP_ID").metricTypes(MetricType.COST)
          .build())
          .hasMessage("metricTypes: group analytics take DELIVERED, PARTICIPANTS_JOINED, PARTICIPANTS_LEFT, READ, "
              + "SENT, was 'COST'");
      assertThatThrownBy(() -> GroupAnalyticsQuery.builder(start, end, "group/1").metricTypes(MetricType.SENT)
          .build())
          .hasMessage("groupIds: a group id has letters, digits, '_', '.', '=', '-' only, was 'group/1'");
      assertThatThrownBy(() -> new GroupAnalyticsQuery(start, end, List.of("A", "B"), List.of(MetricType.SENT)))
          .hasMessage("groupIds: Meta takes 1 group id, was 2");

      // Meta's 90-day lookback, against the client's clock
      Instant ninetyOneDaysAgo = at(1764921600).minus(Duration.ofDays(91));
      assertThatThrownBy(() -> client.analytics().templateGroups(
          TemplateGroupAnalyticsQuery.builder(ninetyOneDaysAgo, end, "1").build()))
          .hasMessageStartingWith("start: Meta keeps 90 days of template group analytics");
      assertThatThrownBy(() -> client.analytics().groupsAsync(GroupAnalyticsQuery.builder(ninetyOneDaysAgo, end, "G")
          .metricTypes(MetricType.SENT).build()))
          .hasMessageStartingWith("start: Meta keeps 90 days of group analytics");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void theNewKindsNeedTheBusinessAccountId() {
    try (WhatsApp root = graph.builder().build()) {
      WhatsApp client = root.forNumber("106540352242923");
      Instant now = Instant.now();
      assertThatThrownBy(() -> client.analytics().calls(CallAnalyticsQuery.builder(now.minusSeconds(3600), now,
          Granularity.HALF_HOUR).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("businessAccountId is required for analytics().calls(...)");
      assertThatThrownBy(() -> client.analytics().groups(GroupAnalyticsQuery.builder(now.minusSeconds(3600), now,
          "G").metricTypes(MetricType.SENT).build()))
          .hasMessageContaining("businessAccountId is required for analytics().groups(...)");
      assertThatThrownBy(() -> client.analytics().templateGroups(TemplateGroupAnalyticsQuery.builder(
          now.minusSeconds(3600), now, "1").build()))
          .hasMessageContaining("businessAccountId is required for analytics().templateGroups(...)");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void metasLowerCaseSpellingsReturnTheConstants() {
    // Meta's call analytics table writes its dimensions in lower case (phone, direction, country)
    assertThat(Dimension.of("direction")).isSameAs(Dimension.DIRECTION);
    assertThat(MetricType.of("average_duration")).isSameAs(MetricType.AVERAGE_DURATION);
    assertThat(MetricType.of("participants_left")).isSameAs(MetricType.PARTICIPANTS_LEFT);
    // Meta's template group table writes the metrics in lower case too
    assertThat(TemplateGroupAnalyticsQuery.builder(at(1), at(2), "1").metricTypes(MetricType.of("sent")).build()
        .metricTypes()).containsExactly(MetricType.SENT);
  }
}
