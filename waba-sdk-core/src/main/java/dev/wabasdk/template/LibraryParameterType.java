package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The type of a Template Library body parameter ({@code body_param_types}); Meta checks sent values against it.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code TEXT}
 */
public record LibraryParameterType(String value) {
  /** A valid location address. */
  public static final LibraryParameterType ADDRESS = new LibraryParameterType("ADDRESS");
  /** Basic text. */
  public static final LibraryParameterType TEXT = new LibraryParameterType("TEXT");
  /** A quantity, possibly with a currency prefix or suffix. */
  public static final LibraryParameterType AMOUNT = new LibraryParameterType("AMOUNT");
  /** A calendar date. */
  public static final LibraryParameterType DATE = new LibraryParameterType("DATE");
  /** A telephone number (Meta writes it with a space). */
  public static final LibraryParameterType PHONE_NUMBER = new LibraryParameterType("PHONE NUMBER");
  /** A valid email address. */
  public static final LibraryParameterType EMAIL = new LibraryParameterType("EMAIL");
  /** A number without spaces. */
  public static final LibraryParameterType NUMBER = new LibraryParameterType("NUMBER");

  private static final Map<String, LibraryParameterType> KNOWN =
      Stream.of(ADDRESS, TEXT, AMOUNT, DATE, PHONE_NUMBER, EMAIL, NUMBER).collect(Collectors.toUnmodifiableMap(LibraryParameterType::value, Function.identity()));

  public LibraryParameterType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static LibraryParameterType of(String value) {
    Objects.requireNonNull(value, "value");
    LibraryParameterType known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new LibraryParameterType(value);
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
