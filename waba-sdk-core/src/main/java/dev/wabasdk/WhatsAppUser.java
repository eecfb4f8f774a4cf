package dev.wabasdk;

import dev.wabasdk.message.Recipient;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A WhatsApp user as Meta identifies them: by phone number ({@code wa_id}), by business-scoped user id
 * ({@code user_id}, a BSUID such as {@code US.13491208655302741918}), or both. Since 2026 a user may come with a
 * BSUID and a username and no phone number at all, so never assume {@link #waId()} is present.
 * Immutable and thread-safe.
 *
 * @param waId the phone number in Meta's {@code wa_id} form (digits, no {@code +}), when Meta shared it
 * @param userId the business-scoped user id, when Meta sent one
 * @param parentUserId the parent BSUID for linked portfolios, when Meta sent one
 * @param username the user's WhatsApp username, when they have one
 */
public record WhatsAppUser(
    @Nullable String waId, @Nullable String userId, @Nullable String parentUserId, @Nullable String username) {

  public WhatsAppUser {
    if (waId == null && userId == null) {
      throw new IllegalArgumentException("WhatsAppUser needs a wa_id or a user_id (BSUID); both were null");
    }
  }

  /** A user known by phone number only. */
  public static WhatsAppUser ofWaId(String waId) {
    return new WhatsAppUser(Objects.requireNonNull(waId, "waId"), null, null, null);
  }

  /** A user known by business-scoped user id only. */
  public static WhatsAppUser ofUserId(String userId) {
    return new WhatsAppUser(null, Objects.requireNonNull(userId, "userId"), null, null);
  }

  /**
   * The address to send to: the phone number when known (Meta gives {@code to} precedence), else the BSUID.
   */
  public Recipient recipient() {
    return waId != null ? Recipient.phoneNumber(waId) : Recipient.userId(Objects.requireNonNull(userId));
  }

  /** A stable key for this user: the {@code wa_id} when known, else the BSUID. */
  public String key() {
    return waId != null ? waId : Objects.requireNonNull(userId);
  }
}
