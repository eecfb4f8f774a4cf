package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.analytics.CallAnalytics;
import dev.wabasdk.analytics.CallAnalyticsQuery;
import dev.wabasdk.analytics.Dimension;
import dev.wabasdk.analytics.Granularity;
import dev.wabasdk.analytics.GroupAnalytics;
import dev.wabasdk.analytics.GroupAnalyticsQuery;
import dev.wabasdk.analytics.MetricType;
import dev.wabasdk.analytics.TemplateAnalyticsQuery;
import dev.wabasdk.analytics.TemplateGroupAnalytics;
import dev.wabasdk.analytics.TemplateGroupAnalyticsQuery;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.group.NewGroup;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Call, template group and group analytics come from what the fake did: its calls, template sends and groups. */
class CallAndGroupAnalyticsFakeTest {
  private static final Instant MONDAY = Instant.parse("2026-08-03T09:00:00Z");
  private static final Instant DAY_ONE = Instant.parse("2026-08-03T00:00:00Z");
  private static final Instant DAY_TWO = Instant.parse("2026-08-04T00:00:00Z");
  private static final Instant DAY_THREE = Instant.parse("2026-08-05T00:00:00Z");
  private static final String SDP = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=app\r\nt=0 0\r\n";
  private static final String DE = "+4915112345678";
  private static final String BR = "+5511987654321";
  private static final String US = "+16505551234";
  private static final String IN = "+919812345678";

  private FakeWhatsApp fake;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().startAt(MONDAY)
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Order shipped.")
        .approvedTemplate("spring_sale", "en_US", TemplateCategory.MARKETING, "Spring sale!")
        .approvedTemplate("welcome", "en_US", TemplateCategory.UTILITY, "Welcome.")
        .start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private void userCallAnsweredFor(String phone, Duration length) {
    String callId = fake.user(phone).calls().id();
    client.calling().accept(callId, SDP);
    fake.clock().advance(length);
    client.calling().terminate(callId);
  }

  /**
   * Day one: DE calls (60 s), BR calls (30 s, hangs up), US calls and hangs up while it rings, the business calls DE
   * (90 s); day two: BR calls (20 s).
   */
  private void twoDaysOfCalls() {
    userCallAnsweredFor(DE, Duration.ofSeconds(60));
    String brCall = fake.user(BR).calls().id();
    client.calling().accept(brCall, SDP);
    fake.clock().advance(Duration.ofSeconds(30));
    fake.user(BR).hangsUp(brCall);
    fake.user(US).calls().hangsUp(); // never connected: not a completed call
    fake.user(DE).grantsCallPermission(false);
    String businessCall = client.calling().connect(DE, SDP);
    fake.user(DE).answersCall(businessCall);
    fake.clock().advance(Duration.ofSeconds(90));
    fake.user(DE).hangsUp(businessCall);
    fake.clock().advance(Duration.ofDays(1));
    userCallAnsweredFor(BR, Duration.ofSeconds(20));
  }

  @Test
  void callAnalyticsCountCompletedCallsAndTheirAverageDuration() {
    twoDaysOfCalls();

    CallAnalytics daily = client.analytics().calls(
        CallAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAILY).build());

    assertThat(fake.lastRequest().path()).isEqualTo("/v26.0/" + fake.businessAccountId());
    assertThat(daily.granularity()).isSameAs(Granularity.DAILY);
    assertThat(daily.directions()).isEmpty();
    // no calling rate card in the fake: no cost, as Meta answers businesses billed through a partner
    assertThat(daily.dataPoints()).containsExactly(
        new CallAnalytics.DataPoint(DAY_ONE, DAY_TWO, 3L, null, new BigDecimal("60"), Map.of()),
        new CallAnalytics.DataPoint(DAY_TWO, DAY_THREE, 1L, null, new BigDecimal("20"), Map.of()));

    // Meta's example: user-initiated calls only; the direction asked for is echoed
    CallAnalytics userInitiated = client.analytics().calls(CallAnalyticsQuery
        .builder(DAY_ONE, DAY_TWO, Granularity.HALF_HOUR).directions("USER_INITIATED").build());
    assertThat(userInitiated.directions()).containsExactly("USER_INITIATED");
    assertThat(userInitiated.dataPoints()).singleElement().satisfies(p -> {
      assertThat(p.count()).isEqualTo(2);
      assertThat(p.averageDuration()).isEqualByComparingTo("45");
      assertThat(p.start()).isEqualTo(Instant.parse("2026-08-03T09:00:00Z"));
      assertThat(p.end()).isEqualTo(Instant.parse("2026-08-03T09:30:00Z"));
    });

