package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every item of a Groups API webhook carries ({@code groups[]} of {@code group_lifecycle_update},
 * {@code group_participants_update}, {@code group_settings_update} and {@code group_status_update}), shared by
 * every {@link GroupEvent}. Immutable and thread-safe.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id}), when Meta sent it
 * @param field the change {@code field}, e.g. {@code group_participants_update}
 * @param metadata the business phone number the group belongs to
 * @param type what happened ({@code type}); an unknown value keeps Meta's string
 * @param groupId the group ({@code group_id}); null only when a failed creation names none
 * @param requestId the id of the API request this answers ({@code request_id}), for asynchronous operations
 * @param timestamp when it happened ({@code timestamp})
 * @param errors why the operation failed, in full or in part ({@code errors}); empty on success
 * @param raw the {@code groups[]} item as Meta sent it
 */
public record GroupHeader(
    String eventId,
    @Nullable String businessAccountId,
    String field,
    WebhookMetadata metadata,
    @Nullable GroupEventType type,
    @Nullable String groupId,
    @Nullable String requestId,
    @Nullable Instant timestamp,
    List<WebhookError> errors,
    RawJson raw) {

  public GroupHeader {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(field, "field == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
    errors = List.copyOf(errors);
  }
}
