package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code category} of a {@code user_preferences} notification.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum UserPreferenceCategory {
  MARKETING_MESSAGES,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final UserPreferenceCategory[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static UserPreferenceCategory of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (UserPreferenceCategory candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
