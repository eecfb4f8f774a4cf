package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The throughput level of a business phone number ({@code throughput.level}).
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code STANDARD}
 */
public record ThroughputLevel(String value) {
  /** 80 messages per second. */
  public static final ThroughputLevel STANDARD = new ThroughputLevel("STANDARD");
  /** Up to 1,000 messages per second. */
  public static final ThroughputLevel HIGH = new ThroughputLevel("HIGH");
  /** Not applicable (e.g. not registered). */
  public static final ThroughputLevel NOT_APPLICABLE = new ThroughputLevel("NOT_APPLICABLE");

  private static final Map<String, ThroughputLevel> KNOWN =
      Stream.of(STANDARD, HIGH, NOT_APPLICABLE).collect(Collectors.toUnmodifiableMap(ThroughputLevel::value, Function.identity()));

  public ThroughputLevel {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static ThroughputLevel of(String value) {
    Objects.requireNonNull(value, "value");
    ThroughputLevel known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new ThroughputLevel(value);
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
