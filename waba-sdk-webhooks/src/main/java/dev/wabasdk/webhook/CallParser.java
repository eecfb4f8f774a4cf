package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses the {@code calls} field (Calling API): {@code calls[]} (connect, terminate) and {@code statuses[]} of
 * business-initiated calls. Stateless.
 */
final class CallParser {
  private CallParser() {}

  static List<WebhookEvent> parse(@Nullable String businessAccountId, JsonView value) {
    List<WebhookEvent> events = new ArrayList<>();
    WebhookMetadata metadata = Identities.metadata(value);
    List<JsonView> contacts = value.objects("contacts");
    List<JsonView> calls = value.objects("calls");
    for (int i = 0; i < calls.size(); i++) {
      JsonView call = calls.get(i);
      try {
        events.add(call(call, i, calls.size(), contacts, metadata, businessAccountId));
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
      WebhookMetadata metadata, @Nullable String businessAccountId) {
    String id = call.string("id");
    String event = call.string("event");
    Instant timestamp = call.epochSeconds("timestamp");
    if (id == null || event == null || timestamp == null) {
      return WebhookParser.unknown(businessAccountId, "calls", "call needs \"id\", \"event\" and \"timestamp\"", call);
    }
    CallDirection direction = WebhookParser.open(call.string("direction"), CallDirection::of);
    // The user is the caller of a user-initiated call and the callee of a business-initiated one.
    boolean business = direction == CallDirection.BUSINESS_INITIATED;
    String side = business ? "to" : "from";
    Identities.Party user = Identities.party(contacts, call.string(side), call.string(side + "_user_id"),
        call.string(side + "_parent_user_id"), index, count);
    JsonView session = call.object("session");
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
        Identities.errors(call),
        metadata,
        businessAccountId,
        RawJson.wrap(call));
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
