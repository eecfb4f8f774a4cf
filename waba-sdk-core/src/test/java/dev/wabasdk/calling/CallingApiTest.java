package dev.wabasdk.calling;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.message.Recipient;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Calling API on the wire, against the request and response bodies in Meta's Calling API reference. */
class CallingApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String CALL_ID = "wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh";
  private static final String SDP = "v=0\r\no=- 3978582128 3978582128 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n";

  private static void assertPost(RecordedRequest request, String path, String json) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/" + path);
    GraphServerExtension.assertHeaders(request);
    // Exact text: the lines of the expected JSON joined without their indentation.
    assertThat(request.getBody().utf8()).isEqualTo(json.replaceAll("\\s*\n\\s*", ""));
  }

  @Test
  void preAcceptsAndAcceptsAUsersCallWithTheAppsSdpAnswer() throws Exception {
    graph.enqueue(200, "{\"success\": true}");
    graph.enqueue(200, "{\"success\": true}");

    graph.client().calling().preAccept(CALL_ID, SDP);
    graph.client().calling().accept(CALL_ID, SDP, "ticket-42");

    assertPost(graph.take(), "calls", """
        {"messaging_product":"whatsapp","call_id":"wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh","action":"pre_accept",
         "session":{"sdp_type":"answer","sdp":"v=0\\r\\no=- 3978582128 3978582128 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"}}""");
    assertPost(graph.take(), "calls", """
        {"messaging_product":"whatsapp","call_id":"wacid.ABGGFjFVU2AfAgo6V-Hc5eCgK5Gh","action":"accept",
         "session":{"sdp_type":"answer","sdp":"v=0\\r\\no=- 3978582128 3978582128 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"},
         "biz_opaque_callback_data":"ticket-42"}""");
  }

  @Test
  void rejectsAndTerminatesWithTheCallIdOnly() throws Exception {
    graph.enqueue(200, "{\"success\": true}");
    graph.enqueue(200, "{\"success\": true}");

    graph.client().calling().reject(CALL_ID);
    graph.client().calling().terminateAsync(CALL_ID).get(5, TimeUnit.SECONDS);

    assertPost(graph.take(), "calls", "{\"messaging_product\":\"whatsapp\",\"call_id\":\"" + CALL_ID
        + "\",\"action\":\"reject\"}");
    assertPost(graph.take(), "calls", "{\"messaging_product\":\"whatsapp\",\"call_id\":\"" + CALL_ID
        + "\",\"action\":\"terminate\"}");
  }

  @Test
  void connectsABusinessInitiatedCallAndReturnsTheCallId() throws Exception {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"calls\":[{\"id\":\"wacid.ABGGFjFVU2AfAgo6V\"}]}");

    String id = graph.client().calling().connect(Recipient.phoneNumber("+1 631-555-3601"), SDP, "cb-1");

    assertThat(id).isEqualTo("wacid.ABGGFjFVU2AfAgo6V");
    assertPost(graph.take(), "calls", """
        {"messaging_product":"whatsapp","to":"16315553601","action":"connect",
         "session":{"sdp_type":"offer","sdp":"v=0\\r\\no=- 3978582128 3978582128 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n"},
         "biz_opaque_callback_data":"cb-1"}""");
  }

  @Test
  void aConnectWhoseAnswerWasLostIsNotRepeated() throws Exception {
    // A repeated connect would ring the user a second time.
    graph.server().enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket())
        .build());

    assertThatThrownBy(() -> graph.client().calling().connect("+16315553601", SDP))
        .isInstanceOfSatisfying(WabaException.class, e -> assertThat(e.outcome()).isEqualTo(Outcome.UNKNOWN));
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void badInputFailsBeforeAnyRequest() {
    CallingApi calling = graph.client().calling();
    assertThatThrownBy(() -> calling.accept(CALL_ID, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session.sdp");
    assertThatThrownBy(() -> calling.reject(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call_id");
    assertThatThrownBy(() -> calling.connect(Recipient.group("Y2FwaV9ncm91cDox"), SDP, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groups cannot be called");
    assertThatThrownBy(() -> calling.accept(CALL_ID, SDP, "x".repeat(513)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("biz_opaque_callback_data")
        .hasMessageContaining("512").hasMessageContaining("513");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void updatesSettingsWithMetasDocumentedBody() throws Exception {
    graph.enqueue(200, "{\"success\": true}");
    CallingSettings settings = CallingSettings.builder()
        .status(FeatureStatus.ENABLED)
        .callIconVisibility(CallIconVisibility.DEFAULT)
        .callIcons(new CallingSettings.CallIcons(List.of("US", "BR")))
        .callHours(new CallingSettings.CallHours(FeatureStatus.ENABLED, "America/Manaus",
            List.of(new CallingSettings.OperatingHours(DayOfWeek.MONDAY, LocalTime.of(4, 0), LocalTime.of(10, 20)),
                new CallingSettings.OperatingHours(DayOfWeek.TUESDAY, LocalTime.of(1, 8), LocalTime.of(10, 20))),
            List.of(new CallingSettings.Holiday(LocalDate.of(2026, 1, 1), LocalTime.of(0, 0), LocalTime.of(23, 59)))))
        .callbackPermissionStatus(FeatureStatus.ENABLED)
        .sip(new CallingSettings.Sip(FeatureStatus.ENABLED, List.of(
            new CallingSettings.SipServer("sip.example.com", 5061, Map.of("KEY1", "VALUE1")))))
        .build();

    graph.client().calling().updateSettings(settings);

    assertPost(graph.take(), "settings", """
        {"calling":{"status":"ENABLED","call_icon_visibility":"DEFAULT",
          "call_icons":{"restrict_to_user_countries":["US","BR"]},
          "call_hours":{"status":"ENABLED","timezone_id":"America/Manaus",
            "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0400","close_time":"1020"},
                                      {"day_of_week":"TUESDAY","open_time":"0108","close_time":"1020"}],
            "holiday_schedule":[{"date":"2026-01-01","start_time":"0000","end_time":"2359"}]},
          "callback_permission_status":"ENABLED",
          "sip":{"status":"ENABLED","servers":[{"hostname":"sip.example.com","port":5061,
            "request_uri_user_params":{"KEY1":"VALUE1"}}]}}}""");
  }

  @Test
  void readsSettingsAndNeverTheSipPassword() throws Exception {
    graph.enqueue(200, """
        {"calling":{"status":"ENABLED","call_icon_visibility":"DISABLE_ALL","callback_permission_status":"DISABLED",
          "call_icons":{"restrict_to_user_countries":["US","BR"]},
          "call_hours":{"status":"ENABLED","timezone_id":"America/Manaus",
            "weekly_operating_hours":[{"day_of_week":"MONDAY","open_time":"0400","close_time":"1020"}],
            "holiday_schedule":[]},
          "sip":{"status":"ENABLED","servers":[{"hostname":"sip.example.com","port":5061,
            "sip_user_password":"s3cr3t"}]},
          "audio":{"something":"new"}}}""");

    CallingSettings settings = graph.client().calling().settings();

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/settings");
    assertThat(settings.status()).isSameAs(FeatureStatus.ENABLED);
    assertThat(settings.callIconVisibility()).isSameAs(CallIconVisibility.DISABLE_ALL);
    assertThat(settings.callIcons()).isEqualTo(new CallingSettings.CallIcons(List.of("US", "BR")));
    assertThat(settings.callbackPermissionStatus()).isSameAs(FeatureStatus.DISABLED);
    assertThat(settings.callHours()).isEqualTo(new CallingSettings.CallHours(FeatureStatus.ENABLED, "America/Manaus",
        List.of(new CallingSettings.OperatingHours(DayOfWeek.MONDAY, LocalTime.of(4, 0), LocalTime.of(10, 20))),
        List.of()));
    assertThat(settings.sip().servers()).containsExactly(
        new CallingSettings.SipServer("sip.example.com", 5061, Map.of()));
    assertThat(settings.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void settingsCheckMetasShapesBeforeSending() {
    assertThatThrownBy(() -> new CallingSettings.OperatingHours(DayOfWeek.MONDAY, LocalTime.of(10, 0),
        LocalTime.of(9, 0))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weekly_operating_hours").hasMessageContaining("10:00");
    assertThatThrownBy(() -> new CallingSettings.CallHours(FeatureStatus.ENABLED, "Mars/Olympus", List.of(),
        List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timezone_id")
        .hasMessageContaining("Mars/Olympus");
    assertThatThrownBy(() -> new CallingSettings.CallIcons(List.of("US", "usa")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("restrict_to_user_countries")
        .hasMessageContaining("'usa'");
    assertThatThrownBy(() -> new CallingSettings.SipServer("sip.example.com", 70000, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("65535").hasMessageContaining("70000");
    assertThatThrownBy(() -> graph.client().calling().updateSettings(CallingSettings.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to update");
    assertThat(FeatureStatus.of("enabled")).isSameAs(FeatureStatus.ENABLED);
    assertThat(FeatureStatus.of("PAUSED").isKnown()).isFalse();
  }

  private static CallingSettings.OperatingHours monday(int from, int to) {
    return new CallingSettings.OperatingHours(DayOfWeek.MONDAY, LocalTime.of(from, 0), LocalTime.of(to, 0));
  }

  private void refusedBeforeSending(CallingSettings.CallHours hours, String... message) {
    assertThatThrownBy(() -> graph.client().calling().updateSettings(CallingSettings.builder().callHours(hours)
        .build())).isInstanceOf(IllegalArgumentException.class).hasMessageContainingAll(message);
    assertThat(graph.server().getRequestCount()).isZero();
  }

  /** Meta, "Configure Call Settings": weekly_operating_hours "Maximum of 2 entries allowed per day of week". */
  @Test
  void callHoursTakeAtMostTwoPeriodsADay() {
    CallingSettings.CallHours hours = new CallingSettings.CallHours(FeatureStatus.ENABLED, "America/Manaus",
        List.of(monday(8, 10), monday(11, 13), monday(14, 16)), List.of());

    assertThat(hours.problems()).containsExactly(
        "call_hours.weekly_operating_hours: at most 2 entries per day of week, MONDAY had 3");
    refusedBeforeSending(hours, "weekly_operating_hours", "at most 2", "MONDAY had 3");
  }

  /** Meta, "Configure Call Settings": weekly_operating_hours "Overlapping entries not allowed". */
  @Test
  void periodsOfOneDayMustNotOverlap() {
    CallingSettings.CallHours hours = new CallingSettings.CallHours(FeatureStatus.ENABLED, "America/Manaus",
        List.of(monday(8, 12), monday(11, 13)), List.of());

    assertThat(hours.problems()).containsExactly("call_hours.weekly_operating_hours: entries of one day must not"
        + " overlap, MONDAY had 08:00-12:00 and 11:00-13:00");
    refusedBeforeSending(hours, "overlap", "08:00-12:00", "11:00-13:00");
    // Touching periods and the same hours on another day are fine.
    assertThat(new CallingSettings.CallHours(FeatureStatus.ENABLED, "America/Manaus", List.of(monday(8, 12),
        monday(12, 13), new CallingSettings.OperatingHours(DayOfWeek.TUESDAY, LocalTime.of(8, 0),
            LocalTime.of(12, 0))), List.of()).problems()).isEmpty();
  }

  /** Meta, "Configure Call Settings": holiday_schedule "Up to 20 overrides can be specified". */
  @Test
  void atMostTwentyHolidays() {
    List<CallingSettings.Holiday> holidays = new java.util.ArrayList<>();
    for (int i = 0; i < 21; i++) {
      holidays.add(new CallingSettings.Holiday(LocalDate.of(2030, 1, 1).plusDays(i), LocalTime.of(0, 0),
          LocalTime.of(23, 59)));
    }
    CallingSettings.CallHours hours =
        new CallingSettings.CallHours(FeatureStatus.ENABLED, "America/Manaus", List.of(monday(8, 12)), holidays);

    assertThat(hours.problems()).containsExactly("call_hours.holiday_schedule: at most 20 entries, had 21");
    refusedBeforeSending(hours, "holiday_schedule", "at most 20", "had 21");
  }

  /** Meta, "Configure Call Settings": timezone_id and weekly_operating_hours are "Required". */
  @Test
  void enabledCallHoursNeedATimeZoneAndWeeklyHours() {
    CallingSettings.CallHours hours =
        new CallingSettings.CallHours(FeatureStatus.ENABLED, null, List.of(), List.of());

    assertThat(hours.problems()).containsExactly(
        "call_hours.timezone_id: is required when call_hours.status is ENABLED",
        "call_hours.weekly_operating_hours: must not be empty when call_hours.status is ENABLED");
    refusedBeforeSending(hours, "timezone_id: is required", "weekly_operating_hours: must not be empty");
    // Disabled hours need neither.
    assertThat(new CallingSettings.CallHours(FeatureStatus.DISABLED, null, List.of(), List.of()).problems())
        .isEmpty();
  }

  @Test
  void readsACallPermissionWithItsLimits() throws Exception {
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","permission":{"status":"temporary","expiration_time":1745343479},
         "actions":[
           {"action_name":"send_call_permission_request","can_perform_action":true,
            "limits":[{"time_period":"PT24H","max_allowed":1,"current_usage":0},
                      {"time_period":"P7D","max_allowed":2,"current_usage":1}]},
           {"action_name":"start_call","can_perform_action":false,
            "limits":[{"time_period":"PT24H","max_allowed":5,"current_usage":5,"limit_expiration_time":1745622600}]}]}""");

    CallPermission permission = graph.client().calling().permission(Recipient.phoneNumber("+16315553601"));

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath() + "?" + request.getUrl().encodedQuery())
        .isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/call_permissions?user_wa_id=16315553601");
    assertThat(permission.status()).isSameAs(CallPermissionStatus.TEMPORARY);
    assertThat(permission.status().isGranted()).isTrue();
    assertThat(permission.expirationTime()).isEqualTo(Instant.ofEpochSecond(1745343479));
    assertThat(permission.canSendPermissionRequest()).isTrue();
    assertThat(permission.canStartCall()).isFalse();
    assertThat(permission.actions().get(0).limits()).containsExactly(
        new CallPermission.Limit(Duration.ofHours(24), 1, 0, null),
        new CallPermission.Limit(Duration.ofDays(7), 2, 1, null));
    assertThat(permission.actions().get(1).limits().get(0).limitExpirationTime())
        .isEqualTo(Instant.ofEpochSecond(1745622600));
  }

  /**
   * Meta: "GET /&lt;PHONE_NUMBER_ID&gt;/call_permissions?recipient=&lt;BSUID&gt;", the BSUID or parent BSUID, "instead
   * of user_wa_id".
   */
  @Test
  void aCallPermissionOfAUserKnownByTheirBsuidAsksByRecipient() throws Exception {
    String answer = """
        {"messaging_product":"whatsapp","permission":{"status":"temporary","expiration_time":1745343479},
         "actions":[{"action_name":"start_call","can_perform_action":true,"limits":[]}]}""";
    graph.enqueue(200, answer);
    graph.enqueue(200, answer);

    CallPermission permission = graph.client().calling().permission(Recipient.userId("US.13491208655302741918"));
    graph.client().calling().permissionAsync(Recipient.userId("US.ENT.11815799212886844830")).get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath() + "?" + request.getUrl().encodedQuery())
        .isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/call_permissions?recipient=US.13491208655302741918");
    assertThat(permission.canStartCall()).isTrue();
    RecordedRequest parent = graph.take();
    assertThat(parent.getUrl().encodedPath() + "?" + parent.getUrl().encodedQuery())
        .isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/call_permissions?recipient=US.ENT.11815799212886844830");

    assertThatThrownBy(() -> graph.client().calling().permission(Recipient.group("Y2FwaV9ncm91cDox")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user:")
        .hasMessageContaining("Y2FwaV9ncm91cDox");
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aCallingErrorKeepsMetasCode() {
    graph.enqueueError(400, 138006, "No approved call permission from the recipient");

    assertThatThrownBy(() -> graph.client().calling().connect("+16315553601", SDP))
        .isInstanceOfSatisfying(dev.wabasdk.error.WabaApiException.class,
            e -> assertThat(e.error().code()).isEqualTo(138006));
  }
}
