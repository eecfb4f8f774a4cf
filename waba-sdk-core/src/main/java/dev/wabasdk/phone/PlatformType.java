package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a business phone number is served from ({@code platform_type}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code CLOUD_API}
 */
public record PlatformType(String value) {
  /** Meta's Cloud API. */
  public static final PlatformType CLOUD_API = new PlatformType("CLOUD_API");
  /** The retired On-Premises API. */
  public static final PlatformType ON_PREMISE = new PlatformType("ON_PREMISE");
  /** Not registered. */
  public static final PlatformType NOT_APPLICABLE = new PlatformType("NOT_APPLICABLE");

  private static final Map<String, PlatformType> KNOWN =
      Stream.of(CLOUD_API, ON_PREMISE, NOT_APPLICABLE).collect(Collectors.toUnmodifiableMap(PlatformType::value, Function.identity()));

  public PlatformType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static PlatformType of(String value) {
    Objects.requireNonNull(value, "value");
    PlatformType known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new PlatformType(value);
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
