package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * Meta's pricing category, from a status's {@code pricing.category} or {@code conversation.origin.type}.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum PricingCategory {
  AUTHENTICATION,
  AUTHENTICATION_INTERNATIONAL,
  MARKETING,
  MARKETING_LITE,
  UTILITY,
  SERVICE,
  REFERRAL_CONVERSION,
  GROUP_MARKETING,
  GROUP_UTILITY,
  GROUP_SERVICE,
  GENERAL_PURPOSE_AI,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final PricingCategory[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static PricingCategory of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (PricingCategory candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
