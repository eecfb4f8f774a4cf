package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code alert_severity} of an {@code account_alerts} notification.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum AlertSeverity {
  CRITICAL,
  WARNING,
  INFORMATIONAL,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final AlertSeverity[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static AlertSeverity of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (AlertSeverity candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
