package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta decided on a requested display name ({@code phone_number_name_update}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param displayPhoneNumber the business phone number
 * @param decision the decision (open), null when absent
 * @param requestedVerifiedName the display name requested
 * @param rejectionReason why it was rejected, when it was
 */
public record PhoneNumberNameUpdate(
    ChangeHeader header,
    @Nullable String displayPhoneNumber,
    @Nullable ReviewDecision decision,
    @Nullable String requestedVerifiedName,
    @Nullable String rejectionReason)
    implements PhoneNumberEvent {

  public PhoneNumberNameUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
