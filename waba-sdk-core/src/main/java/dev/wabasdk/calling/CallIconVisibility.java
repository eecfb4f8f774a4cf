package dev.wabasdk.calling;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Whether WhatsApp shows the call button to users chatting with the business ({@code call_icon_visibility}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value, e.g. {@code DEFAULT}
 */
public record CallIconVisibility(String value) {
  /** The call button is shown in the chat and the business profile. */
  public static final CallIconVisibility DEFAULT = new CallIconVisibility("DEFAULT");
  /** The call button is hidden; users can still call back from a call permission or a call button message. */
  public static final CallIconVisibility DISABLE_ALL = new CallIconVisibility("DISABLE_ALL");

  private static final Map<String, CallIconVisibility> KNOWN =
      Map.of(DEFAULT.value, DEFAULT, DISABLE_ALL.value, DISABLE_ALL);

  public CallIconVisibility {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static CallIconVisibility of(String value) {
    Objects.requireNonNull(value, "value");
    CallIconVisibility known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new CallIconVisibility(value);
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
