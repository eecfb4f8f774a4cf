package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.testkit.internal.Users.UserState;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The Calling API: the number's calling settings, users' call permissions and the calls themselves, with Meta's
 * {@code calls} webhooks (connect with the SDP offer or answer, terminate, a call's recording and transcript via
 * {@link CallArtifacts}) and call statuses (RINGING, ACCEPTED, REJECTED). Signalling only: the SDPs are opaque
 * strings. Thread-safe: its state is used under the {@link FakeEngine}'s lock.
 */
final class CallRoutes {
  static final Duration TEMPORARY_PERMISSION = Duration.ofDays(7);
  /** The SDP a fake user offers or answers: any text would do, the fake carries signalling only. */
  static final String USER_SDP = "v=0\r\no=- 0 0 IN IP4 127.0.0.1\r\ns=fake-whatsapp-user\r\nt=0 0\r\n"
      + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=rtpmap:111 opus/48000/2\r\n";

  /** One call's signalling state. */
  static final class CallState {
    final String id;
    final String waId;
    final boolean businessInitiated;
    final Instant createdAt;
    String status = "RINGING";
    @Nullable Instant connectedAt;
    /** When the call ended (terminated or rejected); with {@link #connectedAt}, the call's duration. */
    @Nullable Instant endedAt;
    @Nullable String appSdp;
    @Nullable String callbackData;
    /** Whether the business asked for a recording or a transcript ({@code recording}, {@code transcription}). */
    boolean recorded;
    boolean transcribed;

    CallState(String id, String waId, boolean businessInitiated, Instant createdAt) {
      this.id = id;
      this.waId = waId;
      this.businessInitiated = businessInitiated;
      this.createdAt = createdAt;
    }

    Map<String, Object> view() {
      return obj("id", id, "wa_id", waId, "direction", direction(), "status", status);
    }

    String direction() {
      return businessInitiated ? "BUSINESS_INITIATED" : "USER_INITIATED";
    }
  }

  private final FakeEngine engine;
  private final Map<String, Object> settings = new LinkedHashMap<>();
  /** wa_id to the end of the user's permission ({@link Instant#MAX} when permanent). */
  private final Map<String, Instant> permissions = new LinkedHashMap<>();
  private final Map<String, CallState> calls = new LinkedHashMap<>();
  final CallRules limits = new CallRules();
  final CallArtifacts artifacts;

  CallRoutes(FakeEngine engine) {
    this.engine = engine;
    this.artifacts = new CallArtifacts(engine);
    reset();
  }

  void reset() {
    settings.clear();
    settings.putAll(obj("status", "ENABLED", "call_icon_visibility", "DEFAULT", "callback_permission_status",
        "DISABLED"));
    permissions.clear();
    calls.clear();
    limits.reset();
  }

  // ---------------------------------------------------------------- Graph routes

  /** {@code GET /{phone-number-id}/settings}. */
  Map<String, Object> settings() {
    synchronized (engine.lock) {
      return obj("calling", Json.copy(settings));
    }
  }

  /** {@code POST /{phone-number-id}/settings}: merges the {@code calling} object. */
  Map<String, Object> updateSettings(Map<String, Object> body) {
    Map<String, Object> calling = Json.map(body, "calling");
    if (calling == null) {
      throw GraphException.of(100, "The parameter calling is required.");
    }
    CallRules.validate(calling, engine.now());
    for (String key : List.of("status", "callback_permission_status")) {
      String value = Json.string(calling, key);
      if (value != null && !value.equals("ENABLED") && !value.equals("DISABLED")) {
        throw GraphException.of(100, "Param calling['" + key + "'] must be ENABLED or DISABLED, was \"" + value
            + "\".");
      }
    }
    synchronized (engine.lock) {
      settings.putAll(calling);
    }
    return obj("success", true);
  }

