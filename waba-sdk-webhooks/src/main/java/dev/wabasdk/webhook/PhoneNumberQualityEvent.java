package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code event} of a {@code phone_number_quality_update}.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum PhoneNumberQualityEvent {
  ONBOARDING,
  THROUGHPUT_UPGRADE,
  UPGRADE,
  DOWNGRADE,
  FLAGGED,
  UNFLAGGED,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final PhoneNumberQualityEvent[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static PhoneNumberQualityEvent of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (PhoneNumberQualityEvent candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
