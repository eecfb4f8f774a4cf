package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code calls} field (Calling API): {@code calls[]} (connect, terminate, and the recording and
 * transcript of a call once ready) and {@code statuses[]} of business-initiated calls. Stateless.
 */
final class CallParser {
  private CallParser() {}

  static List<WebhookEvent> parse(@Nullable String businessAccountId, JsonView value) {
    List<WebhookEvent> events = new ArrayList<>();
    WebhookMetadata metadata = Identities.metadata(value);
    List<JsonView> contacts = value.objects("contacts");
    List<JsonView> calls = value.objects("calls");
    // Meta's Call terminate example puts "errors" beside "calls" in value: they concern the change's calls.
    List<WebhookError> changeErrors = Identities.errors(value);
    for (int i = 0; i < calls.size(); i++) {
      JsonView call = calls.get(i);
      try {
        events.add(call(call, i, calls.size(), contacts, metadata, businessAccountId, changeErrors));
      } catch (RuntimeException e) {
        events.add(WebhookParser.unknown(businessAccountId, "calls",
            "could not interpret call: " + WebhookParser.describe(e, call), call));
      }
    }
    List<JsonView> statuses = value.objects("statuses");
    for (int i = 0; i < statuses.size(); i++) {
      JsonView status = statuses.get(i);
      try {
        events.add(status(status, i, statuses.size(), contacts, metadata, businessAccountId));
      } catch (RuntimeException e) {
        events.add(WebhookParser.unknown(businessAccountId, "calls",
            "could not interpret call status: " + WebhookParser.describe(e, status), status));
      }
    }
    if (events.isEmpty()) {
      events.add(WebhookParser.unknown(businessAccountId, "calls", "calls change without calls or statuses", value));
    }
    return events;
  }

  private static WebhookEvent call(JsonView call, int index, int count, List<JsonView> contacts,
      WebhookMetadata metadata, @Nullable String businessAccountId, List<WebhookError> changeErrors) {
    String id = call.string("id");
    String event = call.string("event");
    Instant timestamp = call.epochSeconds("timestamp");
    if (id == null || event == null || timestamp == null) {
      return WebhookParser.unknown(businessAccountId, "calls", "call needs \"id\", \"event\" and \"timestamp\"", call);
    }
    if (event.equalsIgnoreCase(CallEventType.CALL_RECORDING_AVAILABLE.value())
        || event.equalsIgnoreCase(CallEventType.CALL_TRANSCRIPTION_AVAILABLE.value())) {
      return mediaAvailable(call, id, event, timestamp, index, count, contacts, metadata, businessAccountId);
    }
    CallDirection direction = WebhookParser.open(call.string("direction"), CallDirection::of);
    JsonView session = call.object("session");
    if (direction == null) {
      direction = inferredDirection(call, session, metadata);
    }
    String side = userSide(call, direction, metadata);
    Identities.Party user = Identities.party(contacts, call.string(side), call.string(side + "_user_id"),
        call.string(side + "_parent_user_id"), index, count);
    return new Call(
        id,
        CallEventType.of(event),
        direction,
        user.user(),
        user.profileName(),
        call.string("from"),
        call.string("to"),
        timestamp,
        session == null ? null : new CallSession(session.string("sdp_type"), session.string("sdp")),
        WebhookParser.open(call.string("status"), CallStatus::of),
        call.epochSecondsOrNull("start_time"),
        call.epochSecondsOrNull("end_time"),
        call.numberOrNull("duration") == null ? null : call.intOrZero("duration"),
        call.string("biz_opaque_callback_data"),
        errors(Identities.errors(call), changeErrors),
        metadata,
        businessAccountId,
        RawJson.wrap(call));
  }

