package dev.wabasdk.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws. Unchecked: callers catch the families they handle differently
 * ({@link WabaApiException} and its subclasses, {@link WabaNetworkException}, {@link WabaHttpException}).
 * Safe to share between threads once thrown.
 */
public class WabaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Outcome outcome;
  private final boolean retryable;

  public WabaException(String message, Outcome outcome, boolean retryable, @Nullable Throwable cause) {
    super(message, cause);
    this.outcome = outcome;
    this.retryable = retryable;
  }

  /** Whether the request may have taken effect: check this before sending the same message again. */
  public Outcome outcome() {
    return outcome;
  }

  /** True when the request certainly did not reach Meta or Meta rejected it, so it had no effect. */
  public boolean certainlyNotSent() {
    return outcome != Outcome.UNKNOWN;
  }

  /** Whether trying again later may succeed (Meta's error-code table; network failures are retryable). */
  public boolean isRetryable() {
    return retryable;
  }
}
