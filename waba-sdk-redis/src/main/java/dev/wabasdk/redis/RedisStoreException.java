package dev.wabasdk.redis;

/**
 * The {@link RedisDeduplicationStore} could not reach Redis (connection refused, lost or timed out). The webhook
 * processor answers 503 on it, so Meta delivers the notification again.
 */
public class RedisStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A failure with what could not be done, and its cause. */
  public RedisStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
