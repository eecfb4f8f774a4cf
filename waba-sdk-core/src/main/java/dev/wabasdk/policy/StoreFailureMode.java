package dev.wabasdk.policy;

/**
 * What the {@link PolicyEngine} decides when its {@link ConversationStore} fails (a {@link ConversationStoreException},
 * e.g. Redis is unreachable): the rules cannot be checked without the state, so one of the two must be chosen.
 * Immutable and thread-safe.
 */
public enum StoreFailureMode {
  /** Deny the message with reason {@value PolicyEngine#STORE_UNAVAILABLE}: nothing is sent unchecked (default). */
  DENY,
  /** Allow the message (reason {@value PolicyEngine#STORE_UNAVAILABLE}) and log a warning: availability first. */
  ALLOW
}
