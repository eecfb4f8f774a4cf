package dev.wabasdk.policy;

/** What the policy engine decided about a message. Immutable and thread-safe. */
public enum Verdict {
  /** Every rule allows the message. */
  ALLOW,
  /** A free-form message outside the customer service window: only a template can reach this user now. */
  TEMPLATE_REQUIRED,
  /** A rule forbids the message; a template would not help (see the reason code). */
  DENY
}
