package dev.wabasdk.block;

import dev.wabasdk.paging.Page;
import dev.wabasdk.paging.Paged;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Blocks and unblocks WhatsApp users on the client's phone number and lists the blocked ones. Obtain it from
 * {@code WhatsApp.blockUsers()}. Thread-safe.
 *
 * <p>Meta's rules: only users who messaged the business in the last 24 hours can be blocked (else {@code 131047});
 * the blocklist holds at most {@value #BLOCKLIST_LIMIT} users ({@code 139101}); another WhatsApp Business account
 * cannot be blocked. Blocking is synchronous and decided per user: {@link BlockResult} says which users were
 * blocked and why the others were not. A blocked user's messages no longer reach the business, and a message to
 * them fails.
 *
 * <pre>{@code
 * BlockResult result = whatsApp.blockUsers().block(List.of("+16505551234"));
 * for (BlockResult.Failure f : result.failed()) {
 *   log.warn("not blocked: {} ({} {})", f.input(), f.code(), f.message());
 * }
 * whatsApp.blockUsers().blockedUsers().forEach(waId -> ...);
 * }</pre>
 */
public interface BlockUsersApi {
  /** Meta's limit on the number of users in a business phone number's blocklist. */
  int BLOCKLIST_LIMIT = 64_000;

  /**
   * Blocks users ({@code POST /{phone-number-id}/block_users}).
   *
   * @param users phone numbers in E.164 ({@code +16505551234}) or {@code wa_id}s; at least one, no repeats
   * @throws IllegalArgumentException when the list is empty, repeats a user or names something that is not a phone
   *     number (before any request)
   */
  BlockResult block(List<String> users);

  /** The asynchronous twin of {@link #block}. */
  CompletableFuture<BlockResult> blockAsync(List<String> users);

  /** Unblocks users ({@code DELETE /{phone-number-id}/block_users}); same input rules as {@link #block}. */
  BlockResult unblock(List<String> users);

  /** The asynchronous twin of {@link #unblock}. */
  CompletableFuture<BlockResult> unblockAsync(List<String> users);

  /** The {@code wa_id}s of the blocked users ({@code GET /{phone-number-id}/block_users}), read page by page. */
  Paged<String> blockedUsers();

  /** One page of blocked users' {@code wa_id}s, after {@code after} (null for the first page). */
  CompletableFuture<Page<String>> blockedUsersPageAsync(@Nullable String after);
}
