package dev.wabasdk.analytics;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The analytics fields of a WABA: Meta's documented requests on the wire and Meta's documented answers parsed. */
class AnalyticsApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private WhatsApp clientAt(long epochSecond) {
    return graph.builder().clock(Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC)).build();
  }

  private static Instant at(long epochSecond) {
    return Instant.ofEpochSecond(epochSecond);
  }

  @Test
  void pricingAnalyticsSendsMetasFieldExpansionAndReadsTiersAndCosts() throws Exception {
    // given: part of the example answer of Meta's "Pricing analytics" section
    graph.enqueue(200, """
        {"pricing_analytics":{"data":[{"data_points":[
          {"start":1749193200,"end":1749279600,"country":"IN","pricing_type":"FREE_CUSTOMER_SERVICE",
           "pricing_category":"SERVICE","volume":2,"cost":0},
          {"start":1749106800,"end":1749193200,"country":"IN","tier":"0:750000","pricing_type":"REGULAR",
           "pricing_category":"AUTHENTICATION_INTERNATIONAL","volume":2,"cost":4.6},
          {"start":1748934000,"end":1749020400,"country":"US","tier":"0:MAX","pricing_type":"REGULAR",
           "pricing_category":"MARKETING","volume":1,"cost":10},
          {"start":1748847600,"end":1748934000,"country":"US","pricing_type":"FREE_ENTRY_POINT",
           "pricing_category":"SERVICE","volume":6,"cost":0},
          {"start":1748761200,"end":1748847600,"country":"US","tier":"0:MAX","pricing_type":"REGULAR",
           "pricing_category":"MARKETING_LITE","volume":1,"cost":10}]}]}}""");

    try (WhatsApp client = clientAt(1749700000)) {
      // when: Meta's example request (dimensions, country codes)
      PricingAnalytics analytics = client.analytics().pricing(
          PricingAnalyticsQuery.builder(at(1748761200), at(1749687703), Granularity.DAILY)
              .countryCodes("US", "in")
              .dimensions(Dimension.PRICING_CATEGORY, Dimension.PRICING_TYPE, Dimension.TIER, Dimension.COUNTRY)
              .build());

      // then: the fields value is Meta's syntax, lists as JSON arrays of strings
      RecordedRequest request = graph.take();
      assertThat(request.getMethod()).isEqualTo("GET");
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID);
      assertThat(request.getUrl().querySize()).isEqualTo(1);
      assertThat(request.getUrl().queryParameter("fields")).isEqualTo("pricing_analytics.start(1748761200)"
          + ".end(1749687703).granularity(DAILY).country_codes([\"US\",\"IN\"])"
          + ".dimensions([\"PRICING_CATEGORY\",\"PRICING_TYPE\",\"TIER\",\"COUNTRY\"])");
      assertThat(request.getUrl().encodedQuery()).startsWith("fields=pricing_analytics.start(1748761200).end(");
      GraphServerExtension.assertHeaders(request);

      assertThat(analytics.dataPoints()).hasSize(5);
      PricingAnalytics.DataPoint auth = analytics.dataPoints().get(1);
      assertThat(auth).isEqualTo(new PricingAnalytics.DataPoint(at(1749106800), at(1749193200), null, "IN",
          new PricingAnalytics.Tier(0, 750_000L), "REGULAR", "AUTHENTICATION_INTERNATIONAL", 2L,
          new BigDecimal("4.6")));
      assertThat(analytics.dataPoints().get(2).tier()).isEqualTo(new PricingAnalytics.Tier(0, null));
      assertThat(analytics.dataPoints().get(2).tier().label()).isEqualTo("0:MAX");
      assertThat(analytics.dataPoints().get(0).tier()).isNull();
      assertThat(analytics.totalVolume()).isEqualTo(12);
      assertThat(analytics.totalCost()).isEqualByComparingTo("24.6");
    }
  }

  @Test
  void everyPricingFilterIsWrittenInMetasOrder() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + WABA_ID + "\"}");
    try (WhatsApp client = clientAt(1_730_000_000)) {
      PricingAnalytics empty = client.analytics().pricingAsync(
          PricingAnalyticsQuery.builder(at(1726014453), at(1728581152), Granularity.MONTHLY)
              .phoneNumbers("+15550783881", "15550783882")
              .countryCodes("BR")
              .metricTypes(MetricType.COST, MetricType.VOLUME)
              .pricingTypes("regular", "FREE_CUSTOMER_SERVICE")
              .pricingCategories("AUTHENTICATION", "MARKETING", "UTILITY")
              .dimensions(Dimension.PHONE)
              .build()).get(5, TimeUnit.SECONDS);

      // a range without messages: Meta leaves the field out
      assertThat(empty.dataPoints()).isEmpty();
      assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("pricing_analytics.start(1726014453)"
          + ".end(1728581152).granularity(MONTHLY).phone_numbers([\"15550783881\",\"15550783882\"])"
          + ".country_codes([\"BR\"]).metric_types([\"COST\",\"VOLUME\"])"
          + ".pricing_types([\"REGULAR\",\"FREE_CUSTOMER_SERVICE\"])"
          + ".pricing_categories([\"AUTHENTICATION\",\"MARKETING\",\"UTILITY\"]).dimensions([\"PHONE\"])");
    }
  }

  @Test
  void messagingAnalyticsReadsMetasExample() throws Exception {
    // given: the example answer of Meta's "Messaging analytics" section
    graph.enqueue(200, """
        {"analytics":{"phone_numbers":["16505550111","16505550112","16505550113"],"country_codes":["US","BR"],
          "granularity":"DAY","data_points":[
            {"start":1543543200,"end":1543629600,"sent":196093,"delivered":179715},
            {"start":1543629600,"end":1543716000,"sent":147649,"delivered":139032}]},
         "id":"102290129340398"}""");

    try (WhatsApp client = clientAt(1544148000)) {
      MessagingAnalytics analytics = client.analytics().messaging(
          MessagingAnalyticsQuery.builder(at(1543543200), at(1544148000), Granularity.DAY).build());

      assertThat(graph.take().getUrl().queryParameter("fields"))
          .isEqualTo("analytics.start(1543543200).end(1544148000).granularity(DAY)");
      assertThat(analytics.phoneNumbers()).containsExactly("16505550111", "16505550112", "16505550113");
      assertThat(analytics.countryCodes()).containsExactly("US", "BR");
      assertThat(analytics.granularity()).isSameAs(Granularity.DAY);
      assertThat(analytics.dataPoints()).containsExactly(
          new MessagingAnalytics.DataPoint(at(1543543200), at(1543629600), 196093, 179715),
          new MessagingAnalytics.DataPoint(at(1543629600), at(1543716000), 147649, 139032));
      assertThat(analytics.totalSent()).isEqualTo(343742);
      assertThat(analytics.totalDelivered()).isEqualTo(318747);
    }
  }

  /** Meta's product_types: 0 template messages, 2 non-template messages, 100 incoming messages; a JSON array. */
  @Test
  void messagingAnalyticsFiltersByProductTypeInMetasOrder() throws Exception {
    graph.enqueue(200, "{\"id\":\"" + WABA_ID + "\"}");
    try (WhatsApp client = clientAt(1544148000)) {
      client.analytics().messaging(MessagingAnalyticsQuery.builder(at(1543543200), at(1544148000), Granularity.DAY)
          .countryCodes("US")
          .productTypes(MessagingAnalyticsQuery.ProductType.TEMPLATE, MessagingAnalyticsQuery.ProductType.INCOMING,
              MessagingAnalyticsQuery.ProductType.of(2))
          .phoneNumbers("16505550111")
          .build());

      RecordedRequest request = graph.take();
      assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID);
      assertThat(request.getUrl().queryParameter("fields")).isEqualTo("analytics.start(1543543200).end(1544148000)"
          + ".granularity(DAY).phone_numbers([\"16505550111\"]).product_types([0,100,2]).country_codes([\"US\"])");
    }
  }

  @Test
  void conversationAnalyticsSendsMetasExampleRequestAndReadsItsAnswer() throws Exception {
    // given: the "half-hour data broken down by conversation category and type" example
    graph.enqueue(200, """
        {"conversation_analytics":{"data":[{"data_points":[
          {"start":1685527200,"end":1685529000,"conversation":3,"conversation_type":"REGULAR",
           "conversation_category":"MARKETING","cost":0.0432},
          {"start":1685529000,"end":1685530800,"conversation":2,"conversation_type":"REGULAR",
           "conversation_category":"AUTHENTICATION","cost":0.0128}]}]},"id":"102290129340398"}""");

    try (WhatsApp client = clientAt(1685613600)) {
      ConversationAnalytics analytics = client.analytics().conversations(
          ConversationAnalyticsQuery.builder(at(1685527200), at(1685613600), Granularity.HALF_HOUR)
              .conversationCategories("MARKETING", "AUTHENTICATION")
              .dimensions(Dimension.CONVERSATION_CATEGORY, Dimension.CONVERSATION_TYPE)
              .build());

      // then: exactly the request of Meta's example
      assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("conversation_analytics"
          + ".start(1685527200).end(1685613600).granularity(HALF_HOUR)"
          + ".conversation_categories([\"MARKETING\",\"AUTHENTICATION\"])"
          + ".dimensions([\"CONVERSATION_CATEGORY\",\"CONVERSATION_TYPE\"])");
      assertThat(analytics.dataPoints()).containsExactly(
          new ConversationAnalytics.DataPoint(at(1685527200), at(1685529000), 3L, null, null, "REGULAR", null,
              "MARKETING", new BigDecimal("0.0432")),
          new ConversationAnalytics.DataPoint(at(1685529000), at(1685530800), 2L, null, null, "REGULAR", null,
              "AUTHENTICATION", new BigDecimal("0.0128")));
      assertThat(analytics.totalCost()).isEqualByComparingTo("0.0560");
      assertThat(analytics.totalConversations()).isEqualTo(5);
    }
  }

  @Test
  void conversationAnalyticsReadsTheAnswerWithoutTheFieldWrapper() throws Exception {
    // given: Meta's "monthly data, using conversation type breakdowns" example answers {"data": [...]}
    graph.enqueue(200, """
        {"data":[{"data_points":[
          {"start":1643702400,"end":1646121600,"conversation":8500,"conversation_type":"REGULAR","cost":88.1010},
          {"start":1643702400,"end":1646121600,"conversation":1000,"conversation_type":"FREE_TIER","cost":0.0000}]}]}""");

    try (WhatsApp client = clientAt(1646121600)) {
      ConversationAnalytics analytics = client.analytics().conversationsAsync(
          ConversationAnalyticsQuery.builder(at(1643702400), at(1646121600), Granularity.MONTHLY)
              .dimensions(Dimension.CONVERSATION_TYPE).build()).get(5, TimeUnit.SECONDS);

      assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("conversation_analytics"
          + ".start(1643702400).end(1646121600).granularity(MONTHLY).dimensions([\"CONVERSATION_TYPE\"])");
      assertThat(analytics.totalConversations()).isEqualTo(9500);
      assertThat(analytics.dataPoints().get(0).cost()).isEqualByComparingTo("88.101");
    }
  }

  @Test
  void templateAnalyticsReadsMetasExampleAndFollowsPages() throws Exception {
    // given: Meta's "Getting all template analytics" answer, then a last page
    graph.enqueue(200, """
        {"data":[{"granularity":"DAILY","product_type":"cloud_api","data_points":[
          {"template_id":"1421988012088524","start":1718064000,"end":1718150400,"sent":1,"delivered":1,"read":1,
           "cost":[{"type":"amount_spent","value":0.01},{"type":"cost_per_delivered","value":0.01}]},
          {"template_id":"2632273056924580","start":1718064000,"end":1718150400,"sent":1,"delivered":1,"read":1,
           "clicked":[{"type":"quick_reply_button","button_content":"Contact Support","count":108},
                      {"type":"unique_url_button","button_content":"Tell me more","count":16}],
           "cost":[{"type":"amount_spent","value":0.03},{"type":"cost_per_delivered","value":0.03},
                   {"type":"cost_per_url_button_click","value":0.03}]}]}],
         "paging":{"cursors":{"before":"MAZDZD","after":"MjQZD"},"next":"https://graph.facebook.com/next"}}""");
    graph.enqueue(200, """
        {"data":[{"granularity":"DAILY","data_points":[
          {"template_id":"1421988012088524","start":1718150400,"end":1718236800,"sent":4,"delivered":3,"read":2}]}],
         "paging":{"cursors":{"before":"MjQZD","after":"MzAZD"}}}""");

    try (WhatsApp client = clientAt(1718236800)) {
      TemplateAnalytics analytics = client.analytics().templates(
          TemplateAnalyticsQuery.builder(at(1718064000), at(1718122745), "1421988012088524", "2632273056924580")
              .metricTypes(MetricType.COST, MetricType.CLICKED, MetricType.DELIVERED, MetricType.READ,
                  MetricType.SENT)
              .build());

      RecordedRequest first = graph.take();
      assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/" + WABA_ID + "/template_analytics");
      assertThat(first.getUrl().queryParameter("start")).isEqualTo("1718064000");
      assertThat(first.getUrl().queryParameter("end")).isEqualTo("1718122745");
      assertThat(first.getUrl().queryParameter("granularity")).isEqualTo("DAILY");
      assertThat(first.getUrl().queryParameter("metric_types")).isEqualTo("[COST,CLICKED,DELIVERED,READ,SENT]");
      assertThat(first.getUrl().queryParameter("template_ids")).isEqualTo("[1421988012088524,2632273056924580]");
      assertThat(first.getUrl().queryParameter("after")).isNull();
      assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("MjQZD");

      assertThat(analytics.dataPoints()).hasSize(3);
      TemplateAnalytics.DataPoint clicked = analytics.of("2632273056924580").get(0);
      assertThat(clicked.clicked()).containsExactly(
          new TemplateAnalytics.Click("quick_reply_button", "Contact Support", 108),
          new TemplateAnalytics.Click("unique_url_button", "Tell me more", 16));
      assertThat(clicked.cost("cost_per_url_button_click")).isEqualByComparingTo("0.03");
      assertThat(analytics.of("1421988012088524")).extracting(TemplateAnalytics.DataPoint::sent)
          .containsExactly(1L, 4L);
    }
  }

  /** product_type (Meta: "If omitted, only analytics for Cloud API will be returned") and use_waba_timezone. */
  @Test
  void templateAnalyticsOfTheMarketingMessagesApiInTheWabasTimezone() throws Exception {
    graph.enqueue(200, """
        {"data":[{"granularity":"DAILY","product_type":"marketing_messages_api_for_whatsapp","data_points":[
          {"template_id":"1421988012088524","start":1718064000,"end":1718150400,"sent":3,"delivered":3}]}]}""");
    try (WhatsApp client = clientAt(1718236800)) {
      TemplateAnalytics analytics = client.analytics().templates(
          TemplateAnalyticsQuery.builder(at(1718064000), at(1718150400), "1421988012088524")
              .productType(TemplateAnalyticsQuery.ProductType.MARKETING_MESSAGES_API_FOR_WHATSAPP)
              .useWabaTimezone(true)
              .build());

      // in the WABA's time zone Meta takes days (YYYY-MM-DD), not timestamps
      assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("start=2024-06-11&end=2024-06-12"
          + "&granularity=DAILY&template_ids=%5B1421988012088524%5D"
          + "&product_type=MARKETING_MESSAGES_API_FOR_WHATSAPP&use_waba_timezone=true");
      assertThat(analytics.dataPoints()).extracting(TemplateAnalytics.DataPoint::sent).containsExactly(3L);
    }
  }

  @Test
  void templateAnalyticsAsyncFollowsPagesToo() throws Exception {
    graph.enqueue(200, """
        {"data":[{"data_points":[{"template_id":"1","start":1718064000,"end":1718150400,"sent":2}]}],
         "paging":{"cursors":{"after":"A1"},"next":"https://graph.facebook.com/next"}}""");
    graph.enqueue(200, """
        {"data":[{"data_points":[{"template_id":"1","start":1718150400,"end":1718236800,"sent":5}]}]}""");
    try (WhatsApp client = clientAt(1718236800)) {
      TemplateAnalytics analytics = client.analytics()
          .templatesAsync(TemplateAnalyticsQuery.builder(at(1718064000), at(1718236800), "1").build())
          .get(5, TimeUnit.SECONDS);

      assertThat(analytics.dataPoints()).extracting(TemplateAnalytics.DataPoint::sent).containsExactly(2L, 5L);
      RecordedRequest first = graph.take();
      assertThat(first.getUrl().queryParameter("metric_types")).isNull();
      // Meta's defaults (Cloud API, UTC days) are not written
      assertThat(first.getUrl().queryParameter("product_type")).isNull();
      assertThat(first.getUrl().queryParameter("use_waba_timezone")).isNull();
      assertThat(graph.take().getUrl().queryParameter("after")).isEqualTo("A1");
    }
  }

  @Test
  void queriesBreakingMetasRulesFailBeforeAnyRequest() {
    Instant start = at(1748761200);
    Instant end = at(1749687703);
    try (WhatsApp client = clientAt(1749700000)) {
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(start, end, Granularity.DAY).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("granularity: pricing analytics take DAILY, HALF_HOUR, MONTHLY, was 'DAY'");
      assertThatThrownBy(() -> MessagingAnalyticsQuery.builder(start, end, Granularity.DAILY).build())
          .hasMessage("granularity: messaging analytics take DAY, HALF_HOUR, MONTH, was 'DAILY'");
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(end, start, Granularity.DAILY).build())
          .hasMessageStartingWith("end: pricing analytics need end after start");
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .dimensions(Dimension.TIER, Dimension.COUNTRY).build())
          .hasMessageStartingWith("dimensions: TIER needs COUNTRY and PRICING_CATEGORY");
      assertThatThrownBy(() -> ConversationAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .metricTypes(MetricType.VOLUME).build())
          .hasMessage("metricTypes: conversation analytics take CONVERSATION, COST, was 'VOLUME'");
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .dimensions(Dimension.CONVERSATION_TYPE).build())
          .hasMessageStartingWith("dimensions: pricing analytics take COUNTRY, PHONE, PRICING_CATEGORY");
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .countryCodes("USA").build())
          .hasMessage("countryCodes: ISO 3166 alpha-2 codes such as US, was 'USA'");
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .phoneNumbers("555-0100").build())
          .hasMessage("phoneNumbers: a business phone number is 4 to 15 digits, was '555-0100'");
      assertThatThrownBy(() -> PricingAnalyticsQuery.builder(start, end, Granularity.DAILY)
          .pricingCategories("utility\")").build())
          .hasMessageStartingWith("pricingCategories: Meta's upper-case names");
      assertThatThrownBy(() -> TemplateAnalyticsQuery.builder(start, end,
          "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11").build())
          .hasMessage("templateIds: Meta takes 1 to 10 ids, was 11");
      assertThatThrownBy(() -> TemplateAnalyticsQuery.builder(start, end).build())
          .hasMessage("templateIds: Meta takes 1 to 10 ids, was 0");

      // Meta's lookback, against the client's clock
      Instant yearAndADayAgo = at(1749700000).minus(Duration.ofDays(367));
      assertThatThrownBy(() -> client.analytics().pricing(
          PricingAnalyticsQuery.builder(yearAndADayAgo, end, Granularity.MONTHLY).build()))
          .hasMessageStartingWith("start: Meta keeps 1 year of pricing analytics");
      Instant ninetyOneDaysAgo = at(1749700000).minus(Duration.ofDays(91));
      assertThatThrownBy(() -> client.analytics().templatesAsync(
          TemplateAnalyticsQuery.builder(ninetyOneDaysAgo, end, "1").build()))
          .hasMessageStartingWith("start: Meta keeps 90 days of template analytics");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void analyticsNeedTheBusinessAccountId() {
    try (WhatsApp root = graph.builder().build()) {
      // a view of another number without its WABA id
      WhatsApp client = root.forNumber("106540352242923");
      assertThatThrownBy(() -> client.analytics().messaging(MessagingAnalyticsQuery.builder(
          Instant.now().minusSeconds(3600), Instant.now(), Granularity.HALF_HOUR).build()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("businessAccountId is required for analytics().messaging(...)");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void costNotAvailableForPartnerBilledBusinessesReachesTheCaller() {
    graph.enqueueError(400, 100, "Cost is no longer shown for businesses who bill through a partner");
    try (WhatsApp client = clientAt(1749700000)) {
      assertThatThrownBy(() -> client.analytics().pricing(PricingAnalyticsQuery
          .builder(at(1748761200), at(1749687703), Granularity.DAILY).metricTypes(MetricType.COST).build()))
          .isInstanceOf(WabaApiException.class);
    }
  }

  @Test
  void openValuesKeepUnknownNamesAndReturnConstants() {
    assertThat(Granularity.of("daily")).isSameAs(Granularity.DAILY);
    assertThat(Dimension.of("tier")).isSameAs(Dimension.TIER);
    assertThat(MetricType.of("Volume")).isSameAs(MetricType.VOLUME);
    assertThat(MetricType.of("APP_PURCHASES").isKnown()).isFalse();
    assertThat(Granularity.of("WEEKLY")).isEqualTo(new Granularity("WEEKLY"));
    // an unknown metric (Marketing Messages API) is passed on, not refused
    assertThat(TemplateAnalyticsQuery.builder(at(1), at(2), "1").metricTypes(MetricType.of("APP_PURCHASES"))
        .build().metricTypes()).containsExactly(MetricType.of("APP_PURCHASES"));
    assertThat(PricingAnalytics.Tier.of("25000001:MAX")).isEqualTo(new PricingAnalytics.Tier(25_000_001, null));
    assertThatThrownBy(() -> PricingAnalytics.Tier.of("tier-2"))
        .hasMessage("tier: Meta writes <lower>:<upper> such as 0:750000 or 0:MAX, was 'tier-2'");
    assertThat(List.of(Granularity.HALF_HOUR, Granularity.MONTHLY)).allMatch(Granularity::isKnown);
    assertThat(MessagingAnalyticsQuery.ProductType.of(100)).isSameAs(MessagingAnalyticsQuery.ProductType.INCOMING);
    assertThat(MessagingAnalyticsQuery.ProductType.of(7).isKnown()).isFalse();
    assertThatThrownBy(() -> MessagingAnalyticsQuery.ProductType.of(-1))
        .hasMessage("productTypes: Meta's codes are 0 or more (0 template, 2 non-template, 100 incoming), was -1");
    assertThat(TemplateAnalyticsQuery.ProductType.of("cloud_api"))
        .isSameAs(TemplateAnalyticsQuery.ProductType.CLOUD_API);
    assertThat(TemplateAnalyticsQuery.ProductType.of("WHATSAPP_BUSINESS_APP").isKnown()).isFalse();
    assertThatThrownBy(() -> TemplateAnalyticsQuery.builder(at(1), at(2), "1")
        .productType(TemplateAnalyticsQuery.ProductType.of("cloud api\")")).build())
        .hasMessage("productType: Meta's upper-case names, was 'cloud api\")'");
  }
}
