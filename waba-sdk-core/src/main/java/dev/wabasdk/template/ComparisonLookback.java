package dev.wabasdk.template;

import java.time.Duration;

/**
 * The lookback windows Meta allows for comparing templates: 7, 30, 60 or 90 days ending at the time of the request.
 * A fixed set Meta defines, so an enum. Immutable and thread-safe.
 */
public enum ComparisonLookback {
  /** The last 7 days (604800 seconds). */
  DAYS_7(7),
  /** The last 30 days (2592000 seconds). */
  DAYS_30(30),
  /** The last 60 days (5184000 seconds). */
  DAYS_60(60),
  /** The last 90 days (7776000 seconds). */
  DAYS_90(90);

  private final int days;

  ComparisonLookback(int days) {
    this.days = days;
  }

  /** The window's length. */
  public Duration duration() {
    return Duration.ofDays(days);
  }
}
