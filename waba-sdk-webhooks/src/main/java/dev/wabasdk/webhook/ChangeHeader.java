package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a notification of a non-message field came from, shared by every {@link TemplateEvent},
 * {@link PhoneNumberEvent} and {@link AccountEvent} (whose {@code eventId()}, {@code businessAccountId()},
 * {@code time()} and {@code raw()} read it). Immutable and thread-safe.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id}), when Meta sent it
 * @param field the change {@code field}, e.g. {@code message_template_status_update}
 * @param time when Meta sent the notification ({@code entry[].time}), when present and valid
 * @param raw the change {@code value} as Meta sent it
 */
public record ChangeHeader(
    String eventId, @Nullable String businessAccountId, String field, @Nullable Instant time, RawJson raw) {

  public ChangeHeader {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
