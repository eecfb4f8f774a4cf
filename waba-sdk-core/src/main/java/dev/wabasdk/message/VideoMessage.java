package dev.wabasdk.message;

import org.jspecify.annotations.Nullable;

/**
 * A video message ({@code "type": "video"}). MP4 or 3GP (H.264 video, AAC audio), at most 16 MB.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param media {@code video.id} or {@code video.link}
 * @param caption {@code video.caption}, at most 1,024 characters
 * @param envelope reply context, callback data and extra fields
 */
public record VideoMessage(Recipient recipient, MediaSource media, @Nullable String caption, Envelope envelope)
    implements MediaMessage {

  public VideoMessage {
    Checks.captionedMedia(recipient, media, caption, envelope, "video");
  }

  /** A builder for a video message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VideoMessage}. */
  public static final class Builder extends MediaMessageBuilder.Captioned<Builder, VideoMessage> {
    Builder() {}

    @Override
    public VideoMessage build() {
      return new VideoMessage(recipient(), requiredMedia("video"), caption(), envelope());
    }
  }
}
