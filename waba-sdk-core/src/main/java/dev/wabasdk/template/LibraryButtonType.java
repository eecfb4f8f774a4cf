package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The type of a Template Library button ({@code buttons[].type}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code URL}
 */
public record LibraryButtonType(String value) {
  /** A quick reply. */
  public static final LibraryButtonType QUICK_REPLY = new LibraryButtonType("QUICK_REPLY");
  /** A website button; its URL is given at creation. */
  public static final LibraryButtonType URL = new LibraryButtonType("URL");
  /** A call button; its number is given at creation. */
  public static final LibraryButtonType PHONE_NUMBER = new LibraryButtonType("PHONE_NUMBER");
  /** A one-time password button. */
  public static final LibraryButtonType OTP = new LibraryButtonType("OTP");
  /** A multi-product message button. */
  public static final LibraryButtonType MPM = new LibraryButtonType("MPM");
  /** A catalog button. */
  public static final LibraryButtonType CATALOG = new LibraryButtonType("CATALOG");
  /** A WhatsApp Flows form. */
  public static final LibraryButtonType FLOW = new LibraryButtonType("FLOW");
  /** A WhatsApp call button. */
  public static final LibraryButtonType VOICE_CALL = new LibraryButtonType("VOICE_CALL");
  /** An app button. */
  public static final LibraryButtonType APP = new LibraryButtonType("APP");

  private static final Map<String, LibraryButtonType> KNOWN =
      Stream.of(QUICK_REPLY, URL, PHONE_NUMBER, OTP, MPM, CATALOG, FLOW, VOICE_CALL, APP).collect(Collectors.toUnmodifiableMap(LibraryButtonType::value, Function.identity()));

  public LibraryButtonType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static LibraryButtonType of(String value) {
    Objects.requireNonNull(value, "value");
    LibraryButtonType known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new LibraryButtonType(value);
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
