package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code alert_severity} of an {@code account_alerts} notification.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code WARNING}
 */
public record AlertSeverity(String value) {
  /** Needs action now. */
  public static final AlertSeverity CRITICAL = new AlertSeverity("CRITICAL");
  /** Needs attention. */
  public static final AlertSeverity WARNING = new AlertSeverity("WARNING");
  /** For information. */
  public static final AlertSeverity INFORMATIONAL = new AlertSeverity("INFORMATIONAL");

  private static final Map<String, AlertSeverity> KNOWN =
      Stream.of(CRITICAL, WARNING, INFORMATIONAL)
          .collect(Collectors.toUnmodifiableMap(AlertSeverity::value, Function.identity()));

  public AlertSeverity {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static AlertSeverity of(String value) {
    Objects.requireNonNull(value, "value");
    AlertSeverity known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new AlertSeverity(value);
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
