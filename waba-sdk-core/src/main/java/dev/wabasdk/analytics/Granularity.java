package dev.wabasdk.analytics;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The period of each data point ({@code granularity}). Meta spells it differently per kind: messaging analytics take
 * {@link #HALF_HOUR}, {@link #DAY} and {@link #MONTH}; conversation, pricing and call analytics {@link #HALF_HOUR},
 * {@link #DAILY} and {@link #MONTHLY}; template, template group and group analytics only {@link #DAILY}. Each query
 * checks its own set.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta writes it, e.g. {@code DAILY}
 */
public record Granularity(String value) {
  /** Half an hour (messaging, conversation, pricing and call analytics). */
  public static final Granularity HALF_HOUR = new Granularity("HALF_HOUR");
  /** A day, as messaging analytics spell it. */
  public static final Granularity DAY = new Granularity("DAY");
  /** A month, as messaging analytics spell it. */
  public static final Granularity MONTH = new Granularity("MONTH");
  /** A day, as every kind but messaging analytics spells it. */
  public static final Granularity DAILY = new Granularity("DAILY");
  /** A month, as conversation, pricing and call analytics spell it. */
  public static final Granularity MONTHLY = new Granularity("MONTHLY");

  private static final Map<String, Granularity> KNOWN = Stream.of(HALF_HOUR, DAY, MONTH, DAILY, MONTHLY)
      .collect(Collectors.toUnmodifiableMap(Granularity::value, Function.identity()));

  public Granularity {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static Granularity of(String value) {
    Objects.requireNonNull(value, "value");
    Granularity known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new Granularity(value);
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
