package dev.wabasdk.routing;

import dev.wabasdk.message.Recipient;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Thread control under Meta's Conversation Routing ({@code POST /{phone-number-id}/thread_control}): hand a thread
 * (one WhatsApp user and the client's phone number) to another responder, give it up, or take it. Obtain it from
 * {@code WhatsApp.threadControl()}. Thread-safe.
 *
 * <p>Who may do what: only the thread's current owner may {@link #pass} it (to a role, or untargeted to the
 * escalation partner) or {@link #release} it (the thread becomes idle, and the user's next message is routed by its
 * entry point; releasing an idle thread succeeds); only the escalation partner may {@link #take} it, whoever owns it
 * (Meta refuses others, reportedly with error 2494191). The new owner of a pass gets a {@code control_passed} webhook,
 * the previous owner of a take a {@code control_taken} one; a release sends no webhook, and the caller is never told
 * of its own action. Meta has no endpoint reporting a thread's owner: track it from webhooks.
 *
 * <p>Meta's thread control reference page could not be read when this was built: the path, body and answer come
 * from partner documentation and SDKs (Kapso, Gupshup, 360dialog, open-source SDKs citing Meta's page), which agree.
 *
 * <pre>{@code
 * Recipient user = Recipient.phoneNumber("+16505551234");
 * // the bot hands the conversation to the human agents (the escalation partner)
 * whatsApp.threadControl().pass(user, null, "WhatsApp user requested human agent");
 * // or to a given role
 * whatsApp.threadControl().pass(user, ThreadRole.CUSTOMER_SERVICE, null);
 * // done: the next message goes to the entry point's primary
 * whatsApp.threadControl().release(user);
 * }</pre>
 */
public interface ThreadControlApi {
  /** Meta's limit on {@code metadata}, forwarded verbatim to the receiving app in its handover webhook. */
  int MAX_METADATA_LENGTH = 2_000;

  /**
   * Passes the thread to another responder ({@code "action": "pass"}); only the current owner may. The new owner
   * receives a {@code control_passed} webhook carrying {@code metadata}. Not repeated after an unknown outcome: a
   * pass that took effect cannot be made again (the caller no longer owns the thread).
   *
   * @param user the WhatsApp user (a phone number, sent as {@code to}, or a BSUID, sent as {@code recipient})
   * @param targetRole the role to pass to ({@code control_pass.target_role}), or null for an untargeted pass to the
   *     escalation partner (no {@code control_pass})
   * @param metadata free text for the new owner, at most {@value #MAX_METADATA_LENGTH} characters, or null
   * @throws IllegalArgumentException for a group, blank or too long metadata, a blank role (before any request)
   */
  ThreadControlResult pass(Recipient user, @Nullable ThreadRole targetRole, @Nullable String metadata);

  /** As {@link #pass(Recipient, ThreadRole, String)} without metadata. */
  ThreadControlResult pass(Recipient user, @Nullable ThreadRole targetRole);

  /** The asynchronous twin of {@link #pass(Recipient, ThreadRole, String)}. */
  CompletableFuture<ThreadControlResult> passAsync(Recipient user, @Nullable ThreadRole targetRole,
      @Nullable String metadata);

  /**
   * Releases the thread ({@code "action": "release"}): it becomes idle and the user's next message goes to the
   * primary of its entry point. Only the owner may release a thread it owns; releasing an idle thread succeeds, so
   * the call is repeated after a temporary failure. No webhook reports a release.
   *
   * @param user the WhatsApp user (a phone number or a BSUID)
   * @param metadata free text, at most {@value #MAX_METADATA_LENGTH} characters, or null
   * @throws IllegalArgumentException for a group, blank or too long metadata (before any request)
   */
  ThreadControlResult release(Recipient user, @Nullable String metadata);

  /** As {@link #release(Recipient, String)} without metadata. */
  ThreadControlResult release(Recipient user);

  /** The asynchronous twin of {@link #release(Recipient, String)}. */
  CompletableFuture<ThreadControlResult> releaseAsync(Recipient user, @Nullable String metadata);

  /**
   * Takes the thread from whoever owns it ({@code "action": "take"}); only the escalation partner may. The previous
   * owner receives a {@code control_taken} webhook carrying {@code metadata}. Not repeated after an unknown outcome.
   *
   * @param user the WhatsApp user (a phone number or a BSUID)
   * @param metadata free text for the previous owner, at most {@value #MAX_METADATA_LENGTH} characters, or null
   * @throws IllegalArgumentException for a group, blank or too long metadata (before any request)
   */
  ThreadControlResult take(Recipient user, @Nullable String metadata);

  /** As {@link #take(Recipient, String)} without metadata. */
  ThreadControlResult take(Recipient user);

  /** The asynchronous twin of {@link #take(Recipient, String)}. */
  CompletableFuture<ThreadControlResult> takeAsync(Recipient user, @Nullable String metadata);
}
