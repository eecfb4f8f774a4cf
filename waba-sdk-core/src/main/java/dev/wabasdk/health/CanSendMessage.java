package dev.wabasdk.health;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether an entity lets messages be sent ({@code can_send_message} in a {@code health_status}); Meta rates a
 * number's or an app's ability to receive calls over SIP ({@code can_receive_call_sip}) on the same scale.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code AVAILABLE}
 */
public record CanSendMessage(String value) {
  /** Messages can be sent. */
  public static final CanSendMessage AVAILABLE = new CanSendMessage("AVAILABLE");
  /** Messages can be sent with limits; see the entity's additional info. */
  public static final CanSendMessage LIMITED = new CanSendMessage("LIMITED");
  /** Messages cannot be sent; see the entity's errors. */
  public static final CanSendMessage BLOCKED = new CanSendMessage("BLOCKED");

  private static final Map<String, CanSendMessage> KNOWN = Stream.of(AVAILABLE, LIMITED, BLOCKED)
      .collect(Collectors.toUnmodifiableMap(CanSendMessage::value, Function.identity()));

  public CanSendMessage {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static CanSendMessage of(String value) {
    Objects.requireNonNull(value, "value");
    CanSendMessage known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new CanSendMessage(value);
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
