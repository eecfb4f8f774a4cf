package dev.wabasdk.calling;

import org.jspecify.annotations.Nullable;

/**
 * What a call's {@code connect} or {@code accept} adds besides its SDP and callback data: Meta's {@code recording}
 * and {@code transcription} objects. A field left null is not sent (the call is neither recorded nor transcribed).
 *
 * <pre>{@code
 * CallOptions options = CallOptions.builder()
 *     .recording(CallRecording.enabled("quality assurance", "en_US"))
 *     .transcription(CallTranscription.enabled("quality assurance", "en_US"))
 *     .build();
 * whatsApp.calling().accept(callId, sdpAnswer, "ticket-42", options);
 * }</pre>
 * Immutable and thread-safe; the builder is not.
 *
 * @param recording Meta's {@code recording} object, or null to leave it out
 * @param transcription Meta's {@code transcription} object, or null to leave it out
 */
public record CallOptions(@Nullable CallRecording recording, @Nullable CallTranscription transcription) {

  /** No option: the call is neither recorded nor transcribed. */
  public static final CallOptions NONE = new CallOptions(null, null);

  /** A builder with no option set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CallOptions}. Not thread-safe. */
  public static final class Builder {
    private @Nullable CallRecording recording;
    private @Nullable CallTranscription transcription;

    private Builder() {}

    /** Records the call ({@code recording}); null leaves the object out. */
    public Builder recording(@Nullable CallRecording recording) {
      this.recording = recording;
      return this;
    }

    /** Transcribes the call ({@code transcription}); null leaves the object out. */
    public Builder transcription(@Nullable CallTranscription transcription) {
      this.transcription = transcription;
      return this;
    }

    public CallOptions build() {
      return new CallOptions(recording, transcription);
    }
  }
}
