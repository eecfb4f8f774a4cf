package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An industry a Template Library template is meant for ({@code industry}), also a library filter.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code E_COMMERCE}
 */
public record LibraryIndustry(String value) {
  /** E-commerce. */
  public static final LibraryIndustry E_COMMERCE = new LibraryIndustry("E_COMMERCE");
  /** Financial services. */
  public static final LibraryIndustry FINANCIAL_SERVICES = new LibraryIndustry("FINANCIAL_SERVICES");

  private static final Map<String, LibraryIndustry> KNOWN =
      Stream.of(E_COMMERCE, FINANCIAL_SERVICES).collect(Collectors.toUnmodifiableMap(LibraryIndustry::value, Function.identity()));

  public LibraryIndustry {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static LibraryIndustry of(String value) {
    Objects.requireNonNull(value, "value");
    LibraryIndustry known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new LibraryIndustry(value);
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