  /**
   * {@code GET /{phone-number-id}/call_permissions?user_wa_id=...}, or {@code ?recipient=...} with the user's BSUID
   * (Meta: "Use this instead of user_wa_id").
   */
  Map<String, Object> permission(HttpUrl url) {
    String phone = url.queryParameter("user_wa_id");
    String recipient = url.queryParameter("recipient");
    if (phone == null && recipient == null) {
      throw GraphException.of(100, "The parameter user_wa_id or recipient is required.");
    }
    synchronized (engine.lock) {
      Instant now = engine.now();
      String waId = phone != null ? Users.waId(phone) : waIdOfUserId("recipient", recipient);
      Instant until = permissions.get(waId);
      boolean granted = until != null && now.isBefore(until);
      boolean permanent = until != null && until.equals(Instant.MAX);
      Map<String, Object> permission = obj("status", !granted ? "no_permission"
          : permanent ? "permanent" : "temporary");
      if (until != null && granted && !permanent) {
        permission.put("expiration_time", until.getEpochSecond());
      }
      return obj("messaging_product", "whatsapp", "permission", permission, "actions", List.of(
          obj("action_name", "send_call_permission_request", "can_perform_action",
              !granted && limits.canRequest(waId, now), "limits", limits.requestLimits(waId, now)),
          obj("action_name", "start_call", "can_perform_action", granted && enabled() && limits.canCall(waId, now),
              "limits", limits.callLimits(waId, now))));
    }
  }

