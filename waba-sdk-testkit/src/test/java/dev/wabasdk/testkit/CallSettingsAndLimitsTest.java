package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.calling.CallPermission;
import dev.wabasdk.calling.CallingSettings;
import dev.wabasdk.calling.FeatureStatus;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.testkit.internal.Json;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake applies the number's call settings (hours, SIP, status) and Meta's call permission and call limits. */
class CallSettingsAndLimitsTest {
  private static final String USER = "+4915112345678";
  private static final String SDP = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=app\r\nt=0 0\r\n";
  // A Wednesday; 10:00 UTC is 06:00 in America/Manaus (UTC-4).
  private static final Instant WEDNESDAY_10_UTC = Instant.parse("2026-12-02T10:00:00Z");

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    client = fake.clientBuilder().build();
    wire = new Wire(fake);
    fake.clock().set(WEDNESDAY_10_UTC);
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  private String settingsPath() {
    return "/v26.0/" + fake.phoneNumberId() + "/settings";
  }

  private int callWebhooks() {
    fake.awaitWebhooks();
    return (int) receiver.payloads().stream().filter(p -> p.contains("\"field\":\"calls\"")).count();
  }

  @Test
  void callsOutsideTheCallHoursOrOnAHolidayAreNotPutThrough() {
    client.calling().updateSettings(CallingSettings.builder().callHours(new CallingSettings.CallHours(
        FeatureStatus.ENABLED, "America/Manaus",
        List.of(new CallingSettings.OperatingHours(DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(17, 30))),
        List.of(new CallingSettings.Holiday(LocalDate.of(2026, 12, 9), LocalTime.of(0, 0), LocalTime.of(23, 59)))))
        .build());
    FakeUser user = fake.user(USER);

    // 06:00 in Manaus: before opening.
    assertThatThrownBy(user::calls).isInstanceOf(IllegalStateException.class).hasMessageContaining("call hours");
    assertThat(callWebhooks()).isZero();
    assertThat(fake.isWindowOpen(USER)).as("a call not put through opens no window").isFalse();

    fake.clock().set(Instant.parse("2026-12-02T12:00:00Z")); // 08:00 in Manaus: open
    assertThat(user.calls().id()).startsWith("wacid.");
    assertThat(callWebhooks()).isEqualTo(1);

    fake.clock().set(Instant.parse("2026-12-02T21:30:00Z")); // 17:30 in Manaus: closed
    assertThatThrownBy(user::calls).isInstanceOf(IllegalStateException.class);
    fake.clock().set(Instant.parse("2026-12-03T14:00:00Z")); // Thursday: no hours that day
    assertThatThrownBy(user::calls).isInstanceOf(IllegalStateException.class);
    fake.clock().set(Instant.parse("2026-12-09T14:00:00Z")); // the next Wednesday is a holiday
    assertThatThrownBy(user::calls).isInstanceOf(IllegalStateException.class);
    assertThat(callWebhooks()).isEqualTo(1);
  }

