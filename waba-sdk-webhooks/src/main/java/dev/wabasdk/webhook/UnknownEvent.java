package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A notification this SDK does not model yet (an unknown {@code field} such as {@code history} or
 * {@code user_id_update}), or one it could not interpret (e.g. a message without an id). Nothing is dropped:
 * read it from {@link #raw()}. Immutable and thread-safe.
 *
 * @param eventId a stable key (the message or status id when there is one, else a content hash)
 * @param businessAccountId the WhatsApp Business Account id, when known
 * @param field the change {@code field}, e.g. {@code history}, when known
 * @param reason why it is unknown, e.g. {@code unknown field "history"}
 * @param raw the JSON object as Meta sent it
 */
public record UnknownEvent(
    String eventId, @Nullable String businessAccountId, @Nullable String field, String reason, RawJson raw)
    implements WebhookEvent {

  public UnknownEvent {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