  /** {@code POST /{phone-number-id}/calls}: connect, pre_accept, accept, reject, terminate. */
  Map<String, Object> action(Map<String, Object> body) {
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "Param messaging_product must be \"whatsapp\".");
    }
    String action = Json.string(body, "action");
    if (action == null) {
      throw GraphException.of(100, "The parameter action is required.");
    }
    synchronized (engine.lock) {
      if (!enabled()) {
        throw GraphException.of(138000, "Calling is not enabled for this phone number.");
      }
      if (CallRules.sipEnabled(settings)) {
        throw GraphException.of(CallRules.SIP_ENABLED_CODE, "Method not allowed: calls of this number are signalled"
            + " over SIP (calling.sip.status ENABLED), not the Graph API.");
      }
      if (action.equals("connect")) {
        return connect(body);
      }
      CallState call = call(Json.string(body, "call_id"));
      Instant now = engine.now();
      switch (action) {
        case "pre_accept", "accept" -> {
          requireSession(body, "answer");
          // Meta documents recording and transcription on accept (and connect), not on pre_accept.
          boolean accept = action.equals("accept");
          boolean recorded = accept && CallArtifacts.enabled(body, "recording");
          boolean transcribed = accept && CallArtifacts.enabled(body, "transcription");
          if (call.businessInitiated || !(call.status.equals("RINGING") || call.status.equals("PRE_ACCEPTED"))) {
            throw GraphException.of(138004, "Call " + call.id + " cannot be " + action + "ed in state "
                + call.status + ".");
          }
          call.appSdp = Json.string(body, "session", "sdp");
          call.callbackData = Json.string(body, "biz_opaque_callback_data");
          if (accept) {
            call.status = "ACCEPTED";
            call.connectedAt = now;
            call.recorded = recorded;
            call.transcribed = transcribed;
            limits.connected(call.waId, now, false);
          } else {
            call.status = "PRE_ACCEPTED";
          }
        }
        case "reject" -> {
          if (call.businessInitiated || call.connectedAt != null) {
            throw GraphException.of(138004, "Only a ringing user-initiated call can be rejected.");
          }
          end(call, "REJECTED", now);
        }
        case "terminate" -> {
          if (call.status.equals("COMPLETED") || call.status.equals("REJECTED")) {
            throw GraphException.of(138004, "Call " + call.id + " already ended.");
          }
          end(call, "COMPLETED", now);
        }
        default -> throw GraphException.of(100, "Param action must be one of connect, pre_accept, accept, reject, "
            + "terminate, was \"" + action + "\".");
      }
      return obj("messaging_product", "whatsapp", "success", true);
    }
  }

  private Map<String, Object> connect(Map<String, Object> body) {
    requireSession(body, "offer");
    boolean recorded = CallArtifacts.enabled(body, "recording");
    boolean transcribed = CallArtifacts.enabled(body, "transcription");
    // Meta: "to" is "Required (unless recipient is provided)"; recipient is the user's BSUID. As for messages, "to"
    // wins when both are given.
    String input = Json.string(body, "to");
    String recipient = Json.string(body, "recipient");
    String waId;
    if (input != null) {
      waId = Users.waId(input);
    } else if (recipient != null) {
      waId = waIdOfUserId("recipient", recipient);
    } else {
      throw GraphException.of(100, "The parameter to is required (unless recipient is provided).");
    }
    Instant now = engine.now();
    Instant until = permissions.get(waId);
    if (until == null || !now.isBefore(until)) {
      throw GraphException.of(138006, "No approved call permission from the recipient.");
    }
    limits.checkCall(waId, now);
    CallState call = new CallState(newCallId(), waId, true, now);
    call.appSdp = Json.string(body, "session", "sdp");
    call.callbackData = Json.string(body, "biz_opaque_callback_data");
    call.recorded = recorded;
    call.transcribed = transcribed;
    calls.put(call.id, call);
    status(call, "RINGING", now);
    return obj("messaging_product", "whatsapp", "calls", List.of(obj("id", call.id)));
  }

  // ---------------------------------------------------------------- users

  /** The user calls the business: the {@code connect} webhook with the user's SDP offer; the window opens. */
  String userCalls(String waId) {
    synchronized (engine.lock) {
      if (!enabled()) {
        throw new IllegalStateException("calling is DISABLED on the fake's number: users cannot call");
      }
      if (CallRules.sipEnabled(settings)) {
        throw new IllegalStateException("calling.sip is ENABLED on the fake's number: the call would go to the SIP"
            + " server, and the fake plays Graph API signalling only");
      }
      Instant now = engine.now();
      if (!CallRules.withinCallHours(settings, now)) {
        // Meta does not put the call through outside the call hours: no webhook, no window.
        throw new IllegalStateException("the call is outside the number's call hours (calling.call_hours): WhatsApp"
            + " does not put it through to the business");
      }
      UserState user = engine.users.user(waId);
      // Meta: a call opens the customer service window whether or not the business answers.
      user.lastInbound = now;
      if ("ENABLED".equals(settings.get("callback_permission_status"))) {
        permissions.merge(waId, now.plus(TEMPORARY_PERMISSION), (a, b) -> a.isAfter(b) ? a : b);
      }
      CallState call = new CallState(newCallId(), waId, false, now);
      calls.put(call.id, call);
      engine.events.change("calls", obj("contacts", List.of(WebhookEvents.contact(user)), "calls", List.of(
          obj("id", call.id, "from", waId, "to", engine.businessNumber(), "event", "connect",
              "timestamp", Long.toString(now.getEpochSecond()), "direction", call.direction(),
              "session", obj("sdp_type", "offer", "sdp", USER_SDP)))));
      return call.id;
    }
  }

  /** The user answers the business's call: ACCEPTED status and the {@code connect} webhook with the SDP answer. */
  void userAnswers(String waId, String callId) {
    synchronized (engine.lock) {
      CallState call = userCall(waId, callId);
      if (!call.businessInitiated || !call.status.equals("RINGING")) {
        throw new IllegalStateException("call " + callId + " is not the business ringing " + waId);
      }
      Instant now = engine.now();
      call.status = "ACCEPTED";
      call.connectedAt = now;
      limits.connected(waId, now, true);
      engine.users.user(waId).lastInbound = now; // accepting a business call opens the window too
      status(call, "ACCEPTED", now);
      engine.events.change("calls", obj("contacts", List.of(WebhookEvents.contact(engine.users.user(waId))),
          "calls", List.of(obj("id", call.id, "from", engine.businessNumber(), "to", waId, "event", "connect",
              "timestamp", Long.toString(now.getEpochSecond()), "direction", call.direction(),
              "session", obj("sdp_type", "answer", "sdp", USER_SDP)))));
    }
  }

  /** The user declines the business's call: REJECTED status, then terminate. */
  void userDeclines(String waId, String callId) {
    synchronized (engine.lock) {
      CallState call = userCall(waId, callId);
      if (!call.businessInitiated || !call.status.equals("RINGING")) {
        throw new IllegalStateException("call " + callId + " is not the business ringing " + waId);
      }
      Instant now = engine.now();
      status(call, "REJECTED", now);
      end(call, "REJECTED", now);
    }
  }

  /** The user hangs up (or cancels a call still ringing): the {@code terminate} webhook. */
  void userHangsUp(String waId, String callId) {
    synchronized (engine.lock) {
      CallState call = userCall(waId, callId);
      if (call.status.equals("COMPLETED") || call.status.equals("REJECTED")) {
        throw new IllegalStateException("call " + callId + " already ended");
      }
      end(call, "COMPLETED", engine.now());
    }
  }

  /**
   * The user answers a call permission request: an {@code interactive} {@code call_permission_reply} message;
   * accepting grants 7 days, or a permanent permission.
   */
  Map<String, Object> permissionReply(String waId, boolean accept, boolean permanent) {
    synchronized (engine.lock) {
      Instant now = engine.now();
      Map<String, Object> reply = obj("response", accept ? "accept" : "reject", "is_permanent", accept && permanent);
      if (accept) {
        Instant until = permanent ? Instant.MAX : now.plus(TEMPORARY_PERMISSION);
        permissions.put(waId, until);
        if (!permanent) {
          reply.put("expiration_timestamp", until.getEpochSecond());
        }
      } else {
        permissions.remove(waId);
      }
      reply.put("response_source", "user_action");
      return obj("type", "interactive", "interactive", obj("type", "call_permission_reply",
          "call_permission_reply", reply));
    }
  }

  List<Map<String, Object>> view() {
    List<Map<String, Object>> out = new ArrayList<>();
    calls.values().forEach(c -> out.add(c.view()));
    return out;
  }

  /** Every call, oldest first; read under the engine's lock (call analytics). */
  List<CallState> all() {
    return List.copyOf(calls.values());
  }

  // ---------------------------------------------------------------- helpers

  /** The phone number of the user a BSUID names; 100 naming the parameter when no user of the fake has it. */
  private String waIdOfUserId(String parameter, String userId) {
    UserState user = engine.users.byUserId(userId);
    if (user == null) {
      throw GraphException.of(100, "Param " + parameter + " is not a business-scoped user id of a user of this"
          + " business, was \"" + userId + "\".");
    }
    return user.waId;
  }

  private boolean enabled() {
    return "ENABLED".equals(settings.get("status"));
  }

  private void end(CallState call, String status, Instant now) {
    call.status = status;
    call.endedAt = now;
    Map<String, Object> event = obj("id", call.id,
        "from", call.businessInitiated ? engine.businessNumber() : call.waId,
        "to", call.businessInitiated ? call.waId : engine.businessNumber(), "event", "terminate",
        "timestamp", Long.toString(now.getEpochSecond()), "direction", call.direction(),
        "status", status.equals("REJECTED") ? "FAILED" : "COMPLETED");
    if (!status.equals("REJECTED")) {
      // From when media could flow: the app's accept, or the user's call when the user hung up first.
      Instant start = call.connectedAt != null ? call.connectedAt : call.createdAt;
      event.put("start_time", Long.toString(start.getEpochSecond()));
      event.put("end_time", Long.toString(now.getEpochSecond()));
      event.put("duration", Duration.between(start, now).toSeconds());
    }
    if (call.callbackData != null) {
      event.put("biz_opaque_callback_data", call.callbackData);
    }
    engine.events.change("calls", obj("contacts", List.of(WebhookEvents.contact(engine.users.user(call.waId))),
        "calls", List.of(event)));
    if (!status.equals("REJECTED") && call.connectedAt != null) {
      // No media flowed in a call never answered: nothing to record or transcribe.
      artifacts.callEnded(call.id, call.waId, call.connectedAt, now, call.recorded, call.transcribed);
    }
  }

  private void status(CallState call, String status, Instant now) {
    Map<String, Object> s = obj("id", call.id, "timestamp", Long.toString(now.getEpochSecond()), "type", "call",
        "status", status, "recipient_id", call.waId);
    if (call.callbackData != null) {
      s.put("biz_opaque_callback_data", call.callbackData);
    }
    engine.events.change("calls", obj("statuses", List.of(s)));
  }

  private CallState call(@Nullable String id) {
    if (id == null) {
      throw GraphException.of(100, "The parameter call_id is required.");
    }
    CallState call = calls.get(id);
    if (call == null) {
      throw GraphException.of(138002, "Call " + id + " does not exist.");
    }
    return call;
  }

  private CallState userCall(String waId, String callId) {
    CallState call = calls.get(callId);
    if (call == null || !call.waId.equals(waId)) {
      throw new IllegalArgumentException("no call " + callId + " with " + waId);
    }
    return call;
  }

  private String newCallId() {
    String raw = String.format(Locale.ROOT, "FAKECALL%012X", engine.ids.next());
    return "wacid." + Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }

  private static void requireSession(Map<String, Object> body, String type) {
    String sdpType = Json.string(body, "session", "sdp_type");
    String sdp = Json.string(body, "session", "sdp");
    if (!type.equals(sdpType) || sdp == null || sdp.isBlank()) {
      throw GraphException.of(100, "Param session must carry sdp_type \"" + type + "\" and a non-empty sdp.");
    }
  }
}
