package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One user in a {@link GroupParticipantsUpdate}: added, removed, or one the operation failed for. Immutable and
 * thread-safe.
 *
 * @param input the phone number or user id the business named in its request ({@code input}), when Meta echoes it
 * @param user the user ({@code wa_id}, {@code user_id}, {@code parent_user_id}, {@code username}), when Meta named one
 * @param errors why the operation failed for this user; empty on success
 */
public record GroupParticipant(@Nullable String input, @Nullable WhatsAppUser user, List<WebhookError> errors) {

  public GroupParticipant {
    errors = List.copyOf(errors);
  }
}