    // the country, phone number and metric filters
    assertThat(client.analytics().calls(CallAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.MONTHLY)
        .countryCodes("BR").metricTypes(MetricType.COUNT).build()).dataPoints()).singleElement()
        .satisfies(p -> {
          assertThat(p.count()).isEqualTo(2);
          assertThat(p.averageDuration()).isNull();
          assertThat(p.start()).isEqualTo(Instant.parse("2026-08-01T00:00:00Z"));
        });
    assertThat(client.analytics().calls(CallAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAILY)
        .directions("BUSINESS_INITIATED").dimensions(Dimension.DIRECTION).build()).totalCount()).isEqualTo(1);
    assertThat(client.analytics().calls(CallAnalyticsQuery.builder(DAY_ONE, DAY_THREE, Granularity.DAILY)
        .phoneNumbers("15550000000").build()).dataPoints()).isEmpty();
  }

  @Test
  void callAnalyticsRefuseWhatMetaRefuses() {
    String path = fake.businessAccountId();
    String range = ".start(" + DAY_ONE.getEpochSecond() + ").end(" + DAY_TWO.getEpochSecond() + ")";
    assertThatThrownBy(() -> client.raw().get(path, Map.of("fields", "call_analytics" + range + ".granularity(DAY)")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.getMessage()).contains("granularity");
        });
    // values newer than the SDK pass its checks; the fake answers as Graph does for a value it does not take
    assertThatThrownBy(() -> client.analytics().calls(CallAnalyticsQuery.builder(DAY_ONE, DAY_TWO, Granularity.DAILY)
        .directions("OUTBOUND").build()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("directions"));
    assertThatThrownBy(() -> client.analytics().calls(CallAnalyticsQuery.builder(DAY_ONE, DAY_TWO, Granularity.DAILY)
        .dimensions(Dimension.of("CARRIER")).build()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("dimensions"));
    assertThatThrownBy(() -> client.raw().get(path, Map.of("fields", "call_analytics.granularity(DAILY)")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("start"));
  }

  private void template(String to, String name) {
    client.messages().send(TemplateMessage.builder().to(to).name(name).language("en_US").build());
  }

  @Test
  void templateGroupAnalyticsCountTheSendsOfTheGroupsTemplates() {
    String order = fake.templates().get("order_update", "en_US").id();
    String sale = fake.templates().get("spring_sale", "en_US").id();
    String blackFriday = fake.account().templateGroup("Black Friday", order, sale);
    template(BR, "order_update");
    template(US, "order_update");
    template(BR, "spring_sale");
    template(BR, "welcome"); // in no group
    fake.clock().advance(Duration.ofDays(1));
    template(IN, "spring_sale");

    TemplateGroupAnalytics analytics = client.analytics().templateGroups(
        TemplateGroupAnalyticsQuery.builder(DAY_ONE, DAY_THREE, blackFriday).build());

    assertThat(fake.lastRequest().path()).endsWith("/" + fake.businessAccountId() + "/template_group_analytics");
    assertThat(analytics.of(blackFriday)).extracting(TemplateGroupAnalytics.DataPoint::start,
        TemplateGroupAnalytics.DataPoint::sent, TemplateGroupAnalytics.DataPoint::delivered)
        .containsExactly(tuple(DAY_ONE, 3L, 3L), tuple(DAY_TWO, 1L, 1L));
    assertThat(analytics.dataPoints().get(1).cost("amount_spent")).isPositive();

    TemplateGroupAnalytics sentOnly = client.analytics().templateGroups(TemplateGroupAnalyticsQuery
        .builder(DAY_ONE, DAY_TWO, blackFriday, "999").metricTypes(MetricType.SENT).build());
    assertThat(sentOnly.dataPoints()).singleElement().satisfies(p -> {
      assertThat(p.sent()).isEqualTo(3);
      assertThat(p.delivered()).isNull();
      assertThat(p.cost()).isEmpty();
    });
    // days in the WABA's time zone (the fake's is UTC)
    assertThat(client.analytics().templateGroups(TemplateGroupAnalyticsQuery.builder(DAY_TWO, DAY_THREE, blackFriday)
        .useWabaTimezone(true).build()).dataPoints()).extracting(TemplateGroupAnalytics.DataPoint::sent)
        .containsExactly(1L);
    assertThat(fake.lastRequest().query()).contains("start=2026-08-04").contains("use_waba_timezone=true");
  }

  @Test
  void templateGroupsKeepMetasLimitations() {
    String order = fake.templates().get("order_update", "en_US").id();
    String sale = fake.templates().get("spring_sale", "en_US").id();
    fake.account().templateGroup("Black Friday", order);

    assertThatThrownBy(() -> fake.account().templateGroup("Black Friday", sale))
        .hasMessageContaining("names must be unique");
    assertThatThrownBy(() -> fake.account().templateGroup("Cyber Monday", order, sale))
        .hasMessageContaining("a template can be part of one template group at a time");
    assertThatThrownBy(() -> fake.account().templateGroup("Cyber Monday", "123"))
        .hasMessageContaining("Template 123 does not exist");
  }

  @Test
  void templateAndTemplateGroupAnalyticsRefuseWhatMetaRefuses() {
    String path = fake.businessAccountId();
    String start = Long.toString(DAY_ONE.getEpochSecond());
    String end = Long.toString(DAY_TWO.getEpochSecond());
    // Meta: with use_waba_timezone=true, start and end "must be a date string in the format YYYY-MM-DD"
    for (String edge : new String[] {"/template_analytics", "/template_group_analytics"}) {
      String ids = edge.equals("/template_analytics") ? "template_ids" : "template_group_ids";
      assertThatThrownBy(() -> client.raw().get(path + edge, Map.of("start", start, "end", end,
          "granularity", "DAILY", ids, "[1]", "use_waba_timezone", "true")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> {
            assertThat(e.code()).isEqualTo(100);
            assertThat(e.getMessage()).contains("YYYY-MM-DD");
          });
    }
    assertThatThrownBy(() -> client.raw().get(path + "/template_group_analytics", Map.of("start", start,
        "end", end, "granularity", "DAILY", "template_group_ids", "[1,2,3,4,5,6,7,8,9,10,11]")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("1 to 10"));
    String longAgo = Long.toString(DAY_ONE.minus(Duration.ofDays(91)).getEpochSecond());
    assertThatThrownBy(() -> client.raw().get(path + "/template_group_analytics", Map.of("start", longAgo,
        "end", end, "granularity", "DAILY", "template_group_ids", "[1]")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("90 days"));
    assertThat(client.analytics().templates(TemplateAnalyticsQuery.builder(DAY_ONE, DAY_TWO, "1")
        .useWabaTimezone(true).build()).dataPoints()).isEmpty();
  }

  @Test
  void groupAnalyticsCountMessagesDeliveriesAndParticipantsPerDay() {
    client.groups().create(NewGroup.of("Order 1234"));
    String group = fake.groups().get(0).id();
    fake.user(DE).joinsGroup(group);
    fake.user(US).joinsGroup(group);
    fake.user(DE).writesInGroup(group, "Where is my parcel?");
    client.messages().send(Message.text(Recipient.group(group), "It ships today"));
    client.messages().send(Message.text(Recipient.group(group), "Tracking: 1Z999"));
    fake.user(US).leavesGroup(group);
    fake.clock().advance(Duration.ofDays(1));
    fake.user(BR).joinsGroup(group);
    fake.user(BR).writesInGroup(group, "Mine too?");
    client.messages().send(Message.text(Recipient.group(group), "Yes"));

    GroupAnalytics analytics = client.analytics().groups(GroupAnalyticsQuery.builder(DAY_ONE, DAY_THREE, group)
        .metricTypes(MetricType.SENT, MetricType.DELIVERED, MetricType.READ, MetricType.PARTICIPANTS_JOINED,
            MetricType.PARTICIPANTS_LEFT)
        .build());

    assertThat(fake.lastRequest().path()).endsWith("/" + fake.businessAccountId() + "/group_analytics");
    // the fake's participants read nothing
    assertThat(analytics.dataPoints()).containsExactly(
        new GroupAnalytics.DataPoint(group, DAY_ONE, DAY_TWO, 2L, 4L, 0L, 2L, 1L),
        new GroupAnalytics.DataPoint(group, DAY_TWO, DAY_THREE, 1L, 2L, 0L, 1L, 0L));

    GroupAnalytics joined = client.analytics().groups(GroupAnalyticsQuery.builder(DAY_TWO, DAY_THREE, group)
        .metricTypes(MetricType.PARTICIPANTS_JOINED).build());
    assertThat(joined.dataPoints()).singleElement().satisfies(p -> {
      assertThat(p.joined()).isEqualTo(1);
      assertThat(p.sent()).isNull();
      assertThat(p.left()).isNull();
    });
  }

  @Test
  void groupAnalyticsRefuseWhatMetaRefuses() {
    client.groups().create(NewGroup.of("Order 1234"));
    String group = fake.groups().get(0).id();
    String path = fake.businessAccountId() + "/group_analytics";
    String start = Long.toString(DAY_ONE.getEpochSecond());
    String end = Long.toString(DAY_TWO.getEpochSecond());

    assertThatThrownBy(() -> client.raw().get(path, Map.of("start", start, "end", end,
        "group_ids", "[\"" + group + "\"]")))
        .as("metric_types is required")
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("metric_types"));
    assertThatThrownBy(() -> client.raw().get(path, Map.of("start", start, "end", end, "metric_types", "['SENT']",
        "group_ids", "[\"" + group + "\",\"" + group + "\"]")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("1 group"));
    assertThatThrownBy(() -> client.raw().get(path, Map.of("start", start, "end", end, "metric_types", "['SENT']",
        "group_ids", "['NOPE']")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
    assertThatThrownBy(() -> client.raw().get(path, Map.of("start", start, "end", end, "metric_types", "['SENT']",
        "granularity", "MONTHLY", "group_ids", "['" + group + "']")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("granularity"));
    String longAgo = Long.toString(DAY_ONE.minus(Duration.ofDays(91)).getEpochSecond());
    assertThatThrownBy(() -> client.raw().get(path, Map.of("start", longAgo, "end", end, "metric_types", "['SENT']",
        "group_ids", "['" + group + "']")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("90 days"));
    // Meta's example request: quoted lists, granularity left to its default
    assertThat(client.raw().get(path, Map.of("start", start, "end", end, "metric_types", "['SENT','DELIVERED']",
        "group_ids", "['" + group + "']"))).containsKey("data");
  }
}
