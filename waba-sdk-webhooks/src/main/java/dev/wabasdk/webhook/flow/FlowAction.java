package dev.wabasdk.webhook.flow;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code action} of a Flow endpoint request. Open: a value Meta adds later is kept as is and {@link #isKnown()}
 * is false; {@link #of(String)} returns the constants below for known values, so they may be compared with
 * {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code data_exchange}
 */
public record FlowAction(String value) {
  /** The flow was opened with {@code flow_action: data_exchange}: answer with the first screen. */
  public static final FlowAction INIT = new FlowAction("INIT");
  /** The user pressed back on a screen with {@code refresh_on_back: true}. */
  public static final FlowAction BACK = new FlowAction("BACK");
  /** A {@code data_exchange} action of the flow. */
  public static final FlowAction DATA_EXCHANGE = new FlowAction("data_exchange");
  /** Meta's health check; the processor answers it without calling the handler. */
  public static final FlowAction PING = new FlowAction("ping");

  private static final Map<String, FlowAction> KNOWN = Stream.of(INIT, BACK, DATA_EXCHANGE, PING)
      .collect(Collectors.toUnmodifiableMap(FlowAction::value, Function.identity()));

  public FlowAction {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value, or a new instance keeping an unknown value as is. */
  public static FlowAction of(String value) {
    Objects.requireNonNull(value, "value");
    FlowAction known = KNOWN.get(value);
    return known != null ? known : new FlowAction(value);
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
