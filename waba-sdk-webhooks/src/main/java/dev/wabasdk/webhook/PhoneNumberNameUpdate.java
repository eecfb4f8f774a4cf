package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta decided on a requested display name ({@code phone_number_name_update}).
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param displayPhoneNumber the business phone number
 * @param decision the decision, null when absent
 * @param rawDecision {@code decision} as Meta sent it
 * @param requestedVerifiedName the display name requested
 * @param rejectionReason why it was rejected, when it was
 * @param raw the change {@code value} as Meta sent it
 */
public record PhoneNumberNameUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String displayPhoneNumber,
    @Nullable ReviewDecision decision,
    @Nullable String rawDecision,
    @Nullable String requestedVerifiedName,
    @Nullable String rejectionReason,
    RawJson raw)
    implements PhoneNumberEvent {

  public PhoneNumberNameUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
