package dev.wabasdk;

import java.time.Duration;
import java.util.Objects;

/**
 * The client-side throughput limit for sends from one phone number, so the app smooths its traffic instead of
 * hitting Meta's 130429. Meta's default is 80 messages per second per number (up to 1,000 after an upgrade).
 * Immutable and thread-safe.
 *
 * @param messagesPerSecond sends allowed per second, spread evenly
 * @param maxWait how long a send may wait for a permit before failing
 */
public record RateLimit(int messagesPerSecond, Duration maxWait) {

  /** 80 messages per second, waiting up to 30 s for a permit. */
  public static final RateLimit DEFAULT = new RateLimit(80, Duration.ofSeconds(30));

  public RateLimit {
    Objects.requireNonNull(maxWait, "maxWait");
    if (messagesPerSecond < 1) {
      throw new IllegalArgumentException("rateLimit.messagesPerSecond: must be at least 1, was " + messagesPerSecond);
    }
    if (maxWait.isNegative()) {
      throw new IllegalArgumentException("rateLimit.maxWait: must not be negative, was " + maxWait);
    }
  }

  /** A limit of the given messages per second, waiting up to 30 s for a permit. */
  public static RateLimit perSecond(int messagesPerSecond) {
    return new RateLimit(messagesPerSecond, DEFAULT.maxWait());
  }
}
