package dev.wabasdk.block;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Meta did with each user of a block or unblock request: the users it blocked (or unblocked), and the users it
 * could not, each with Meta's error. Meta answers a request where some users failed with error {@code 139100} and
 * this per-user list; the SDK returns it here instead of throwing. Immutable and thread-safe.
 *
 * @param succeeded the users blocked ({@code added_users}) or unblocked ({@code removed_users})
 * @param failed the users Meta refused ({@code failed_users}), with the reason
 */
public record BlockResult(List<User> succeeded, List<Failure> failed) {
  public BlockResult {
    succeeded = List.copyOf(succeeded);
    failed = List.copyOf(failed);
  }

  /** Whether every user of the request was blocked (or unblocked). */
  public boolean allSucceeded() {
    return failed.isEmpty();
  }

  /**
   * A user Meta blocked or unblocked.
   *
   * @param input the phone number or {@code wa_id} as the request named it
   * @param waId the user's WhatsApp id
   */
  public record User(String input, String waId) {
    public User {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(waId, "waId");
    }
  }

  /**
   * A user Meta did not block or unblock, e.g. {@code 131047} (the user has not messaged the business in the last 24
   * hours, or is not a WhatsApp user), {@code 131021} (the business's own number) or {@code 139101} (the blocklist
   * is full).
   *
   * @param input the phone number or {@code wa_id} as the request named it
   * @param waId the user's WhatsApp id; null when Meta could not resolve the number
   * @param code Meta's error code
   * @param message Meta's error message
   * @param details {@code error_data.details}, when Meta sent it
   */
  public record Failure(String input, @Nullable String waId, int code, String message, @Nullable String details) {
    public Failure {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(message, "message");
    }
  }
}
