package dev.wabasdk.webhook;

import dev.wabasdk.username.UsernameStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The status of a business phone number's username changed ({@code business_username_update}): reserved (not yet
 * visible), approved (visible, or changed in the WhatsApp Business app) or deleted. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param displayPhoneNumber the business phone number
 * @param username the username whose status changed; Meta omits it when the status is {@code deleted}
 * @param status the new status (open), null when absent
 */
public record BusinessUsernameUpdate(
    ChangeHeader header,
    @Nullable String displayPhoneNumber,
    @Nullable String username,
    @Nullable UsernameStatus status)
    implements PhoneNumberEvent {

  public BusinessUsernameUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
