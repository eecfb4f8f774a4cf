package dev.wabasdk.account;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A permission (scope) granted to an app in an access token, as {@code debug_token} reports it.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code whatsapp_business_messaging}
 */
public record Permission(String value) {
  /** Manage the WhatsApp Business Account: templates, phone numbers, webhooks subscriptions, analytics. */
  public static final Permission WHATSAPP_BUSINESS_MANAGEMENT = new Permission("whatsapp_business_management");
  /** Send messages and receive message webhooks. */
  public static final Permission WHATSAPP_BUSINESS_MESSAGING = new Permission("whatsapp_business_messaging");
  /** Manage the business portfolio (e.g. list its accounts). */
  public static final Permission BUSINESS_MANAGEMENT = new Permission("business_management");
  /** The user's public profile, granted with every user token. */
  public static final Permission PUBLIC_PROFILE = new Permission("public_profile");

  private static final Map<String, Permission> KNOWN = Stream.of(WHATSAPP_BUSINESS_MANAGEMENT,
      WHATSAPP_BUSINESS_MESSAGING, BUSINESS_MANAGEMENT, PUBLIC_PROFILE)
      .collect(Collectors.toUnmodifiableMap(Permission::value, Function.identity()));

  public Permission {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static Permission of(String value) {
    Objects.requireNonNull(value, "value");
    Permission known = KNOWN.get(value.strip().toLowerCase(java.util.Locale.ROOT));
    return known != null ? known : new Permission(value);
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
