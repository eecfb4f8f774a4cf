package dev.wabasdk.policy;

/**
 * A {@link ConversationStore} could not read or write its state (e.g. the Redis server is unreachable or timed out).
 * The {@link PolicyEngine} answers it with its {@link StoreFailureMode}; the store itself stays usable and recovers
 * when its backend does.
 * Safe to share between threads once thrown.
 */
public class ConversationStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with a message that says what could not be done, and its cause. */
  public ConversationStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
