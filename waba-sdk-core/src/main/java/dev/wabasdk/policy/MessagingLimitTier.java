package dev.wabasdk.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The business portfolio's messaging limit: how many unique users it may reach with business-initiated messages
 * (outside a customer service window) in a moving 24 hours ({@code max_daily_conversations_per_business}). Open:
 * an unknown value is kept as is and has no known limit.
 *
 * @param value the raw value, e.g. {@code TIER_2K}
 */
public record MessagingLimitTier(String value) {
  /** Older entry level: 50 users. */
  public static final MessagingLimitTier TIER_50 = new MessagingLimitTier("TIER_50");
  /** New portfolios: 250 users. */
  public static final MessagingLimitTier TIER_250 = new MessagingLimitTier("TIER_250");
  /** Older level: 1,000 users. */
  public static final MessagingLimitTier TIER_1K = new MessagingLimitTier("TIER_1K");
  /** 2,000 users. */
  public static final MessagingLimitTier TIER_2K = new MessagingLimitTier("TIER_2K");
  /** 10,000 users. */
  public static final MessagingLimitTier TIER_10K = new MessagingLimitTier("TIER_10K");
  /** 100,000 users. */
  public static final MessagingLimitTier TIER_100K = new MessagingLimitTier("TIER_100K");
  /** No limit. */
  public static final MessagingLimitTier TIER_UNLIMITED = new MessagingLimitTier("TIER_UNLIMITED");
  /** Meta has not set a limit yet (no limit is known). */
  public static final MessagingLimitTier TIER_NOT_SET = new MessagingLimitTier("TIER_NOT_SET");

  public MessagingLimitTier {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("messaging limit tier: must not be blank");
    }
  }

  /** The tier for a raw value in any case, e.g. {@code "tier_2k"} is {@link #TIER_2K}. */
  public static MessagingLimitTier of(String value) {
    return new MessagingLimitTier(Objects.requireNonNull(value, "value").strip().toUpperCase(Locale.ROOT));
  }

  /**
   * The number of unique users per moving 24 hours; empty for {@link #TIER_UNLIMITED}, {@link #TIER_NOT_SET} and
   * unknown values.
   */
  public OptionalInt limit() {
    return switch (value) {
      case "TIER_50" -> OptionalInt.of(50);
      case "TIER_250" -> OptionalInt.of(250);
      case "TIER_1K" -> OptionalInt.of(1_000);
      case "TIER_2K" -> OptionalInt.of(2_000);
      case "TIER_10K" -> OptionalInt.of(10_000);
      case "TIER_100K" -> OptionalInt.of(100_000);
      default -> OptionalInt.empty();
    };
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return limit().isPresent() || equals(TIER_UNLIMITED) || equals(TIER_NOT_SET);
  }

  @Override
  public String toString() {
    return value;
  }
}
