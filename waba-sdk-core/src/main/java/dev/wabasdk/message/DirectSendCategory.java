package dev.wabasdk.message;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code category} of a Direct Send message: a text or interactive message that Meta delivers as a template of
 * this category, so it may go out outside the customer service window and is charged at the category's rate
 * (<a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/send-utility-and-authentication-messages/">
 * Send utility and authentication messages</a>, updated 2026-07-31). Marketing is not allowed. Open: a value Meta
 * adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the constants below for
 * known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta takes it, e.g. {@code utility}
 * @since 0.3
 */
public record DirectSendCategory(String value) {
  /** Utility: updates about a transaction or account the user asked for. Generally available to eligible accounts. */
  public static final DirectSendCategory UTILITY = new DirectSendCategory("utility");
  /** Authentication: one-time passcodes. Beta and access-restricted; English text only, to a phone number only. */
  public static final DirectSendCategory AUTHENTICATION = new DirectSendCategory("authentication");

  private static final Map<String, DirectSendCategory> KNOWN =
      Map.of(UTILITY.value, UTILITY, AUTHENTICATION.value, AUTHENTICATION);

  public DirectSendCategory {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("category: must not be blank");
    }
    if (value.strip().equalsIgnoreCase("marketing")) {
      throw new IllegalArgumentException("category: Direct Send does not allow marketing messages, was \"" + value
          + "\"; send an approved marketing template instead");
    }
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static DirectSendCategory of(String value) {
    Objects.requireNonNull(value, "value");
    DirectSendCategory known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new DirectSendCategory(value);
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
