package dev.wabasdk;

import dev.wabasdk.internal.GraphIds;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One business phone number an app serves, with the WhatsApp Business Account (WABA) it belongs to: the unit a
 * multi-tenant client ({@link WhatsApp#forNumber(Tenant)}), an {@link AccessTokenProvider} and per-number state are
 * keyed by. Ids only, never a secret. Immutable and thread-safe.
 *
 * @param phoneNumberId the business {@code phone_number_id}
 * @param businessAccountId the WABA id, when known (needed for templates and the phone-number list)
 */
public record Tenant(String phoneNumberId, @Nullable String businessAccountId) {

  public Tenant {
    GraphIds.check("phoneNumberId", Objects.requireNonNull(phoneNumberId, "phoneNumberId"));
    if (businessAccountId != null) {
      GraphIds.check("businessAccountId", businessAccountId);
    }
  }

  /** A tenant whose WABA id is not known. */
  public static Tenant of(String phoneNumberId) {
    return new Tenant(phoneNumberId, null);
  }

  /** A tenant: a phone number of a WABA. */
  public static Tenant of(String phoneNumberId, String businessAccountId) {
    return new Tenant(phoneNumberId, Objects.requireNonNull(businessAccountId, "businessAccountId"));
  }
}
