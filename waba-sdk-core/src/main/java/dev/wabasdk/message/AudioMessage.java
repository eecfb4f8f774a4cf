package dev.wabasdk.message;

/**
 * An audio message ({@code "type": "audio"}): AAC, AMR, MP3, M4A or OGG/OPUS, at most 16 MB. Audio has no caption.
 * With {@code voice} set it is shown as a voice note (OGG with the OPUS codec).
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param media {@code audio.id} or {@code audio.link}
 * @param voice {@code audio.voice}: send as a voice note
 * @param envelope reply context, callback data and extra fields
 */
public record AudioMessage(Recipient recipient, MediaSource media, boolean voice, Envelope envelope)
    implements MediaMessage {

  public AudioMessage {
    Checks.uncaptionedMedia(recipient, media, envelope, "audio");
  }

  /** A builder for an audio message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AudioMessage}. */
  public static final class Builder extends MediaMessageBuilder<Builder, AudioMessage> {
    private boolean voice;

    Builder() {}

    /** Whether to show it as a voice note (needs OGG/OPUS audio). Default false. */
    public Builder voice(boolean voice) {
      this.voice = voice;
      return this;
    }

    @Override
    public AudioMessage build() {
      return new AudioMessage(recipient(), requiredMedia("audio"), voice, envelope());
    }
  }
}
