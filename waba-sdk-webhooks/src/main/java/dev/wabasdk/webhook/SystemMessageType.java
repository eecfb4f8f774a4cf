package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code system.type} of an inbound system message.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code user_changed_number}
 */
public record SystemMessageType(String value) {
  /** The user changed their phone number. */
  public static final SystemMessageType USER_CHANGED_NUMBER = new SystemMessageType("user_changed_number");
  /** The user changed their phone number (older name). */
  public static final SystemMessageType CUSTOMER_CHANGED_NUMBER = new SystemMessageType("customer_changed_number");
  /** The user's business-scoped user id changed. */
  public static final SystemMessageType USER_CHANGED_USER_ID = new SystemMessageType("user_changed_user_id");
  /** The user's identity (security code) changed. */
  public static final SystemMessageType CUSTOMER_IDENTITY_CHANGED = new SystemMessageType("customer_identity_changed");

  private static final Map<String, SystemMessageType> KNOWN =
      Stream.of(USER_CHANGED_NUMBER, CUSTOMER_CHANGED_NUMBER, USER_CHANGED_USER_ID, CUSTOMER_IDENTITY_CHANGED)
          .collect(Collectors.toUnmodifiableMap(SystemMessageType::value, Function.identity()));

  public SystemMessageType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static SystemMessageType of(String value) {
    Objects.requireNonNull(value, "value");
    SystemMessageType known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new SystemMessageType(value);
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
