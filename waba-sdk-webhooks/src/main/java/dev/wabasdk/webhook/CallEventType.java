package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What happened to a call ({@code calls[].event}).
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code connect}
 */
public record CallEventType(String value) {
  /** The call is being set up: a user's call offers its SDP, or a business call gets the user's answer. */
  public static final CallEventType CONNECT = new CallEventType("connect");
  /** The call ended. */
  public static final CallEventType TERMINATE = new CallEventType("terminate");
  /** A recorded call's audio is ready ({@link CallRecordingAvailable}). */
  public static final CallEventType CALL_RECORDING_AVAILABLE = new CallEventType("call_recording_available");
  /** A transcribed call's transcript is ready ({@link CallTranscriptionAvailable}). */
  public static final CallEventType CALL_TRANSCRIPTION_AVAILABLE = new CallEventType("call_transcription_available");

  private static final Map<String, CallEventType> KNOWN =
      Stream.of(CONNECT, TERMINATE, CALL_RECORDING_AVAILABLE, CALL_TRANSCRIPTION_AVAILABLE)
          .collect(Collectors.toUnmodifiableMap(CallEventType::value, Function.identity()));

  public CallEventType {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static CallEventType of(String value) {
    Objects.requireNonNull(value, "value");
    CallEventType known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new CallEventType(value);
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
