package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import org.jspecify.annotations.Nullable;

/**
 * A notification of the {@code calls} field (Calling API): a call was set up or ended ({@link Call}), a
 * business-initiated call changed state ({@link CallStatusUpdate}), or a call's recording or transcript is ready
 * ({@link CallRecordingAvailable}, {@link CallTranscriptionAvailable}). A call from a user opens the customer service
 * window like a message. Implementations are immutable and thread-safe.
 */
public sealed interface CallEvent extends WebhookEvent
    permits Call, CallStatusUpdate, CallRecordingAvailable, CallTranscriptionAvailable {

  /** The call id ({@code wacid...}). */
  String callId();

  /** The WhatsApp user on the other end of the call, when Meta identified them. */
  @Nullable WhatsAppUser user();

  /** The business phone number of the call. */
  WebhookMetadata metadata();
}
