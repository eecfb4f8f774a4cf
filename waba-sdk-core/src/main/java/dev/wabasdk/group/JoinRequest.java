package dev.wabasdk.group;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An open request to join a group ({@code GET /{group-id}/join_requests}). Immutable and thread-safe.
 *
 * <p>Since usernames (2026) Meta may omit {@code wa_id} for a user who adopted one and names them by business-scoped
 * user id only, so {@link #waId()} may be null; {@link #user()} always identifies the user.
 *
 * @param joinRequestId {@code join_request_id}, passed to approve or reject it
 * @param user who asks: {@code wa_id}, {@code user_id} (BSUID), {@code parent_user_id}, {@code username}
 * @param createdAt {@code creation_timestamp}
 */
public record JoinRequest(String joinRequestId, WhatsAppUser user, @Nullable Instant createdAt) {
  public JoinRequest {
    Objects.requireNonNull(joinRequestId, "join_request_id");
    Objects.requireNonNull(user, "user");
  }

  /** A request from a user known by phone number ({@code wa_id}) only. */
  public JoinRequest(String joinRequestId, String waId, @Nullable Instant createdAt) {
    this(joinRequestId, WhatsAppUser.ofWaId(waId), createdAt);
  }

  /** The asking user's {@code wa_id}, or null when Meta named them by business-scoped user id only. */
  public @Nullable String waId() {
    return user.waId();
  }
}
