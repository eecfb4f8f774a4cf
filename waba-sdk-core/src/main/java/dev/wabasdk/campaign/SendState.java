package dev.wabasdk.campaign;

/**
 * Where one recipient's send stands in the outbox. The SDK's own fixed set (not a Meta value). Thread-safe.
 */
public enum SendState {
  /** Not attempted yet (no record in the outbox). */
  PENDING,
  /** An instance is writing the request now; no other instance may send to this recipient. */
  ATTEMPTING,
  /** Meta accepted the message (a {@code wamid}), from the response or from a {@code sent}/later status webhook. */
  ACCEPTED,
  /** Meta refused the message or reported it {@code failed}; the error code is kept. */
  FAILED,
  /** The request was written and no answer came: waiting for a status webhook carrying the send key. */
  UNKNOWN,
  /** No status webhook resolved an unknown outcome in time, and resending was not allowed: reported, not resent. */
  UNRESOLVED,
  /** Not sent on purpose: the policy engine refused it (opt-out, ...) or the number is invalid. */
  SKIPPED;

  /** Whether the recipient is done with (nothing more will be sent to them). */
  public boolean isFinal() {
    return this == ACCEPTED || this == FAILED || this == UNRESOLVED || this == SKIPPED;
  }
}
