package dev.wabasdk.internal;

import dev.wabasdk.calling.CallIconVisibility;
import dev.wabasdk.calling.CallOptions;
import dev.wabasdk.calling.CallPermission;
import dev.wabasdk.calling.CallPermissionStatus;
import dev.wabasdk.calling.CallRecording;
import dev.wabasdk.calling.CallTranscription;
import dev.wabasdk.calling.CallingApi;
import dev.wabasdk.calling.CallingSettings;
import dev.wabasdk.calling.FeatureStatus;
import dev.wabasdk.message.Envelope;
import dev.wabasdk.message.Recipient;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** The HTTP implementation of {@link CallingApi}. Thread-safe. */
final class RealCallingApi implements CallingApi {
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm", Locale.ROOT);

  private final GraphClient graph;
  private final HttpUrl callsUrl;
  private final HttpUrl settingsUrl;
  private final HttpUrl permissionsUrl;

  RealCallingApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.callsUrl = graph.url(phoneNumberId, "calls");
    this.settingsUrl = graph.url(phoneNumberId, "settings");
    this.permissionsUrl = graph.url(phoneNumberId, "call_permissions");
  }

  @Override
  public CallingSettings settings() {
    return graph.execute(GraphCall.get(settingsUrl), RealCallingApi::parseSettings);
  }

  @Override
  public CompletableFuture<CallingSettings> settingsAsync() {
    return graph.executeAsync(GraphCall.get(settingsUrl), RealCallingApi::parseSettings);
  }

  @Override
  public void updateSettings(CallingSettings settings) {
    graph.execute(settingsCall(settings), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> updateSettingsAsync(CallingSettings settings) {
    return graph.executeAsync(settingsCall(settings), ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public void preAccept(String callId, String sdpAnswer) {
    graph.execute(answerCall(callId, "pre_accept", sdpAnswer, null), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> preAcceptAsync(String callId, String sdpAnswer) {
    return graph.executeAsync(answerCall(callId, "pre_accept", sdpAnswer, null), ResponseHandler.success())
        .thenApply(ok -> null);
  }

  @Override
  public void accept(String callId, String sdpAnswer) {
    accept(callId, sdpAnswer, null);
  }

  @Override
  public void accept(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData) {
    accept(callId, sdpAnswer, bizOpaqueCallbackData, CallOptions.NONE);
  }

  @Override
  public CompletableFuture<Void> acceptAsync(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData) {
    return acceptAsync(callId, sdpAnswer, bizOpaqueCallbackData, CallOptions.NONE);
  }

  @Override
  public void accept(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData, CallOptions options) {
    graph.execute(acceptCall(callId, sdpAnswer, bizOpaqueCallbackData, options), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> acceptAsync(String callId, String sdpAnswer, @Nullable String bizOpaqueCallbackData,
      CallOptions options) {
    return graph.executeAsync(acceptCall(callId, sdpAnswer, bizOpaqueCallbackData, options),
        ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public void reject(String callId) {
    graph.execute(endCall(callId, "reject"), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> rejectAsync(String callId) {
    return graph.executeAsync(endCall(callId, "reject"), ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public void terminate(String callId) {
    graph.execute(endCall(callId, "terminate"), ResponseHandler.success());
  }

  @Override
  public CompletableFuture<Void> terminateAsync(String callId) {
    return graph.executeAsync(endCall(callId, "terminate"), ResponseHandler.success()).thenApply(ok -> null);
  }

  @Override
  public String connect(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData) {
    return connect(to, sdpOffer, bizOpaqueCallbackData, CallOptions.NONE);
  }

  @Override
  public String connect(String to, String sdpOffer) {
    return connect(Recipient.phoneNumber(to), sdpOffer, null);
  }

  @Override
  public CompletableFuture<String> connectAsync(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData) {
    return connectAsync(to, sdpOffer, bizOpaqueCallbackData, CallOptions.NONE);
  }

  @Override
  public String connect(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData, CallOptions options) {
    return graph.execute(connectCall(to, sdpOffer, bizOpaqueCallbackData, options), RealCallingApi::parseCallId);
  }

  @Override
  public CompletableFuture<String> connectAsync(Recipient to, String sdpOffer, @Nullable String bizOpaqueCallbackData,
      CallOptions options) {
    return graph.executeAsync(connectCall(to, sdpOffer, bizOpaqueCallbackData, options),
        RealCallingApi::parseCallId);
  }

  @Override
  public CallPermission permission(Recipient user) {
    return graph.execute(GraphCall.get(permissionUrl(user)), RealCallingApi::parsePermission);
  }

  @Override
  public CompletableFuture<CallPermission> permissionAsync(Recipient user) {
    return graph.executeAsync(GraphCall.get(permissionUrl(user)), RealCallingApi::parsePermission);
  }

  private HttpUrl permissionUrl(Recipient user) {
    Objects.requireNonNull(user, "user");
    // Meta: user_wa_id for a phone number, recipient for a BSUID or parent BSUID ("use this instead of user_wa_id").
    if (user instanceof Recipient.Group) {
      throw new IllegalArgumentException(
          "user: call permissions are a user's (a phone number or business-scoped user id), was " + user);
    }
    String parameter = user instanceof Recipient.PhoneNumber ? "user_wa_id" : "recipient";
    return permissionsUrl.newBuilder().addQueryParameter(parameter, user.value()).build();
  }

  private GraphCall answerCall(String callId, String action, String sdpAnswer, @Nullable String callbackData) {
    Map<String, Object> body = callBody(callId, action);
    body.put("session", session("answer", sdpAnswer));
    putCallbackData(body, callbackData);
    // Not repeated on an unknown outcome: Meta may have connected the call already.
    return GraphCall.post(callsUrl, body, false);
  }

  private GraphCall acceptCall(String callId, String sdpAnswer, @Nullable String callbackData, CallOptions options) {
    Map<String, Object> body = callBody(callId, "accept");
    body.put("session", session("answer", sdpAnswer));
    putOptions(body, options);
    putCallbackData(body, callbackData);
    // Not repeated on an unknown outcome: Meta may have connected the call already.
    return GraphCall.post(callsUrl, body, false);
  }

  private GraphCall endCall(String callId, String action) {
    // Rejecting or ending a call twice leaves it ended.
    return GraphCall.post(callsUrl, callBody(callId, action), true);
  }

  private GraphCall connectCall(Recipient to, String sdpOffer, @Nullable String callbackData, CallOptions options) {
    Objects.requireNonNull(to, "to");
    if (to instanceof Recipient.Group) {
      throw new IllegalArgumentException("to: groups cannot be called, was " + to);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put(to instanceof Recipient.PhoneNumber ? "to" : "recipient", to.value());
    body.put("action", "connect");
    body.put("session", session("offer", sdpOffer));
    putOptions(body, options);
    putCallbackData(body, callbackData);
    // A repeated connect would ring the user twice: a send, never retried after it was written.
    return GraphCall.send(callsUrl, body);
  }

  private static Map<String, Object> callBody(String callId, String action) {
    Objects.requireNonNull(callId, "callId");
    if (callId.isBlank()) {
      throw new IllegalArgumentException("call_id: must not be blank");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("call_id", callId);
    body.put("action", action);
    return body;
  }

  private static Map<String, Object> session(String type, String sdp) {
    Objects.requireNonNull(sdp, "session.sdp");
    if (sdp.isBlank()) {
      throw new IllegalArgumentException("session.sdp: the " + type + " must not be blank");
    }
    Map<String, Object> session = new LinkedHashMap<>();
    session.put("sdp_type", type);
    session.put("sdp", sdp);
    return session;
  }

  /** Meta's {@code recording} and {@code transcription} objects; their records checked them when built. */
  private static void putOptions(Map<String, Object> body, CallOptions options) {
    Objects.requireNonNull(options, "options");
    CallRecording recording = options.recording();
    if (recording != null) {
      body.put("recording", consent(recording.status().value(), recording.purpose(),
          recording.announcementLanguage()));
    }
    CallTranscription transcription = options.transcription();
    if (transcription != null) {
      body.put("transcription", consent(transcription.status().value(), transcription.purpose(),
          transcription.announcementLanguage()));
    }
  }

  private static Map<String, Object> consent(String status, @Nullable String purpose, @Nullable String language) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("status", status);
    put(object, "purpose", purpose);
    put(object, "announcement_language", language);
    return object;
  }

  private static void putCallbackData(Map<String, Object> body, @Nullable String data) {
    if (data != null) {
      if (data.codePointCount(0, data.length()) > Envelope.MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH) {
        throw new IllegalArgumentException("biz_opaque_callback_data: at most "
            + Envelope.MAX_BIZ_OPAQUE_CALLBACK_DATA_LENGTH + " characters, was "
            + data.codePointCount(0, data.length()));
      }
      body.put("biz_opaque_callback_data", data);
    }
  }

  private GraphCall settingsCall(CallingSettings s) {
    Objects.requireNonNull(s, "settings");
    Map<String, Object> calling = new LinkedHashMap<>();
    put(calling, "status", s.status() == null ? null : s.status().value());
    put(calling, "call_icon_visibility", s.callIconVisibility() == null ? null : s.callIconVisibility().value());
    CallingSettings.CallIcons icons = s.callIcons();
    if (icons != null) {
      calling.put("call_icons", Map.of("restrict_to_user_countries", icons.restrictToUserCountries()));
    }
    CallingSettings.CallHours hours = s.callHours();
    if (hours != null) {
      List<String> problems = hours.problems();
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", problems));
      }
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("status", hours.status().value());
      put(h, "timezone_id", hours.timezoneId());
      List<Object> weekly = new ArrayList<>();
      for (CallingSettings.OperatingHours o : hours.weeklyOperatingHours()) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("day_of_week", o.dayOfWeek().name());
        day.put("open_time", HHMM.format(o.openTime()));
        day.put("close_time", HHMM.format(o.closeTime()));
        weekly.add(day);
      }
      h.put("weekly_operating_hours", weekly);
      List<Object> holidays = new ArrayList<>();
      for (CallingSettings.Holiday holiday : hours.holidaySchedule()) {
        Map<String, Object> day = new LinkedHashMap<>();
        day.put("date", holiday.date().toString());
        day.put("start_time", HHMM.format(holiday.startTime()));
        day.put("end_time", HHMM.format(holiday.endTime()));
        holidays.add(day);
      }
      h.put("holiday_schedule", holidays);
      calling.put("call_hours", h);
    }
    put(calling, "callback_permission_status",
        s.callbackPermissionStatus() == null ? null : s.callbackPermissionStatus().value());
    CallingSettings.Sip sip = s.sip();
    if (sip != null) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("status", sip.status().value());
      List<Object> servers = new ArrayList<>();
      for (CallingSettings.SipServer server : sip.servers()) {
        Map<String, Object> sm = new LinkedHashMap<>();
        sm.put("hostname", server.hostname());
        sm.put("port", server.port());
        if (!server.requestUriUserParams().isEmpty()) {
          sm.put("request_uri_user_params", new LinkedHashMap<>(server.requestUriUserParams()));
        }
        servers.add(sm);
      }
      m.put("servers", servers);
      calling.put("sip", m);
    }
    if (calling.isEmpty()) {
      throw new IllegalArgumentException("settings: nothing to update, set at least one field");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("calling", calling);
    // Setting the same values twice leaves the same settings.
    return GraphCall.post(settingsUrl, body, true);
  }

  private static void put(Map<String, Object> map, String key, @Nullable Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }

  static CallingSettings parseSettings(Response response) throws IOException {
    Map<String, Object> calling = Json.object(Json.readObject(response.body().string()), "calling");
    if (calling == null) {
      return CallingSettings.builder().build();
    }
    String status = Json.string(calling, "status");
    String icon = Json.string(calling, "call_icon_visibility");
    String callback = Json.string(calling, "callback_permission_status");
    return new CallingSettings(
        status == null ? null : FeatureStatus.of(status),
        icon == null ? null : CallIconVisibility.of(icon),
        parseIcons(Json.object(calling, "call_icons")),
        parseHours(Json.object(calling, "call_hours")),
        callback == null ? null : FeatureStatus.of(callback),
        parseSip(Json.object(calling, "sip")));
  }

  private static CallingSettings.@Nullable CallIcons parseIcons(@Nullable Map<String, Object> icons) {
    if (icons == null) {
      return null;
    }
    List<String> countries = new ArrayList<>();
    for (Object country : Json.list(icons, "restrict_to_user_countries")) {
      if (country instanceof String code) {
        countries.add(code);
      }
    }
    return new CallingSettings.CallIcons(countries);
  }

  @SuppressWarnings("unchecked")
  private static CallingSettings.@Nullable CallHours parseHours(@Nullable Map<String, Object> h) throws IOException {
    if (h == null) {
      return null;
    }
    List<CallingSettings.OperatingHours> weekly = new ArrayList<>();
    for (Object o : Json.list(h, "weekly_operating_hours")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> day = (Map<String, Object>) m;
        weekly.add(new CallingSettings.OperatingHours(
            DayOfWeek.valueOf(required(day, "day_of_week").toUpperCase(Locale.ROOT)),
            time(day, "open_time"), time(day, "close_time")));
      }
    }
    List<CallingSettings.Holiday> holidays = new ArrayList<>();
    for (Object o : Json.list(h, "holiday_schedule")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> day = (Map<String, Object>) m;
        holidays.add(new CallingSettings.Holiday(LocalDate.parse(required(day, "date")),
            time(day, "start_time"), time(day, "end_time")));
      }
    }
    String status = Json.string(h, "status");
    return new CallingSettings.CallHours(FeatureStatus.of(status == null ? "DISABLED" : status),
        Json.string(h, "timezone_id"), weekly, holidays);
  }

  @SuppressWarnings("unchecked")
  private static CallingSettings.@Nullable Sip parseSip(@Nullable Map<String, Object> sip) throws IOException {
    if (sip == null) {
      return null;
    }
    List<CallingSettings.SipServer> servers = new ArrayList<>();
    for (Object o : Json.list(sip, "servers")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> server = (Map<String, Object>) m;
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, Object> raw = Json.object(server, "request_uri_user_params");
        if (raw != null) {
          for (String key : raw.keySet()) {
            params.put(key, Objects.requireNonNullElse(Json.string(raw, key), ""));
          }
        }
        Long port = Json.longValue(server, "port");
        // sip_user_password (returned on request) is a secret and deliberately not read.
        servers.add(new CallingSettings.SipServer(required(server, "hostname"), port == null ? 5061 : port.intValue(),
            params));
      }
    }
    String status = Json.string(sip, "status");
    return new CallingSettings.Sip(FeatureStatus.of(status == null ? "DISABLED" : status), servers);
  }

  private static String required(Map<String, Object> map, String key) throws IOException {
    String value = Json.string(map, key);
    if (value == null) {
      throw new IOException("calling settings: missing " + key);
    }
    return value;
  }

  private static LocalTime time(Map<String, Object> map, String key) throws IOException {
    String value = required(map, key);
    try {
      return LocalTime.parse(value.length() == 3 ? "0" + value : value, HHMM);
    } catch (DateTimeParseException e) {
      throw new IOException("calling settings: " + key + " is not HHmm: " + value, e);
    }
  }

  private static String parseCallId(Response response) throws IOException {
    Map<String, Object> call = Json.firstObject(Json.readObject(response.body().string()), "calls");
    String id = Json.string(call, "id");
    if (id == null) {
      throw new IOException("connect answered without calls[0].id");
    }
    return id;
  }

  @SuppressWarnings("unchecked")
  static CallPermission parsePermission(Response response) throws IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    Map<String, Object> permission = Json.object(root, "permission");
    String status = Json.string(permission, "status");
    List<CallPermission.Action> actions = new ArrayList<>();
    for (Object o : Json.list(root, "actions")) {
      if (o instanceof Map<?, ?> m) {
        Map<String, Object> action = (Map<String, Object>) m;
        List<CallPermission.Limit> limits = new ArrayList<>();
        for (Object l : Json.list(action, "limits")) {
          if (l instanceof Map<?, ?> lm) {
            Map<String, Object> limit = (Map<String, Object>) lm;
            String period = Json.string(limit, "time_period");
            limits.add(new CallPermission.Limit(period == null ? Duration.ZERO : Duration.parse(period),
                intOf(limit, "max_allowed"), intOf(limit, "current_usage"),
                epoch(Json.longValue(limit, "limit_expiration_time"))));
          }
        }
        String name = Json.string(action, "action_name");
        actions.add(new CallPermission.Action(name == null ? "" : name,
            Boolean.TRUE.equals(Json.bool(action, "can_perform_action")), limits));
      }
    }
    return new CallPermission(CallPermissionStatus.of(status == null ? "no_permission" : status),
        epoch(Json.longValue(permission, "expiration_time")), actions);
  }

  private static int intOf(Map<String, Object> map, String key) {
    Long value = Json.longValue(map, key);
    return value == null ? 0 : value.intValue();
  }

  private static @Nullable Instant epoch(@Nullable Long seconds) {
    return seconds == null ? null : Instant.ofEpochSecond(seconds);
  }
}