  /**
   * {@code call_recording_available} ({@code call_recording.audio}) or {@code call_transcription_available}
   * ({@code call_transcript.document}): Meta's examples name the user in {@code from} and its BSUID members.
   */
  private static WebhookEvent mediaAvailable(JsonView call, String id, String event, Instant timestamp, int index,
      int count, List<JsonView> contacts, WebhookMetadata metadata, @Nullable String businessAccountId) {
    boolean recording = event.equalsIgnoreCase(CallEventType.CALL_RECORDING_AVAILABLE.value());
    String holder = recording ? "call_recording" : "call_transcript";
    String kind = recording ? "audio" : "document";
    JsonView object = call.object(holder);
    JsonView media = object == null ? null : object.object(kind);
    String mediaId = media == null ? null : media.string("id");
    if (object == null || media == null || mediaId == null) {
      return WebhookParser.unknown(businessAccountId, "calls", event + " needs \"" + holder + "." + kind + ".id\"",
          call);
    }
    CallMedia file = new CallMedia(mediaId, media.string("sha256"), media.string("mime_type"), media.string("url"));
    String side = userSide(call, null, metadata);
    Identities.Party user = Identities.party(contacts, call.string(side), call.string(side + "_user_id"),
        call.string(side + "_parent_user_id"), index, count);
    if (recording) {
      String type = object.string("type");
      return new CallRecordingAvailable(id, user.user(), call.string("from"), timestamp, type == null ? kind : type,
          file, metadata, businessAccountId, RawJson.wrap(call));
    }
    return new CallTranscriptionAvailable(id, user.user(), call.string("from"), timestamp, file, metadata,
        businessAccountId, RawJson.wrap(call));
  }

  /**
   * Who called, when Meta leaves {@code direction} out (its user-initiated Call Connect example has none). On
   * {@code connect} the session tells: a user's call brings the user's SDP offer, a business call the user's SDP
   * answer. Otherwise the business number does: the callee of a user's call, the caller of a business call.
   */
  private static @Nullable CallDirection inferredDirection(JsonView call, @Nullable JsonView session,
      WebhookMetadata metadata) {
    String sdpType = session == null ? null : session.string("sdp_type");
    if ("connect".equalsIgnoreCase(call.string("event")) && sdpType != null) {
      if (sdpType.equalsIgnoreCase("offer")) {
        return CallDirection.USER_INITIATED;
      }
      if (sdpType.equalsIgnoreCase("answer")) {
        return CallDirection.BUSINESS_INITIATED;
      }
    }
    String business = metadata.displayPhoneNumber();
    if (business == null) {
      return null;
    }
    if (sameNumber(business, call.string("to"))) {
      return CallDirection.USER_INITIATED;
    }
    return sameNumber(business, call.string("from")) ? CallDirection.BUSINESS_INITIATED : null;
  }

  /**
   * Which of {@code from}/{@code to} names the user: the caller of a user-initiated call, the callee of a
   * business-initiated one. Meta's own user-initiated Call Connect example swaps them ({@code from} is the
   * business's display number, {@code to} the user), so a side holding the business number, when the other does
   * not, gives way to the other.
   */
  private static String userSide(JsonView call, @Nullable CallDirection direction, WebhookMetadata metadata) {
    String side = direction == CallDirection.BUSINESS_INITIATED ? "to" : "from";
    String other = side.equals("to") ? "from" : "to";
    String business = metadata.displayPhoneNumber();
    if (sameNumber(business, call.string(side)) && !sameNumber(business, call.string(other))) {
      return other;
    }
    return side;
  }

  /** A call's own errors, then those of its change. */
  private static List<WebhookError> errors(List<WebhookError> own, List<WebhookError> change) {
    if (change.isEmpty()) {
      return own;
    }
    List<WebhookError> all = new ArrayList<>(own.size() + change.size());
    all.addAll(own);
    all.addAll(change);
    return all;
  }

  /** Whether two phone numbers have the same digits ({@code display_phone_number} may come formatted). */
  private static boolean sameNumber(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return false;
    }
    String digits = a.replaceAll("\\D", "");
    return !digits.isEmpty() && digits.equals(b.replaceAll("\\D", ""));
  }

  private static WebhookEvent status(JsonView status, int index, int count, List<JsonView> contacts,
      WebhookMetadata metadata, @Nullable String businessAccountId) {
    String id = status.string("id");
    String state = status.string("status");
    Instant timestamp = status.epochSeconds("timestamp");
    if (id == null || state == null || timestamp == null) {
      return WebhookParser.unknown(
          businessAccountId, "calls", "call status needs \"id\", \"status\" and \"timestamp\"", status);
    }
    Identities.Party user = Identities.party(contacts, status.string("recipient_id"),
        status.string("recipient_user_id"), Identities.parentRecipientUserId(status), index, count);
    return new CallStatusUpdate(
        id,
        CallStatus.of(state),
        timestamp,
        user.user(),
        status.string("biz_opaque_callback_data"),
        Identities.errors(status),
        metadata,
        businessAccountId,
        RawJson.wrap(status));
  }
}
