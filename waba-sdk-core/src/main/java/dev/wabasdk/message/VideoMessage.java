package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A video message ({@code "type": "video"}). MP4 or 3GP (H.264 video, AAC audio), at most 16 MB.
 *
 * @param recipient who it goes to
 * @param media {@code video.id} or {@code video.link}
 * @param caption {@code video.caption}, at most 1,024 characters
 * @param envelope reply context, callback data and extra fields
 */
public record VideoMessage(Recipient recipient, MediaSource media, @Nullable String caption, Envelope envelope)
    implements MediaMessage {

  public VideoMessage {
    Checks.required(recipient, "to");
    Checks.required(media, "video");
    Checks.optionalText(caption, "video.caption", MAX_CAPTION_LENGTH);
    Checks.required(envelope, "envelope");
  }

  /** A builder for a video message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link VideoMessage}. */
  public static final class Builder extends MessageBuilder<Builder, VideoMessage> {
    private @Nullable MediaSource media;
    private @Nullable String caption;

    Builder() {}

    /** <strong>Required.</strong> The file: {@link MediaSource#id(String)} or {@link MediaSource#link(String)}. */
    public Builder media(MediaSource media) {
      this.media = Objects.requireNonNull(media, "media == null");
      return this;
    }

    /** A caption shown under the video, at most 1,024 characters. */
    public Builder caption(String caption) {
      this.caption = Objects.requireNonNull(caption, "caption == null");
      return this;
    }

    @Override
    public VideoMessage build() {
      return new VideoMessage(recipient(), Checks.required(media, "video"), caption, envelope());
    }
  }
}
