package dev.wabasdk.webhook;

/**
 * When the {@link WebhookProcessor} marks an event done, and so what a listener failure or a crash costs. See the
 * webhooks README for the table of what each mode (with and without an executor) guarantees.
 */
public enum DeliveryGuarantee {
  /**
   * The default: an event is marked done only after every listener returned normally. A listener failure answers
   * 500 and leaves the event unmarked, so Meta's redelivery runs it again; listeners must tolerate a repeat.
   */
  AT_LEAST_ONCE,
  /**
   * An event is marked done before listeners run (after the executor accepted it, in executor mode); a listener
   * failure is logged and reported but still answered 200, so the event is never run twice and may be lost.
   */
  AT_MOST_ONCE
}
