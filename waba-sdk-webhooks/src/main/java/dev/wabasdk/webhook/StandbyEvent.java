package dev.wabasdk.webhook;

/**
 * A copy of a thread another responder owns ({@code standby} field, under Conversation Routing or next to Meta
 * Business Agent): the user's message to the business ({@link StandbyMessage}), the owner's outbound message
 * ({@link StandbyEcho}) or the status of one ({@link StandbyStatus}). Meta sends standby copies only for threads you
 * do not own (owned threads come on {@code messages}), so a standby event means another responder owns the thread.
 * Passive context: never answer it (a service message from you would take the thread, if you are the escalation
 * partner, or be refused). None of them is an {@link InboundMessage} or a {@link MessageStatus}, so listeners, billing
 * and the policy engine never take another responder's traffic for the app's own. Implementations are immutable and
 * thread-safe.
 */
public sealed interface StandbyEvent extends WebhookEvent permits StandbyMessage, StandbyEcho, StandbyStatus {

  /** The business phone number ({@code metadata}). */
  WebhookMetadata metadata();
}
