package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code event} of a {@code flows} notification.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code FLOW_STATUS_CHANGE}
 */
public record FlowEventType(String value) {
  /** The Flow's status changed. */
  public static final FlowEventType FLOW_STATUS_CHANGE = new FlowEventType("FLOW_STATUS_CHANGE");
  /** The rate of errors on users' devices crossed a threshold. */
  public static final FlowEventType CLIENT_ERROR_RATE = new FlowEventType("CLIENT_ERROR_RATE");
  /** The Flow endpoint's error rate crossed a threshold. */
  public static final FlowEventType ENDPOINT_ERROR_RATE = new FlowEventType("ENDPOINT_ERROR_RATE");
  /** The Flow endpoint's latency crossed a threshold. */
  public static final FlowEventType ENDPOINT_LATENCY = new FlowEventType("ENDPOINT_LATENCY");
  /** The Flow endpoint's availability crossed a threshold. */
  public static final FlowEventType ENDPOINT_AVAILABILITY = new FlowEventType("ENDPOINT_AVAILABILITY");
  /** A Flow JSON version will expire soon. */
  public static final FlowEventType FLOW_VERSION_EXPIRY_WARNING = new FlowEventType("FLOW_VERSION_EXPIRY_WARNING");

  private static final Map<String, FlowEventType> KNOWN =
      Stream.of(FLOW_STATUS_CHANGE, CLIENT_ERROR_RATE, ENDPOINT_ERROR_RATE, ENDPOINT_LATENCY, ENDPOINT_AVAILABILITY, FLOW_VERSION_EXPIRY_WARNING)
          .collect(Collectors.toUnmodifiableMap(FlowEventType::value, Function.identity()));

  public FlowEventType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static FlowEventType of(String value) {
    Objects.requireNonNull(value, "value");
    FlowEventType known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new FlowEventType(value);
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
