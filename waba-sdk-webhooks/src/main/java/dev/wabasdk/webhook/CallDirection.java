package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who started a call ({@code direction}).
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code USER_INITIATED}
 */
public record CallDirection(String value) {
  /** A WhatsApp user called the business. */
  public static final CallDirection USER_INITIATED = new CallDirection("USER_INITIATED");
  /** The business called the user. */
  public static final CallDirection BUSINESS_INITIATED = new CallDirection("BUSINESS_INITIATED");

  private static final Map<String, CallDirection> KNOWN =
      Stream.of(USER_INITIATED, BUSINESS_INITIATED)
          .collect(Collectors.toUnmodifiableMap(CallDirection::value, Function.identity()));

  public CallDirection {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static CallDirection of(String value) {
    Objects.requireNonNull(value, "value");
    CallDirection known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new CallDirection(value);
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
