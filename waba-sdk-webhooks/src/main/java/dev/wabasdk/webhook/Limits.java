package dev.wabasdk.webhook;

import dev.wabasdk.phone.MessagingLimitTier;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a messaging limit tier out of fields that carry either a tier ({@code TIER_2K}) or a count of users
 * ({@code 2000}, {@code -1} for unlimited).
 */
final class Limits {
  /** The tiers a count can name; a count matching none of them (e.g. 5000) has no tier. */
  private static final List<MessagingLimitTier> COUNTED = List.of(
      MessagingLimitTier.TIER_50, MessagingLimitTier.TIER_250, MessagingLimitTier.TIER_1K,
      MessagingLimitTier.TIER_2K, MessagingLimitTier.TIER_10K, MessagingLimitTier.TIER_100K);

  private Limits() {}

  /**
   * The tier a value names: a {@code TIER_*} string as is; a count (a JSON number, or a number as text) when it is
   * one of the tiers' user counts, {@code -1} being {@link MessagingLimitTier#TIER_UNLIMITED}; else null.
   */
  static @Nullable MessagingLimitTier tier(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip();
    if (v.toUpperCase(Locale.ROOT).startsWith("TIER_")) {
      return MessagingLimitTier.of(v);
    }
    // Meta's business_capability_update reference lists its values as tiers (TIER_250 .. TIER_UNLIMITED) but its
    // payload example, and the older max_daily_conversation_per_phone, send the count: 250, 2000, 10000, 100000,
    // or -1 for unlimited. Both are read.
    if (v.equals("-1")) {
      return MessagingLimitTier.TIER_UNLIMITED;
    }
    if (v.isEmpty() || v.length() > 9 || !v.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
      return null;
    }
    int count = Integer.parseInt(v);
    for (MessagingLimitTier tier : COUNTED) {
      if (Integer.valueOf(count).equals(tier.uniqueUsers())) {
        return tier;
      }
    }
    return null;
  }
}
