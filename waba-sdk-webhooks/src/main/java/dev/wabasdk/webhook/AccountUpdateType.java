package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The {@code event} of an {@code account_update} notification.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum AccountUpdateType {
  VERIFIED_ACCOUNT,
  DISABLED_UPDATE,
  ACCOUNT_VIOLATION,
  ACCOUNT_RESTRICTION,
  ACCOUNT_DELETED,
  PARTNER_ADDED,
  PARTNER_REMOVED,
  PARTNER_APP_INSTALLED,
  PARTNER_APP_UNINSTALLED,
  AUTH_INTL_PRICE_ELIGIBILITY_UPDATE,
  VOLUME_BASED_PRICING_TIER_UPDATE,
  BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final AccountUpdateType[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static AccountUpdateType of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (AccountUpdateType candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