  @Test
  void callHoursAndSipAreValidatedStoredAndReturnedByTheSettingsGet() {
    Wire.Reply bad = wire.post(settingsPath(), "{\"calling\":{\"call_hours\":{\"status\":\"ENABLED\","
        + "\"timezone_id\":\"Mars/Olympus\",\"weekly_operating_hours\":[]}}}");
    assertThat(bad.code()).isEqualTo(400);
    assertThat(Json.string(bad.json(), "error", "error_data", "details")).contains("timezone_id").contains("Mars/Olympus");

    Wire.Reply badPort = wire.post(settingsPath(),
        "{\"calling\":{\"sip\":{\"status\":\"ENABLED\",\"servers\":[{\"hostname\":\"sip.example.com\",\"port\":0}]}}}");
    assertThat(badPort.code()).isEqualTo(400);
    assertThat(Json.string(badPort.json(), "error", "error_data", "details")).contains("port").contains("0");

    client.calling().updateSettings(CallingSettings.builder().sip(new CallingSettings.Sip(FeatureStatus.ENABLED,
        List.of(new CallingSettings.SipServer("sip.example.com", 5061, Map.of("tenant", "acme"))))).build());

    Map<String, Object> sip = Json.map(wire.get(settingsPath()).json(), "calling", "sip");
    assertThat(sip).containsEntry("status", "ENABLED");
    assertThat(Json.map(Json.list(sip, "servers").get(0))).containsEntry("hostname", "sip.example.com")
        .containsEntry("port", 5061L);
    CallingSettings read = client.calling().settings();
    assertThat(read.sip()).isNotNull();
    assertThat(read.sip().servers()).singleElement().satisfies(s -> {
      assertThat(s.hostname()).isEqualTo("sip.example.com");
      assertThat(s.port()).isEqualTo(5061);
      assertThat(s.requestUriUserParams()).containsEntry("tenant", "acme");
    });

    // Calls of a SIP number are signalled over SIP, not the Graph API.
    assertThatThrownBy(() -> client.calling().connect(USER, SDP))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(131055));
    assertThatThrownBy(() -> fake.user(USER).calls()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SIP");
  }

  /**
   * Meta: "GET /&lt;PHONE_NUMBER_ID&gt;/call_permissions?recipient=&lt;BSUID&gt;" ("Use this instead of
   * user_wa_id").
   */
  @Test
  void aCallPermissionIsReadByTheUsersBsuid() {
    FakeUser user = fake.user(USER);
    user.grantsCallPermission(false);
    String path = "/v26.0/" + fake.phoneNumberId() + "/call_permissions?recipient=";

    Wire.Reply reply = wire.get(path + user.userId());
    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    assertThat(reply.at("permission", "status")).isEqualTo("temporary");
    assertThat(client.calling().permission(Recipient.userId(user.userId())).canStartCall()).isTrue();

    Wire.Reply unknown = wire.get(path + "US.13491208655302741918");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat(unknown.at("error", "code")).isEqualTo(100L);
    assertThat(Json.string(unknown.json(), "error", "error_data", "details")).contains("recipient")
        .contains("US.13491208655302741918");
  }

  private Wire.Reply postCallHours(String hours) {
    return wire.post(settingsPath(), "{\"calling\":{\"call_hours\":{" + hours + "}}}");
  }

