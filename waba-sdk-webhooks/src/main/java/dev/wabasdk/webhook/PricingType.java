package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * Meta's {@code pricing.type}: whether a message is charged ({@code regular}) or free, and why.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum PricingType {
  REGULAR,
  FREE_CUSTOMER_SERVICE,
  FREE_ENTRY_POINT,
  FREE_GROUP_CUSTOMER_SERVICE,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final PricingType[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static PricingType of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (PricingType candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
