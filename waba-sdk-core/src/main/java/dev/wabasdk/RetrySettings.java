package dev.wabasdk;

import java.time.Duration;
import java.util.Objects;

/**
 * When and how the client retries a failed call. Only failures that certainly had no effect are retried
 * automatically (connection never made, or a Graph error Meta documents as temporary); a send whose outcome is
 * unknown (e.g. a read timeout after the request was written) is not, unless {@link #retryUnknownOutcome()} is set,
 * because a duplicate WhatsApp message reaches a person.
 * Immutable and thread-safe.
 *
 * @param maxAttempts total attempts including the first, at least 1
 * @param initialDelay the first backoff delay; later delays double up to {@code maxDelay}
 * @param maxDelay the longest single delay
 * @param jitter the random fraction (0 to 1) added to or removed from each delay
 * @param maxDuration the time budget for all attempts together
 * @param retryUnknownOutcome also retry sends whose outcome is unknown (may duplicate messages)
 */
public record RetrySettings(
    int maxAttempts,
    Duration initialDelay,
    Duration maxDelay,
    double jitter,
    Duration maxDuration,
    boolean retryUnknownOutcome) {

  /** Three attempts, 500 ms then 1 s apart (±25 %), within 30 s; unknown outcomes are not retried. */
  public static final RetrySettings DEFAULT =
      new RetrySettings(3, Duration.ofMillis(500), Duration.ofSeconds(8), 0.25, Duration.ofSeconds(30), false);

  public RetrySettings {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    Objects.requireNonNull(maxDuration, "maxDuration");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("retry.maxAttempts: must be at least 1, was " + maxAttempts);
    }
    if (initialDelay.isNegative() || initialDelay.isZero()) {
      throw new IllegalArgumentException("retry.initialDelay: must be positive, was " + initialDelay);
    }
    if (maxDelay.compareTo(initialDelay) < 0) {
      throw new IllegalArgumentException(
          "retry.maxDelay: must be at least initialDelay (" + initialDelay + "), was " + maxDelay);
    }
    if (jitter < 0 || jitter > 1) {
      throw new IllegalArgumentException("retry.jitter: must be between 0 and 1, was " + jitter);
    }
    if (maxDuration.isNegative() || maxDuration.isZero()) {
      throw new IllegalArgumentException("retry.maxDuration: must be positive, was " + maxDuration);
    }
  }

  /** No retries: every failure reaches the caller at once. */
  public static RetrySettings none() {
    return new RetrySettings(1, Duration.ofMillis(1), Duration.ofMillis(1), 0, Duration.ofSeconds(30), false);
  }

  /** A copy with another number of attempts. */
  public RetrySettings withMaxAttempts(int attempts) {
    return new RetrySettings(attempts, initialDelay, maxDelay, jitter, maxDuration, retryUnknownOutcome);
  }

  /** A copy with other backoff delays. */
  public RetrySettings withBackoff(Duration initial, Duration max) {
    return new RetrySettings(maxAttempts, initial, max, jitter, maxDuration, retryUnknownOutcome);
  }

  /** A copy that also retries sends whose outcome is unknown (accepting possible duplicates). */
  public RetrySettings withRetryUnknownOutcome(boolean retry) {
    return new RetrySettings(maxAttempts, initialDelay, maxDelay, jitter, maxDuration, retry);
  }
}
