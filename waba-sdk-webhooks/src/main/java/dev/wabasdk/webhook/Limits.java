package dev.wabasdk.webhook;

import dev.wabasdk.phone.MessagingLimitTier;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads a messaging limit tier out of fields that carry either a tier or, in older versions, a plain count. */
final class Limits {
  private Limits() {}

  static @Nullable MessagingLimitTier tier(@Nullable String value) {
    if (value == null || !value.strip().toUpperCase(Locale.ROOT).startsWith("TIER_")) {
      return null;
    }
    return MessagingLimitTier.of(value);
  }
}
