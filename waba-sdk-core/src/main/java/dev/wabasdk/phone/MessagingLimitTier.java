package dev.wabasdk.phone;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The messaging limit: how many unique users the business may reach outside a customer service window in a moving
 * 24 hours ({@code whatsapp_business_manager_messaging_limit}, formerly {@code messaging_limit_tier}). Since
 * October 2025 it belongs to the business portfolio and is shared by all its numbers.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; a later {@code TIER_<n>[K]} value
 * still yields its {@link #uniqueUsers()}. {@link #of(String)} returns the constants below for known values.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code TIER_2K}
 */
public record MessagingLimitTier(String value) {
  /** 50 users. */
  public static final MessagingLimitTier TIER_50 = new MessagingLimitTier("TIER_50");
  /** 250 users: a new business portfolio. */
  public static final MessagingLimitTier TIER_250 = new MessagingLimitTier("TIER_250");
  /** 1,000 users: the per-number tier before October 2025. */
  public static final MessagingLimitTier TIER_1K = new MessagingLimitTier("TIER_1K");
  /** 2,000 users. */
  public static final MessagingLimitTier TIER_2K = new MessagingLimitTier("TIER_2K");
  /** 10,000 users. */
  public static final MessagingLimitTier TIER_10K = new MessagingLimitTier("TIER_10K");
  /** 100,000 users. */
  public static final MessagingLimitTier TIER_100K = new MessagingLimitTier("TIER_100K");
  /** No limit. */
  public static final MessagingLimitTier TIER_UNLIMITED = new MessagingLimitTier("TIER_UNLIMITED");
  /** Not set yet. */
  public static final MessagingLimitTier TIER_NOT_SET = new MessagingLimitTier("TIER_NOT_SET");

  private static final Map<String, MessagingLimitTier> KNOWN =
      Stream.of(TIER_50, TIER_250, TIER_1K, TIER_2K, TIER_10K, TIER_100K, TIER_UNLIMITED, TIER_NOT_SET)
          .collect(Collectors.toUnmodifiableMap(MessagingLimitTier::value, Function.identity()));
  private static final Pattern COUNTED = Pattern.compile("TIER_(\\d+)(K?)");

  public MessagingLimitTier {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static MessagingLimitTier of(String value) {
    Objects.requireNonNull(value, "value");
    MessagingLimitTier known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new MessagingLimitTier(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  /** Whether the business may reach any number of users. */
  public boolean isUnlimited() {
    return equals(TIER_UNLIMITED);
  }

  /**
   * The number of unique users reachable in a moving 24 hours, e.g. 2000 for {@code TIER_2K}; null when there is no
   * number: {@link #TIER_UNLIMITED} (see {@link #isUnlimited()}), {@link #TIER_NOT_SET} or an unreadable value.
   */
  public @Nullable Integer uniqueUsers() {
    Matcher m = COUNTED.matcher(value.strip().toUpperCase(Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    long users = Long.parseLong(m.group(1)) * (m.group(2).isEmpty() ? 1 : 1000);
    return users > Integer.MAX_VALUE ? null : (int) users;
  }

  @Override
  public String toString() {
    return value;
  }
}
