package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.analytics.Dimension;
import dev.wabasdk.analytics.Granularity;
import dev.wabasdk.analytics.MessagingAnalytics;
import dev.wabasdk.analytics.MessagingAnalyticsQuery;
import dev.wabasdk.analytics.PricingAnalytics;
import dev.wabasdk.analytics.PricingAnalyticsQuery;
import dev.wabasdk.analytics.TemplateAnalytics;
import dev.wabasdk.analytics.TemplateAnalyticsQuery;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.HistoryEvent;
import dev.wabasdk.cost.PeriodReconciliation;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's analytics come from what it delivered: its message log and the pricing of its status webhooks. */
class AnalyticsFakeTest {
  private static final Instant MONDAY = Instant.parse("2026-08-03T09:00:00Z");
  private static final Instant DAY_ONE = Instant.parse("2026-08-03T00:00:00Z");
  private static final Instant DAY_TWO = Instant.parse("2026-08-04T00:00:00Z");
  private static final Instant DAY_THREE = Instant.parse("2026-08-05T00:00:00Z");
  private static final String BR = "+5511987654321";
  private static final String IN = "+919812345678";
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";

  private FakeWhatsApp fake;
  private WhatsApp client;
  private final List<HistoryEvent> history = new ArrayList<>();

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().startAt(MONDAY)
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Order shipped.")
        .approvedTemplate("spring_sale", "en_US", TemplateCategory.MARKETING, "Spring sale!")
        .tenant(WABA_B, NUMBER_B, TOKEN_B, "+49 30 1234567")
        .start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private void template(String to, String name, PricingCategory category) {
    client.messages().send(TemplateMessage.builder().to(to).name(name).language("en_US").build());
    history.add(HistoryEvent.outbound(to, fake.clock().instant(), category));
  }

  /** Day one: BR writes, gets a service reply, a utility and a marketing template; day two: two more templates. */
  private void twoDays() {
    history.add(HistoryEvent.inbound(BR, fake.user(BR).sends("hi").timestamp()));
    client.messages().send(Message.text(BR, "Hello!"));
    history.add(HistoryEvent.outbound(BR, fake.clock().instant(), PricingCategory.SERVICE));
    fake.clock().advance(Duration.ofHours(1));
    template(BR, "order_update", PricingCategory.UTILITY);   // free: inside the window (before 2026-10-01)
    template(BR, "spring_sale", PricingCategory.MARKETING);
    fake.clock().advance(Duration.ofHours(30));
    template(BR, "order_update", PricingCategory.UTILITY);   // charged: the window closed
    template(IN, "spring_sale", PricingCategory.MARKETING);
  }

  @Test
  void templateInsightsAreConfirmedOnceAndForGood() {
    assertThat(client.analytics().templateInsightsEnabled()).isFalse();
    client.analytics().enableTemplateInsights();
    client.analytics().enableTemplateInsights(); // again: nothing changes
    assertThat(client.analytics().templateInsightsEnabled()).isTrue();

    Wire wire = new Wire(fake);
    assertThat(wire.post("/v26.0/" + fake.businessAccountId() + "?is_enabled_for_insights=false", "")
        .at("error", "code")).isEqualTo(100L);
    assertThat(client.analytics().templateInsightsEnabled()).isTrue();
    fake.reset();
    assertThat(client.analytics().templateInsightsEnabled()).isFalse();
  }

  @Test
  void messagingAnalyticsCountWhatTheFakeDeliveredPerDay() {
    twoDays();

    MessagingAnalytics daily = client.analytics().messaging(
        MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAY).build());

    assertThat(daily.phoneNumbers()).singleElement().asString().matches("\\d{8,15}");
    assertThat(daily.dataPoints()).containsExactly(
        new MessagingAnalytics.DataPoint(DAY_ONE, DAY_TWO, 3, 3),
        new MessagingAnalytics.DataPoint(DAY_TWO, DAY_THREE, 2, 2));
    assertThat(fake.lastRequest().path()).isEqualTo("/v26.0/" + fake.businessAccountId());

