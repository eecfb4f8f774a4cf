package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code system.type} of an inbound system message.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum SystemMessageType {
  USER_CHANGED_NUMBER,
  CUSTOMER_CHANGED_NUMBER,
  USER_CHANGED_USER_ID,
  CUSTOMER_IDENTITY_CHANGED,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final SystemMessageType[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static SystemMessageType of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (SystemMessageType candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
