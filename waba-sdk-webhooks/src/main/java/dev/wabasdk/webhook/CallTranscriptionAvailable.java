package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A transcribed call's transcript is ready: Meta's {@code call_transcription_available} event in the {@code calls}
 * field, sent after the call ended (and post-processing, typically under a minute) when the business enabled
 * {@code transcription} on its {@code connect} or {@code accept}. The document is JSON: read it with core's
 * {@code dev.wabasdk.calling.CallTranscript.parse}. It may be empty when Meta could not transcribe the spoken
 * language. Immutable and thread-safe.
 *
 * @param callId the call id ({@code wacid...})
 * @param user the WhatsApp user of the call ({@code from}, {@code from_user_id}, {@code from_parent_user_id}), when
 *     Meta identified them
 * @param from {@code from} as Meta sent it (absent for a user who adopted a username)
 * @param timestamp {@code timestamp}
 * @param document {@code call_transcript.document}: the transcript ({@code application/json})
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the call object as Meta sent it
 */
public record CallTranscriptionAvailable(
    String callId,
    @Nullable WhatsAppUser user,
    @Nullable String from,
    Instant timestamp,
    CallMedia document,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements CallEvent {

  public CallTranscriptionAvailable {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(document, "document == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** {@link CallEventType#CALL_TRANSCRIPTION_AVAILABLE}, Meta's {@code event}. */
  public CallEventType event() {
    return CallEventType.CALL_TRANSCRIPTION_AVAILABLE;
  }

  /** {@code call-transcription:<wacid>:<media id>}. */
  @Override
  public String eventId() {
    return "call-transcription:" + callId + ":" + document.id();
  }
}
