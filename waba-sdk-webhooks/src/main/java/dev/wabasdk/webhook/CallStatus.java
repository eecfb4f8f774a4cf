package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The state of a call: {@code statuses[].status} of a business-initiated call, or a terminated call's {@code status}.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code RINGING}
 */
public record CallStatus(String value) {
  /** The user's phone is ringing. */
  public static final CallStatus RINGING = new CallStatus("RINGING");
  /** The user answered. */
  public static final CallStatus ACCEPTED = new CallStatus("ACCEPTED");
  /** The user declined. */
  public static final CallStatus REJECTED = new CallStatus("REJECTED");
  /** The call ended after it was answered. */
  public static final CallStatus COMPLETED = new CallStatus("COMPLETED");
  /** The call failed or was not answered. */
  public static final CallStatus FAILED = new CallStatus("FAILED");

  private static final Map<String, CallStatus> KNOWN =
      Stream.of(RINGING, ACCEPTED, REJECTED, COMPLETED, FAILED)
          .collect(Collectors.toUnmodifiableMap(CallStatus::value, Function.identity()));

  public CallStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static CallStatus of(String value) {
    Objects.requireNonNull(value, "value");
    CallStatus known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new CallStatus(value);
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