    // the range and the country filter are honoured; a month is one point
    MessagingAnalytics secondDayInIndia = client.analytics().messaging(
        MessagingAnalyticsQuery.builder(DAY_TWO, DAY_THREE, Granularity.HALF_HOUR).countryCodes("IN").build());
    assertThat(secondDayInIndia.dataPoints()).singleElement().satisfies(p -> {
      assertThat(p.sent()).isEqualTo(1);
      assertThat(p.end()).isEqualTo(p.start().plus(Duration.ofMinutes(30)));
    });
    assertThat(client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.MONTH)
        .build()).dataPoints()).singleElement().satisfies(p -> {
          assertThat(p.start()).isEqualTo(Instant.parse("2026-08-01T00:00:00Z"));
          assertThat(p.end()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z"));
          assertThat(p.delivered()).isEqualTo(5);
        });
  }

  /** product_types: 0 template messages, 2 non-template messages, 100 incoming messages. */
  @Test
  void messagingAnalyticsCountTheProductTypesAsked() {
    twoDays();

    assertThat(client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAY)
        .productTypes(MessagingAnalyticsQuery.ProductType.TEMPLATE).build()).dataPoints()).containsExactly(
            new MessagingAnalytics.DataPoint(DAY_ONE, DAY_TWO, 2, 2),
            new MessagingAnalytics.DataPoint(DAY_TWO, DAY_THREE, 2, 2));
    assertThat(client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAY)
        .productTypes(MessagingAnalyticsQuery.ProductType.NON_TEMPLATE).build()).dataPoints()).containsExactly(
            new MessagingAnalytics.DataPoint(DAY_ONE, DAY_TWO, 1, 1));
    // BR's "hi": an incoming message, alone or with the business's non-template reply
    assertThat(client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAY)
        .productTypes(MessagingAnalyticsQuery.ProductType.INCOMING).build()).dataPoints()).containsExactly(
            new MessagingAnalytics.DataPoint(DAY_ONE, DAY_TWO, 1, 1));
    assertThat(client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.MONTH)
        .productTypes(MessagingAnalyticsQuery.ProductType.NON_TEMPLATE, MessagingAnalyticsQuery.ProductType.INCOMING)
        .countryCodes("BR").build()).totalSent()).isEqualTo(2);
    assertThatThrownBy(() -> client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE,
        Granularity.DAY).productTypes(MessagingAnalyticsQuery.ProductType.of(7)).build()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("product_types"));
  }

  @Test
  void pricingAnalyticsAgreeWithTheEstimatorsReplayOfTheSameHistory() {
    twoDays();

    PricingAnalytics meta = client.analytics().pricing(
        PricingAnalyticsQuery.forReconciliation(DAY_ONE, DAY_THREE, Granularity.DAILY));

    assertThat(meta.totalVolume()).isEqualTo(5);
    assertThat(meta.dataPoints()).filteredOn(p -> "UTILITY".equals(p.pricingCategory()))
        .extracting(PricingAnalytics.DataPoint::pricingType, PricingAnalytics.DataPoint::volume)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FREE_CUSTOMER_SERVICE", 1L),
            org.assertj.core.groups.Tuple.tuple("REGULAR", 1L));
    assertThat(meta.dataPoints()).filteredOn(p -> "MARKETING".equals(p.pricingCategory()))
        .allSatisfy(p -> assertThat(p.tier()).hasToString("0:MAX"));
    assertThat(meta.dataPoints()).filteredOn(p -> "FREE_CUSTOMER_SERVICE".equals(p.pricingType()))
        .allSatisfy(p -> assertThat(p.tier()).isNull());

    CostEstimator estimator = CostEstimator.builder().marketingDeliveryPauses(false).build();
    PeriodReconciliation.Report report = PeriodReconciliation.compare(meta, "USD",
        estimator.replay(history, PricingModel.PMP), estimator);
    assertThat(report.differences()).as(report.toTable()).isEmpty();

    // filters: only charged messages, by category
    PricingAnalytics charged = client.analytics().pricing(PricingAnalyticsQuery
        .builder(DAY_ONE, DAY_THREE, Granularity.MONTHLY).pricingTypes("REGULAR")
        .dimensions(Dimension.PRICING_CATEGORY).build());
    assertThat(charged.dataPoints()).extracting(PricingAnalytics.DataPoint::pricingCategory,
        PricingAnalytics.DataPoint::volume).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("MARKETING", 2L), org.assertj.core.groups.Tuple.tuple("UTILITY", 1L));
    assertThat(charged.totalCost()).isEqualByComparingTo(meta.totalCost());
  }

  @Test
  void templateAnalyticsCountSendsPerTemplateAndDay() {
    twoDays();
    String utility = fake.templates().get("order_update", "en_US").id();
    String marketing = fake.templates().get("spring_sale", "en_US").id();

    TemplateAnalytics analytics = client.analytics().templates(
        TemplateAnalyticsQuery.builder(DAY_ONE, DAY_THREE, utility).build());

    assertThat(analytics.dataPoints()).extracting(TemplateAnalytics.DataPoint::templateId,
        TemplateAnalytics.DataPoint::start, TemplateAnalytics.DataPoint::sent)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(utility, DAY_ONE, 1L),
            org.assertj.core.groups.Tuple.tuple(utility, DAY_TWO, 1L));
    assertThat(analytics.dataPoints().get(0).cost("amount_spent")).isZero();
    assertThat(analytics.dataPoints().get(1).cost("amount_spent")).isPositive();
    assertThat(client.analytics().templates(TemplateAnalyticsQuery.builder(DAY_TWO, DAY_THREE, utility, marketing)
        .build()).dataPoints()).hasSize(2);
  }

  /** Meta: without product_type only Cloud API sends count; the Marketing Messages API's are asked for apart. */
  @Test
  void templateAnalyticsSeparateCloudApiAndMarketingMessagesApiSends() {
    twoDays();
    fake.account().marketingMessagesOnboarded(true);
    client.marketingMessages().send(TemplateMessage.builder().to(IN).name("spring_sale").language("en_US").build());
    String marketing = fake.templates().get("spring_sale", "en_US").id();

    TemplateAnalytics cloudApi = client.analytics().templates(
        TemplateAnalyticsQuery.builder(DAY_ONE, DAY_THREE, marketing).useWabaTimezone(true).build());
    assertThat(cloudApi.dataPoints()).extracting(TemplateAnalytics.DataPoint::start,
        TemplateAnalytics.DataPoint::sent).containsExactly(org.assertj.core.groups.Tuple.tuple(DAY_ONE, 1L),
            org.assertj.core.groups.Tuple.tuple(DAY_TWO, 1L));
    assertThat(fake.lastRequest().query()).contains("use_waba_timezone=true");

    TemplateAnalytics marketingMessagesApi = client.analytics().templates(
        TemplateAnalyticsQuery.builder(DAY_ONE, DAY_THREE, marketing)
            .productType(TemplateAnalyticsQuery.ProductType.MARKETING_MESSAGES_API_FOR_WHATSAPP).build());
    assertThat(marketingMessagesApi.dataPoints()).extracting(TemplateAnalytics.DataPoint::start,
        TemplateAnalytics.DataPoint::sent).containsExactly(org.assertj.core.groups.Tuple.tuple(DAY_TWO, 1L));
    assertThat(client.analytics().templates(TemplateAnalyticsQuery.builder(DAY_ONE, DAY_THREE, marketing)
        .productType(TemplateAnalyticsQuery.ProductType.CLOUD_API).build())).isEqualTo(cloudApi);

    assertThatThrownBy(() -> client.analytics().templates(TemplateAnalyticsQuery.builder(DAY_ONE, DAY_THREE,
        marketing).productType(TemplateAnalyticsQuery.ProductType.of("WHATSAPP_BUSINESS_APP")).build()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("product_type"));
  }

  @Test
  void eachBusinessSeesOnlyItsOwnMessages() {
    twoDays();
    FakeWhatsApp b = fake.tenant(NUMBER_B);
    b.user(BR).sends("Hallo B");
    try (WhatsApp clientB = b.clientBuilder().build()) {
      clientB.messages().send(Message.text(BR, "Antwort von B"));
      MessagingAnalytics ofB = clientB.analytics().messaging(
          MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.MONTH).build());
      assertThat(ofB.phoneNumbers()).containsExactly("49301234567");
      assertThat(ofB.totalSent()).isEqualTo(1);
    }
    assertThat(client.analytics().messaging(MessagingAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.MONTH)
        .build()).totalSent()).isEqualTo(5);
  }

  @Test
  void theFakeRefusesWhatMetaRefuses() {
    String path = fake.businessAccountId();
    String start = Long.toString(DAY_ONE.getEpochSecond());
    String end = Long.toString(DAY_TWO.getEpochSecond());
    assertThatThrownBy(() -> client.raw().get(path, Map.of("fields",
        "pricing_analytics.start(" + start + ").end(" + end + ").granularity(DAY)")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.getMessage()).contains("granularity");
        });
    assertThatThrownBy(() -> client.raw().get(path + "/template_analytics", Map.of("start", start,
        "end", end, "granularity", "DAILY", "template_ids", "[1,2,3,4,5,6,7,8,9,10,11]")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("1 to 10"));
    // Meta keeps 90 days of template analytics
    String longAgo = Long.toString(DAY_ONE.minus(Duration.ofDays(91)).getEpochSecond());
    assertThatThrownBy(() -> client.raw().get(path + "/template_analytics", Map.of("start", longAgo,
        "end", end, "granularity", "DAILY", "template_ids", "[1]")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("90 days"));
  }
}
