package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A recorded call's audio is ready: Meta's {@code call_recording_available} event in the {@code calls} field, sent
 * after the call ended (and post-processing, typically under a minute) when the business enabled {@code recording}
 * on its {@code connect} or {@code accept}. Immutable and thread-safe.
 *
 * @param callId the call id ({@code wacid...})
 * @param user the WhatsApp user of the call ({@code from}, {@code from_user_id}, {@code from_parent_user_id}), when
 *     Meta identified them
 * @param from {@code from} as Meta sent it (absent for a user who adopted a username)
 * @param timestamp {@code timestamp}
 * @param type {@code call_recording.type}: the recording's media type, {@code audio} today
 * @param audio {@code call_recording.audio}: the recording ({@code audio/ogg; codecs=opus})
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the call object as Meta sent it
 */
public record CallRecordingAvailable(
    String callId,
    @Nullable WhatsAppUser user,
    @Nullable String from,
    Instant timestamp,
    String type,
    CallMedia audio,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements CallEvent {

  public CallRecordingAvailable {
    Objects.requireNonNull(callId, "callId == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(audio, "audio == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** {@link CallEventType#CALL_RECORDING_AVAILABLE}, Meta's {@code event}. */
  public CallEventType event() {
    return CallEventType.CALL_RECORDING_AVAILABLE;
  }

  /** {@code call-recording:<wacid>:<media id>}. */
  @Override
  public String eventId() {
    return "call-recording:" + callId + ":" + audio.id();
  }
}
