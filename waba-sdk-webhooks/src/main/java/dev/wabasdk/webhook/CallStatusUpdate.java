package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A business-initiated call changed state ({@code statuses[]} with {@code type: call} in the {@code calls} field):
 * ringing, accepted, rejected. Immutable and thread-safe.
 *
 * @param callId the call id ({@code wacid...})
 * @param status the new state; an unknown value keeps Meta's string
 * @param timestamp when it changed
 * @param user the callee ({@code recipient_id} / {@code recipient_user_id} / parent id), when Meta identified them
 * @param bizOpaqueCallbackData what the business attached when it started the call, else null
 * @param errors why the call failed, when it did
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the status object as Meta sent it
 */
public record CallStatusUpdate(
    String callId,
    CallStatus status,
    Instant timestamp,
    @Nullable WhatsAppUser user,
    @Nullable String bizOpaqueCallbackData,
    List<WebhookError> errors,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements CallEvent {

  public CallStatusUpdate {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
    errors = List.copyOf(Objects.requireNonNull(errors, "errors == null"));
  }

  /** {@code call-status:<wacid>:<status>}. */
  @Override
  public String eventId() {
    return "call-status:" + callId + ":" + status.value().toLowerCase(Locale.ROOT);
  }
}
