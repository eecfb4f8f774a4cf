package dev.wabasdk.webhook;

import dev.wabasdk.internal.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed webhook payload into events: the one entry point of the parsers, which split by event family
 * ({@link InboundMessageParser}, {@link StatusParser}, {@link TemplateChangeParser}, {@link AccountChangeParser},
 * {@link UserPreferenceParser}, {@link CallParser}, {@link CoexistenceParser}, {@link GroupParser},
 * {@link MarketingEventParser}, {@link RoutingParser}). Lenient by design: unknown members are ignored, unknown types
 * and fields become {@code Unknown...} events, a malformed value reads as absent or makes its item an
 * {@link UnknownEvent} whose reason names the JSON path, and one change that cannot be interpreted never stops the
 * others. Stateless.
 */
final class WebhookParser {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private WebhookParser() {}

  static List<WebhookEvent> parse(JsonView root) {
    List<WebhookEvent> events = new ArrayList<>();
    if (!root.hasArray("entry")) {
      events.add(unknown(null, null, "payload has no \"entry\" array", root));
      return events;
    }
    for (JsonView entry : root.objects("entry")) {
      String businessAccountId = entry.string("id");
      Instant time = entry.epochSecondsOrNull("time");
      for (JsonView change : entry.objects("changes")) {
        String field = change.string("field");
        JsonView value = change.object("value");
        if (value == null) {
          events.add(unknown(businessAccountId, field, "change has no \"value\" object", change));
          continue;
        }
        Change c = new Change(field == null ? "" : field, businessAccountId, time, value);
        int before = events.size();
        try {
          if (c.field().equals("messages")) {
            messagesChange(businessAccountId, value, events); // the common change: its events go straight in
          } else {
            events.addAll(parseChange(c));
          }
        } catch (RuntimeException e) {
          events.subList(before, events.size()).clear(); // none of a failed change's events is kept
          // A shape we did not foresee must not cost the other changes in the payload; the whole change is kept
          // raw (and none of its events dispatched twice).
          events.add(unknown(businessAccountId, field, "could not interpret change: " + describe(e, value), value));
        }
      }
    }
    return events;
  }

  private static List<WebhookEvent> parseChange(Change c) {
    return switch (c.field()) {
      case "user_preferences" -> UserPreferenceParser.parse(c.businessAccountId(), c.value());
      case "calls" -> CallParser.parse(c.businessAccountId(), c.value());
      case "smb_message_echoes" -> CoexistenceParser.echoes(c.businessAccountId(), c.value());
      case "smb_app_state_sync" -> List.of(CoexistenceParser.appStateSync(c));
      case "history" -> List.of(CoexistenceParser.history(c));
      case "user_id_update" -> CoexistenceParser.userIdUpdates(c.businessAccountId(), c.value());
      case "automatic_events" -> MarketingEventParser.automaticEvents(c.businessAccountId(), c.value());
      case RoutingParser.HANDOVERS -> List.of(RoutingParser.handover(c));
      case RoutingParser.STANDBY -> RoutingParser.standby(c);
      default -> {
        List<WebhookEvent> groupEvents = GroupParser.parse(c);
        if (groupEvents != null) {
          yield groupEvents;
        }
        WebhookEvent event = TemplateChangeParser.parse(c);
        if (event == null) {
          event = AccountChangeParser.parse(c);
        }
        if (event == null) {
          event = OtherFieldsParser.parse(c);
        }
        yield List.of(event != null ? event : new UnknownEvent(
            c.header().eventId(), c.businessAccountId(), c.field(), "unknown field \"" + c.field() + "\"", c.raw()));
      }
    };
  }

  /**
   * One change of a field: where it came from and the members every event of that field reads.
   *
   * @param field the change {@code field}, empty when Meta sent none
   */
  record Change(String field, @Nullable String businessAccountId, @Nullable Instant time, JsonView value) {

