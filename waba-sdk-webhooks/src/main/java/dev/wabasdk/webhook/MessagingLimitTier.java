package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * A business phone number's messaging limit tier, as sent in {@code phone_number_quality_update}.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum MessagingLimitTier {
  TIER_50,
  TIER_250,
  TIER_1K,
  TIER_2K,
  TIER_10K,
  TIER_100K,
  TIER_NOT_SET,
  TIER_UNLIMITED,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final MessagingLimitTier[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static MessagingLimitTier of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (MessagingLimitTier candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
