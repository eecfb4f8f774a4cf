package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's business-scoped user id changed ({@code user_id_update[]} of the {@code user_id_update} field): the
 * previous and the current BSUID now name the same user, and the policy engine links them. Immutable and
 * thread-safe.
 *
 * @param user the user under the current id ({@code wa_id} when Meta shared it, {@code user_id.current}, username
 *     and parent id from the contact)
 * @param profileName the user's profile name, when Meta sent {@code contacts}
 * @param previousUserId {@code user_id.previous}
 * @param currentUserId {@code user_id.current}
 * @param detail Meta's human-readable text ({@code detail})
 * @param timestamp when the id changed, when Meta sent a valid one
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the item as Meta sent it
 */
public record UserIdUpdate(
    WhatsAppUser user,
    @Nullable String profileName,
    @Nullable String previousUserId,
    String currentUserId,
    @Nullable String detail,
    @Nullable Instant timestamp,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements WebhookEvent {

  public UserIdUpdate {
    Objects.requireNonNull(user, "user == null");
    Objects.requireNonNull(currentUserId, "currentUserId == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** {@code user-id:<previous>:<current>}. */
  @Override
  public String eventId() {
    return "user-id:" + previousUserId + ":" + currentUserId;
  }
}
