package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code value} of a {@code user_preferences} notification: the user stopped or resumed a category.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum UserPreferenceValue {
  STOP,
  RESUME,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final UserPreferenceValue[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static UserPreferenceValue of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (UserPreferenceValue candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
