package dev.wabasdk.error;

/**
 * Whether a failed request may have taken effect at Meta (for a send: whether a person may get the message). Immutable and thread-safe.
 */
public enum Outcome {
  /** The request never reached Meta (connection refused, DNS failure, rejected locally): safe to send again. */
  NOT_SENT,
  /** Meta answered with an error: the request was not accepted. */
  REJECTED,
  /**
   * The request was written but no answer came back (timeout, dropped connection, gateway error): Meta may have
   * accepted it. Sending again may deliver a duplicate to the user.
   */
  UNKNOWN
}
