package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code event} of a {@code security} notification.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code PIN_RESET_REQUEST}
 */
public record SecurityEventType(String value) {
  /** Someone changed or enabled the number's two-step verification PIN in WhatsApp Manager. */
  public static final SecurityEventType PIN_CHANGED = new SecurityEventType("PIN_CHANGED");
  /** Someone asked to turn off two-step verification in WhatsApp Manager. */
  public static final SecurityEventType PIN_RESET_REQUEST = new SecurityEventType("PIN_RESET_REQUEST");
  /** Two-step verification was turned off through the reset email. */
  public static final SecurityEventType PIN_REQUEST_SUCCESS = new SecurityEventType("PIN_REQUEST_SUCCESS");

  private static final Map<String, SecurityEventType> KNOWN =
      Stream.of(PIN_CHANGED, PIN_RESET_REQUEST, PIN_REQUEST_SUCCESS)
          .collect(Collectors.toUnmodifiableMap(SecurityEventType::value, Function.identity()));

  public SecurityEventType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static SecurityEventType of(String value) {
    Objects.requireNonNull(value, "value");
    SecurityEventType known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new SecurityEventType(value);
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