    ChangeHeader header() {
      return new ChangeHeader(contentId(field, businessAccountId, time, value.map()), businessAccountId, field, time,
          raw());
    }

    @Nullable String string(String name) {
      return value.string(name);
    }

    /** The first of two names Meta has used for the same member. */
    @Nullable String firstString(String name, String formerName) {
      String current = string(name);
      return current != null ? current : string(formerName);
    }

    <T> @Nullable T open(String name, Function<String, T> parse) {
      return WebhookParser.open(string(name), parse);
    }

    RawJson raw() {
      return RawJson.wrap(value);
    }
  }

  /** The events of a {@code messages} change, added to {@code events}. */
  private static void messagesChange(@Nullable String businessAccountId, JsonView value, List<WebhookEvent> events) {
    WebhookMetadata metadata = Identities.metadata(value);
    List<Identities.Contact> contacts = Identities.contacts(value.objects("contacts"));
    List<JsonView> messages = value.objects("messages");
    List<JsonView> statuses = value.objects("statuses");
    List<WebhookError> errors = Identities.errors(value);
    List<JsonView> userActions = value.objects("user_actions");
    ConversationContext conversationContext = RoutingParser.conversationContext(value);
    for (int i = 0; i < messages.size(); i++) {
      JsonView message = messages.get(i);
      try {
        events.add(InboundMessageParser.message(message, i, messages.size(), contacts, metadata, businessAccountId,
            conversationContext));
      } catch (RuntimeException e) {
        events.add(unknown(businessAccountId, "messages", "could not interpret message: " + describe(e, message),
            message));
      }
    }
    for (int i = 0; i < statuses.size(); i++) {
      JsonView status = statuses.get(i);
      try {
        events.add(StatusParser.status(status, i, statuses.size(), contacts, metadata, businessAccountId));
      } catch (RuntimeException e) {
        events.add(unknown(businessAccountId, "messages", "could not interpret status: " + describe(e, status),
            status));
      }
    }
    if (!errors.isEmpty()) {
      events.add(
          new ApiErrorEvent(
              contentId("errors", businessAccountId, null, value.map()),
              businessAccountId,
              metadata,
              errors,
              RawJson.wrap(value)));
    }
    events.addAll(MarketingEventParser.userActions(businessAccountId, metadata, userActions));
    if (messages.isEmpty() && statuses.isEmpty() && errors.isEmpty() && userActions.isEmpty()) {
      events.add(unknown(businessAccountId, "messages",
          "messages change without messages, statuses, errors or user actions", value));
    }
  }

  /** A malformed value's message names its path already; anything else (a bug) is named with where it happened. */
  static String describe(RuntimeException e, JsonView where) {
    String message = e.getMessage();
    return e instanceof Json.MalformedJsonException && message != null ? message : where.path() + ": " + e;
  }

  static UnknownEvent unknown(
      @Nullable String businessAccountId, @Nullable String field, String reason, JsonView json) {
    return new UnknownEvent(
        contentId(field == null ? "unknown" : field, businessAccountId, null, json.map()),
        businessAccountId,
        field,
        reason,
        RawJson.wrap(json));
  }

  /**
   * A key that is the same whenever Meta redelivers the same notification: the field and a hash of where it
   * came from and what it says.
   */
  static String contentId(
      String field, @Nullable String businessAccountId, @Nullable Instant time, Map<String, @Nullable Object> json) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    sha256.update((businessAccountId + "|" + time + "|").getBytes(StandardCharsets.UTF_8));
    byte[] digest = sha256.digest(Json.writeTree(json).getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[32];
    for (int i = 0; i < 16; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return field + ":" + new String(hex);
  }

  /** An open value ({@code X.of(raw)}), or null when Meta sent nothing (or only blanks). */
  static <T> @Nullable T open(@Nullable String raw, Function<String, T> parse) {
    return raw == null || raw.isBlank() ? null : parse.apply(raw);
  }

  static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }
}
