package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code decision} of an account review or a display name review.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum ReviewDecision {
  APPROVED,
  REJECTED,
  PENDING,
  DEFERRED,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final ReviewDecision[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static ReviewDecision of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (ReviewDecision candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
