package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.routing.ThreadRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Parses Conversation Routing's fields: {@code messaging_handovers} (one {@link HandoverEvent}) and {@code standby}
 * (a {@link StandbyEvent} per item, none for an empty {@code "standby": {}}). The shapes follow Meta's reference
 * examples as partner SDKs reproduce them (Meta's pages were only partly readable); every member inside a
 * notification is read as optional, as Meta's page advises. Stateless.
 */
final class RoutingParser {
  static final String HANDOVERS = "messaging_handovers";
  static final String STANDBY = "standby";

  private RoutingParser() {}

  /**
   * The event of a {@code messaging_handovers} change: the value carries no {@code metadata} object and no
   * {@code contacts}; the business number is {@code recipient}, the user {@code sender}.
   */
  static WebhookEvent handover(WebhookParser.Change c) {
    JsonView value = c.value();
    String type = value.string("type");
    if (type == null || !type.equals("control_passed") && !type.equals("control_taken")) {
      return WebhookParser.unknown(c.businessAccountId(), HANDOVERS,
          type == null ? "handover without \"type\"" : "unknown handover type \"" + type + "\"", value);
    }
    Instant timestamp = value.epochSeconds("timestamp"); // malformed: the change becomes an UnknownEvent
    if (timestamp == null) {
      return WebhookParser.unknown(c.businessAccountId(), HANDOVERS, "handover without \"timestamp\"", value);
    }
    JsonView recipient = value.object("recipient");
    WebhookMetadata metadata = recipient == null ? new WebhookMetadata(null, null)
        : new WebhookMetadata(recipient.string("phone_number_id"), recipient.string("display_phone_number"));
    JsonView sender = value.object("sender");
    WhatsAppUser user = sender == null ? null : user(sender.string("phone_number"), sender.string("user_id"));
    // The object named by type; absent, it reads as one without members (every member is optional).
    JsonView control = value.object(type);
    if (control == null && value.get(type) != null) {
      return WebhookParser.unknown(c.businessAccountId(), HANDOVERS, "handover's \"" + type + "\" is not an object",
          value);
    }
    ThreadRole previous = control == null ? null
        : WebhookParser.open(control.string("previous_owner_role"), ThreadRole::of);
    ThreadRole next = control == null ? null : WebhookParser.open(control.string("new_owner_role"), ThreadRole::of);
    String text = control == null ? null : control.string("metadata");
    if (type.equals("control_taken")) {
      return new ControlTaken(c.header(), user, metadata, timestamp, previous, next, text);
    }
    return new ControlPassed(c.header(), user, metadata, timestamp, previous, next, text,
        control == null ? null : conversationContext(control));
  }

  /**
   * The {@code conversation_context} member of {@code holder} (a {@code control_passed} object, or a
   * {@code messages} change's value beside its messages), or null when it has none.
   */
  static @Nullable ConversationContext conversationContext(JsonView holder) {
    JsonView context = holder.object("conversation_context");
    if (context == null) {
      return null;
    }
    JsonView summary = context.object("summary");
    return new ConversationContext(WebhookParser.orEmpty(context.string("type")),
        summary == null ? null : summary.string("text"));
  }

  private static @Nullable WhatsAppUser user(@Nullable String waId, @Nullable String userId) {
    return waId == null && userId == null ? null : new WhatsAppUser(waId, userId, null, null);
  }

  /** The events of a {@code standby} change: messages, then echoes, then statuses, in payload order. */
  static List<WebhookEvent> standby(WebhookParser.Change c) {
    String businessAccountId = c.businessAccountId();
    JsonView standby = c.value().object(STANDBY);
    if (standby == null) {
      return List.of(WebhookParser.unknown(businessAccountId, STANDBY, "standby change without a \"standby\" object",
          c.value()));
    }
    WebhookMetadata metadata = Identities.metadata(c.value());
    List<Identities.Contact> contacts = Identities.contacts(standby.objects("contacts"));
    List<JsonView> messages = standby.objects("messages");
    List<JsonView> echoes = standby.objects("message_echoes");
    List<JsonView> statuses = standby.objects("statuses");
    List<WebhookEvent> events = new ArrayList<>(messages.size() + echoes.size() + statuses.size());
    for (int i = 0; i < messages.size(); i++) {
      JsonView item = messages.get(i);
      int index = i;
      events.add(item(item, "message", businessAccountId, () -> {
        WebhookEvent event =
            InboundMessageParser.message(item, index, messages.size(), contacts, metadata, businessAccountId, null);
        return event instanceof InboundMessage message ? new StandbyMessage(message) : event;
      }));
    }
    for (JsonView item : echoes) {
      events.add(item(item, "echo", businessAccountId, () -> echo(item, metadata, businessAccountId)));
    }
    for (int i = 0; i < statuses.size(); i++) {
      JsonView item = statuses.get(i);
      int index = i;
      events.add(item(item, "status", businessAccountId, () -> {
        WebhookEvent event = StatusParser.status(item, index, statuses.size(), contacts, metadata, businessAccountId);
        if (event instanceof PaymentStatusUpdate) {
          return WebhookParser.unknown(businessAccountId, STANDBY, "another responder's payment status", item);
        }
        return event instanceof MessageStatus status ? new StandbyStatus(status) : event;
      }));
    }
    if (events.isEmpty() && !standby.map().isEmpty()) {
      // Meta's envelope shows "standby": {}, which says nothing; members but no items is a shape not modelled.
      events.add(WebhookParser.unknown(businessAccountId, STANDBY,
          "standby without messages, message_echoes or statuses", c.value()));
    }
    return events;
  }

  /** What the shared parsers answer for one item, an item they could not read kept as a standby UnknownEvent. */
  private static WebhookEvent item(JsonView item, String kind, @Nullable String businessAccountId,
      Supplier<WebhookEvent> parse) {
    WebhookEvent event;
    try {
      event = parse.get();
    } catch (RuntimeException e) {
      return WebhookParser.unknown(businessAccountId, STANDBY,
          "could not interpret standby " + kind + ": " + WebhookParser.describe(e, item), item);
    }
    if (event instanceof UnknownEvent unknown) {
      // Its id and field would be those of the messages field: a standby copy must never pass for the app's own.
      return WebhookParser.unknown(businessAccountId, STANDBY, "standby " + kind + ": " + unknown.reason(), item);
    }
    return event;
  }

  private static WebhookEvent echo(JsonView echo, WebhookMetadata metadata, @Nullable String businessAccountId) {
    String id = echo.string("id");
    Instant timestamp = echo.epochSeconds("timestamp");
    JsonView message = echo.object("message");
    if (id == null || timestamp == null || message == null) {
      return WebhookParser.unknown(businessAccountId, STANDBY, "needs \"id\", \"timestamp\" and \"message\"", echo);
    }
    JsonView template = echo.object("template");
    JsonView flow = echo.object("flow");
    return new StandbyEcho(id, timestamp, to(message), message.string("type"), RawJson.wrap(message),
        template == null ? null : RawJson.wrap(template), flow == null ? null : RawJson.wrap(flow), metadata,
        businessAccountId, RawJson.wrap(echo));
  }

  /** The user a send body names: {@code to} (a phone number, normalised to a wa_id when valid) or {@code recipient}. */
  private static @Nullable WhatsAppUser to(JsonView send) {
    if ("group".equals(send.string("recipient_type"))) {
      return null; // a group is no thread's user
    }
    String to = send.string("to");
    if (to != null) {
      try {
        return WhatsAppUser.ofWaId(Recipient.phoneNumber(to).waId());
      } catch (IllegalArgumentException e) {
        return to.isBlank() ? null : WhatsAppUser.ofWaId(to); // as the owner wrote it
      }
    }
    String recipient = send.string("recipient");
    return recipient == null || recipient.isBlank() ? null : WhatsAppUser.ofUserId(recipient);
  }
}
