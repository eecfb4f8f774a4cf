package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code event} of an {@code account_update} notification.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code VERIFIED_ACCOUNT}
 */
public record AccountUpdateType(String value) {
  /** The business was verified. */
  public static final AccountUpdateType VERIFIED_ACCOUNT = new AccountUpdateType("VERIFIED_ACCOUNT");
  /** The account was disabled or re-enabled. */
  public static final AccountUpdateType DISABLED_UPDATE = new AccountUpdateType("DISABLED_UPDATE");
  /** The account violated a policy. */
  public static final AccountUpdateType ACCOUNT_VIOLATION = new AccountUpdateType("ACCOUNT_VIOLATION");
  /** The account is restricted. */
  public static final AccountUpdateType ACCOUNT_RESTRICTION = new AccountUpdateType("ACCOUNT_RESTRICTION");
  /** The account was deleted. */
  public static final AccountUpdateType ACCOUNT_DELETED = new AccountUpdateType("ACCOUNT_DELETED");
  /** A partner was added. */
  public static final AccountUpdateType PARTNER_ADDED = new AccountUpdateType("PARTNER_ADDED");
  /** A partner was removed. */
  public static final AccountUpdateType PARTNER_REMOVED = new AccountUpdateType("PARTNER_REMOVED");
  /** A partner app was installed. */
  public static final AccountUpdateType PARTNER_APP_INSTALLED = new AccountUpdateType("PARTNER_APP_INSTALLED");
  /** A partner app was uninstalled. */
  public static final AccountUpdateType PARTNER_APP_UNINSTALLED = new AccountUpdateType("PARTNER_APP_UNINSTALLED");
  /** Eligibility for authentication-international rates changed. */
  public static final AccountUpdateType AUTH_INTL_PRICE_ELIGIBILITY_UPDATE =
      new AccountUpdateType("AUTH_INTL_PRICE_ELIGIBILITY_UPDATE");
  /** The business reached a new volume tier ({@link AccountUpdate#volumeTierInfo()}). */
  public static final AccountUpdateType VOLUME_BASED_PRICING_TIER_UPDATE =
      new AccountUpdateType("VOLUME_BASED_PRICING_TIER_UPDATE");
  /** The business's primary location country changed. */
  public static final AccountUpdateType BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE =
      new AccountUpdateType("BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE");

  /** The account was offboarded from the partner (coexistence disconnection). */
  public static final AccountUpdateType ACCOUNT_OFFBOARDED = new AccountUpdateType("ACCOUNT_OFFBOARDED");
  /** The account was reconnected. */
  public static final AccountUpdateType ACCOUNT_RECONNECTED = new AccountUpdateType("ACCOUNT_RECONNECTED");
  /** An ad account was linked to the account. */
  public static final AccountUpdateType AD_ACCOUNT_LINKED = new AccountUpdateType("AD_ACCOUNT_LINKED");
  /** The business signed the Marketing Messages Lite terms. */
  public static final AccountUpdateType MM_LITE_TERMS_SIGNED = new AccountUpdateType("MM_LITE_TERMS_SIGNED");
  /** A partner's client certification changed ({@link AccountUpdate#partnerClientCertification()}). */
  public static final AccountUpdateType PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE = new AccountUpdateType("PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE");
  /** The partner-led business verification changed. */
  public static final AccountUpdateType BUSINESS_VERIFICATION_STATUS_UPDATE = new AccountUpdateType("BUSINESS_VERIFICATION_STATUS_UPDATE");

  private static final Map<String, AccountUpdateType> KNOWN =
      Stream.of(VERIFIED_ACCOUNT, DISABLED_UPDATE, ACCOUNT_VIOLATION, ACCOUNT_RESTRICTION, ACCOUNT_DELETED,
              PARTNER_ADDED, PARTNER_REMOVED, PARTNER_APP_INSTALLED, PARTNER_APP_UNINSTALLED,
              AUTH_INTL_PRICE_ELIGIBILITY_UPDATE, VOLUME_BASED_PRICING_TIER_UPDATE,
              BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE, ACCOUNT_OFFBOARDED, ACCOUNT_RECONNECTED,
              AD_ACCOUNT_LINKED, MM_LITE_TERMS_SIGNED, PARTNER_CLIENT_CERTIFICATION_STATUS_UPDATE,
              BUSINESS_VERIFICATION_STATUS_UPDATE)
          .collect(Collectors.toUnmodifiableMap(AccountUpdateType::value, Function.identity()));

  public AccountUpdateType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static AccountUpdateType of(String value) {
    Objects.requireNonNull(value, "value");
    AccountUpdateType known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new AccountUpdateType(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
