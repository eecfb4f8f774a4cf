package dev.wabasdk.policy;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;

/**
 * The policy engine (in {@code ENFORCE} mode) did not allow a message, so nothing was sent. {@link #decision()}
 * says why: a template is required (the customer service window is closed) or a rule denies the message.
 * Immutable.
 */
public final class WabaPolicyException extends WabaException {
  private static final long serialVersionUID = 1L;

  private final transient Decision decision;

  public WabaPolicyException(Decision decision) {
    super("Not sent, policy " + decision.verdict() + " (" + decision.reasonCode() + "): " + decision.explanation(),
        Outcome.NOT_SENT, false, null);
    this.decision = decision;
  }

  /** The engine's decision, with its reason code, explanation and facts. */
  public Decision decision() {
    return decision;
  }
}
