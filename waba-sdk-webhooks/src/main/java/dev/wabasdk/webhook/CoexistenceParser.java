package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Parses the fields of WhatsApp Business app numbers that also use Cloud API ({@code smb_message_echoes},
 * {@code smb_app_state_sync}, {@code history}) and the {@code user_id_update} field. Stateless.
 */
final class CoexistenceParser {
  private CoexistenceParser() {}

  static List<WebhookEvent> echoes(@Nullable String businessAccountId, JsonView value) {
    List<WebhookEvent> events = new ArrayList<>();
    WebhookMetadata metadata = Identities.metadata(value);
    List<JsonView> contacts = value.objects("contacts");
    List<JsonView> echoes = value.objects("message_echoes");
    for (int i = 0; i < echoes.size(); i++) {
      JsonView echo = echoes.get(i);
      try {
        events.add(echo(echo, i, echoes.size(), contacts, metadata, businessAccountId));
      } catch (RuntimeException e) {
        events.add(WebhookParser.unknown(businessAccountId, "smb_message_echoes",
            "could not interpret echo: " + WebhookParser.describe(e, echo), echo));
      }
    }
    if (events.isEmpty()) {
      events.add(WebhookParser.unknown(businessAccountId, "smb_message_echoes", "echoes change without echoes",
          value));
    }
    return events;
  }

  private static WebhookEvent echo(JsonView echo, int index, int count, List<JsonView> contacts,
      WebhookMetadata metadata, @Nullable String businessAccountId) {
    String id = echo.string("id");
    Instant timestamp = echo.epochSeconds("timestamp");
    String type = echo.string("type");
    if (id == null || timestamp == null || type == null) {
      return WebhookParser.unknown(
          businessAccountId, "smb_message_echoes", "echo needs \"id\", \"timestamp\" and \"type\"", echo);
    }
    Identities.Party to = Identities.party(
        contacts, echo.string("to"), echo.string("to_user_id"), echo.string("to_parent_user_id"), index, count);
    String from = echo.string("from");
    String business = from != null ? from : metadata.displayPhoneNumber();
    InboundMessage content = null;
    if (business != null) {
      // The content has the shape of an inbound message of the same type; its sender is the business number.
      MessageHeader header = new MessageHeader(id, WhatsAppUser.ofWaId(business), null, timestamp, null, null, null,
          Identities.errors(echo), metadata, businessAccountId, RawJson.wrap(echo));
      content = InboundMessageParser.typed(header, type, echo);
    }
    return new MessageEcho(id, from, to.user(), to.profileName(), timestamp, type, content, metadata,
        businessAccountId, RawJson.wrap(echo));
  }

  static WebhookEvent appStateSync(WebhookParser.Change c) {
    List<AppStateSync.Item> items = new ArrayList<>();
    for (JsonView item : c.value().objects("state_sync")) {
      JsonView contact = item.object("contact");
      JsonView metadata = item.object("metadata");
      items.add(new AppStateSync.Item(
          item.string("type"),
          item.string("action"),
          contact == null ? null : contact.string("full_name"),
          contact == null ? null : contact.string("first_name"),
          contact == null ? null : contact.string("phone_number"),
          metadata == null ? null : metadata.epochSecondsOrNull("timestamp")));
    }
    return new AppStateSync(c.header(), Identities.metadata(c.value()), items);
  }

  static WebhookEvent history(WebhookParser.Change c) {
    WebhookMetadata metadata = Identities.metadata(c.value());
    List<HistorySync.Chunk> chunks = new ArrayList<>();
    for (JsonView chunk : c.value().objects("history")) {
      JsonView meta = chunk.object("metadata");
      List<HistorySync.Thread> threads = new ArrayList<>();
      for (JsonView thread : chunk.objects("threads")) {
        List<HistorySync.Message> messages = new ArrayList<>();
        for (JsonView message : thread.objects("messages")) {
          messages.add(historyMessage(message, metadata, c.businessAccountId()));
        }
        threads.add(new HistorySync.Thread(thread.string("id"), messages));
      }
      chunks.add(new HistorySync.Chunk(
          meta == null || meta.numberOrNull("phase") == null ? null : meta.intOrZero("phase"),
          meta == null || meta.numberOrNull("chunk_order") == null ? null : meta.intOrZero("chunk_order"),
          meta == null || meta.numberOrNull("progress") == null ? null : meta.intOrZero("progress"),
          threads,
          Identities.errors(chunk)));
    }
    return new HistorySync(c.header(), metadata, chunks);
  }

  private static HistorySync.Message historyMessage(
      JsonView message, WebhookMetadata metadata, @Nullable String businessAccountId) {
    JsonView context = message.object("history_context");
    String status = context == null ? null : context.string("status");
    String id = message.string("id");
    String from = message.string("from");
    String type = message.string("type");
    Instant timestamp = message.epochSecondsOrNull("timestamp");
    if (id == null || from == null || type == null || timestamp == null) {
      return new HistorySync.Message(null, status);
    }
    MessageHeader header = new MessageHeader(id, WhatsAppUser.ofWaId(from), null, timestamp, null, null, null,
        Identities.errors(message), metadata, businessAccountId, RawJson.wrap(message));
    return new HistorySync.Message(InboundMessageParser.typed(header, type, message), status);
  }

  static List<WebhookEvent> userIdUpdates(@Nullable String businessAccountId, JsonView value) {
    List<WebhookEvent> events = new ArrayList<>();
    WebhookMetadata metadata = Identities.metadata(value);
    List<JsonView> contacts = value.objects("contacts");
    List<JsonView> updates = value.objects("user_id_update");
    for (int i = 0; i < updates.size(); i++) {
      JsonView update = updates.get(i);
      JsonView ids = update.object("user_id");
      String current = ids == null ? null : ids.string("current");
      if (current == null) {
        events.add(WebhookParser.unknown(
            businessAccountId, "user_id_update", "user_id_update needs \"user_id.current\"", update));
        continue;
      }
      Identities.Party party = Identities.party(
          contacts, update.string("wa_id"), current, update.string("parent_user_id"), i, updates.size());
      WhatsAppUser user = party.user() != null ? party.user() : WhatsAppUser.ofUserId(current);
      if (!current.equals(user.userId())) {
        // The contact may still carry the previous id: the current one is what names the user now.
        user = new WhatsAppUser(user.waId(), current, user.parentUserId(), user.username());
      }
      events.add(new UserIdUpdate(user, party.profileName(), Objects.requireNonNull(ids).string("previous"), current,
          update.string("detail"), update.epochSecondsOrNull("timestamp"), metadata, businessAccountId,
          RawJson.wrap(update)));
    }
    if (events.isEmpty()) {
      events.add(WebhookParser.unknown(businessAccountId, "user_id_update", "change without user_id_update", value));
    }
    return events;
  }
}