  private static void refused(Wire.Reply reply, String... details) {
    assertThat(reply.code()).as(reply.body()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo(100L);
    assertThat(Json.string(reply.json(), "error", "error_data", "details")).contains(details);
  }

  /** Meta, "Configure Call Settings": the call_hours rules and the errors it names. */
  @Test
  void callHoursAreRefusedAsMetaRefusesThem() {
    String enabled = "\"status\":\"ENABLED\",\"timezone_id\":\"America/Manaus\",";
    refused(postCallHours(enabled + """
        "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0800","close_time":"0900"},
          {"day_of_week":"MONDAY","open_time":"1000","close_time":"1100"},
          {"day_of_week":"MONDAY","open_time":"1200","close_time":"1300"}]"""),
        "More than 2 entries not allowed", "MONDAY");
    refused(postCallHours(enabled + """
        "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0800","close_time":"1200"},
          {"day_of_week":"MONDAY","open_time":"1100","close_time":"1300"}]"""),
        "Overlapping schedule in call_hours is not allowed", "08:00-12:00", "11:00-13:00");
    refused(postCallHours(enabled + "\"weekly_operating_hours\":[]"),
        "weekly_operating_hours in call_hours cannot be empty");
    refused(postCallHours("\"status\":\"ENABLED\",\"weekly_operating_hours\":[{\"day_of_week\":\"MONDAY\","
        + "\"open_time\":\"0800\",\"close_time\":\"1200\"}]"), "timezone_id", "required");
    String monday = "\"weekly_operating_hours\":[{\"day_of_week\":\"MONDAY\",\"open_time\":\"0800\","
        + "\"close_time\":\"1200\"}],";
    refused(postCallHours(enabled + monday
        + "\"holiday_schedule\":[{\"date\":\"2020-01-01\",\"start_time\":\"0000\",\"end_time\":\"2359\"}]"),
        "Holiday given in call_hours is a past date", "2020-01-01");
    StringBuilder holidays = new StringBuilder();
    for (int i = 0; i < 21; i++) {
      holidays.append(i == 0 ? "" : ",").append("{\"date\":\"").append(LocalDate.of(2027, 1, 1).plusDays(i))
          .append("\",\"start_time\":\"0000\",\"end_time\":\"2359\"}");
    }
    refused(postCallHours(enabled + monday + "\"holiday_schedule\":[" + holidays + "]"),
        "holiday_schedule", "at most 20", "had 21");

    // 22:00 on 2 December in Manaus, already the 3rd in UTC: the 2nd is today there, no past date. Touching
    // periods do not overlap.
    fake.clock().set(Instant.parse("2026-12-03T02:00:00Z"));
    Wire.Reply ok = postCallHours(enabled + """
        "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0800","close_time":"1200"},
          {"day_of_week":"MONDAY","open_time":"1200","close_time":"1300"}],
        "holiday_schedule":[{"date":"2026-12-02","start_time":"0000","end_time":"2359"}]""");
    assertThat(ok.code()).as(ok.body()).isEqualTo(200);
  }

  @Test
  void callingDisabledRefusesCallsBothWays() {
    Wire.Reply off = wire.post(settingsPath(), "{\"calling\":{\"status\":\"DISABLED\"}}");
    assertThat(off.code()).isEqualTo(200);

    assertThatThrownBy(() -> client.calling().connect(USER, SDP))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(138000));
    assertThatThrownBy(() -> fake.user(USER).calls()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DISABLED");
    assertThat(callWebhooks()).isZero();
  }

  /** Meta, free-form call permission request: "The text body is optional". */
  @Test
  void aCallPermissionRequestWithoutABodyIsSentAndCounted() {
    fake.user(USER).sends("hi");

    Wire.Reply reply = wire.post("/v26.0/" + fake.phoneNumberId() + "/messages", """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"4915112345678","type":"interactive",
         "interactive":{"type":"call_permission_request","action":{"name":"call_permission_request"}}}""");

    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    assertThat(client.calling().permission(Recipient.phoneNumber(USER)).canSendPermissionRequest())
        .as("it counts toward Meta's 1 request a day").isFalse();
    Wire.Reply tooLong = wire.post("/v26.0/" + fake.phoneNumberId() + "/messages", """
        {"messaging_product":"whatsapp","to":"4915112345678","type":"interactive",
         "interactive":{"type":"call_permission_request","body":{"text":"%s"},
           "action":{"name":"call_permission_request"}}}""".formatted("x".repeat(1025)));
    assertThat(tooLong.code()).isEqualTo(400);
    assertThat(Json.string(tooLong.json(), "error", "error_data", "details")).contains("body").contains("1024");
  }

  @Test
  void oneCallPermissionRequestPerDayTwoPerWeekUntilACallConnects() {
    FakeUser user = fake.user(USER);
    user.sends("hi");
    client.messages().send(Message.callPermissionRequest(USER, "May we call you?"));

    fake.clock().advance(Duration.ofHours(23));
    user.sends("still there");
    assertThatThrownBy(() -> client.messages().send(Message.callPermissionRequest(USER, "May we call you?")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(138013));
    CallPermission.Action request = client.calling().permission(Recipient.phoneNumber(USER)).actions().get(0);
    assertThat(request.canPerformAction()).isFalse();
    assertThat(request.limits()).extracting(CallPermission.Limit::timePeriod, CallPermission.Limit::maxAllowed,
        CallPermission.Limit::currentUsage).containsExactly(
            org.assertj.core.groups.Tuple.tuple(Duration.ofHours(24), 1, 1),
            org.assertj.core.groups.Tuple.tuple(Duration.ofDays(7), 2, 1));
    assertThat(request.limits().get(0).limitExpirationTime()).isEqualTo(WEDNESDAY_10_UTC.plus(Duration.ofDays(1)));

    fake.clock().advance(Duration.ofHours(2));
    client.messages().send(Message.callPermissionRequest(USER, "May we call you?"));
    fake.clock().advance(Duration.ofDays(2));
    user.sends("hello again");
    assertThatThrownBy(() -> client.messages().send(Message.callPermissionRequest(USER, "May we call you?")))
        .as("a third request within 7 days")
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(138013));

    // A connected call resets both limits.
    String callId = user.calls().id();
    client.calling().accept(callId, SDP);
    user.hangsUp(callId);
    client.messages().send(Message.callPermissionRequest(USER, "May we call you back?"));
  }

  @Test
  void templateCallPermissionRequestsCountWithFreeFormOnesInTheFakeAndTheEngine() {
    CreatedTemplate created = client.templates().create(
        TemplateDefinition.builder("callback_offer", "en_US", TemplateCategory.UTILITY)
            .component(Component.body("We would like to call you about your order."))
            .component(Component.callPermissionRequest())
            .build());
    fake.templates().approve(created.id());
    dev.wabasdk.policy.PolicyEngine policy = dev.wabasdk.policy.PolicyEngine.builder().clock(fake.clock()).build();
    policy.recordTemplate(client.templates().get(created.id()));
    try (WhatsApp guarded = fake.clientBuilder().addInterceptor(policy).build()) {
      guarded.messages().send(Message.template(USER, "callback_offer", "en_US"));
      int sent = fake.sentMessages().size();
      fake.user(USER).sends("hi");
      policy.recordInbound(dev.wabasdk.WhatsAppUser.ofWaId("4915112345678"), fake.clock().instant());

      // The engine refuses the free-form request the template already used up, before Meta.
      assertThatThrownBy(() -> guarded.messages().send(Message.callPermissionRequest(USER, "May we call you?")))
          .isInstanceOfSatisfying(dev.wabasdk.policy.WabaPolicyException.class, e -> assertThat(
              e.decision().reasonCode()).isEqualTo(dev.wabasdk.policy.CallPermissionRequestLimitRule.REASON));
      assertThat(fake.sentMessages()).hasSize(sent);
      // And the fake, like Meta, refuses it too.
      assertThatThrownBy(() -> client.messages().send(Message.callPermissionRequest(USER, "May we call you?")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(138013));
      assertThatThrownBy(() -> client.messages().send(Message.template(USER, "callback_offer", "en_US")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.error().code()).isEqualTo(138013));
    }
  }

  @Test
  void theFakeAndThePolicyEngineAgreeOnTheRequestLimit() {
    dev.wabasdk.policy.PolicyEngine policy = dev.wabasdk.policy.PolicyEngine.builder().clock(fake.clock()).build();
    try (WhatsApp guarded = fake.clientBuilder().addInterceptor(policy).build()) {
      FakeUser user = fake.user(USER);
      user.sends("hi");
      policy.recordInbound(dev.wabasdk.WhatsAppUser.ofWaId("4915112345678"), fake.clock().instant());
      guarded.messages().send(Message.callPermissionRequest(USER, "May we call you?"));
      int sent = fake.sentMessages().size();

      assertThatThrownBy(() -> guarded.messages().send(Message.callPermissionRequest(USER, "May we call you?")))
          .isInstanceOfSatisfying(dev.wabasdk.policy.WabaPolicyException.class, e -> assertThat(
              e.decision().reasonCode()).isEqualTo(dev.wabasdk.policy.CallPermissionRequestLimitRule.REASON));
      assertThat(fake.sentMessages()).as("the engine refused before Meta").hasSize(sent);
    }
  }
}
