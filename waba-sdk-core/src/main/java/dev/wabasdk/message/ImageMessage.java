package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An image message ({@code "type": "image"}). JPEG or PNG, at most 5 MB.
 *
 * @param recipient who it goes to
 * @param media {@code image.id} or {@code image.link}
 * @param caption {@code image.caption}, at most 1,024 characters
 * @param envelope reply context, callback data and extra fields
 */
public record ImageMessage(Recipient recipient, MediaSource media, @Nullable String caption, Envelope envelope)
    implements MediaMessage {

  public ImageMessage {
    Checks.required(recipient, "to");
    Checks.required(media, "image");
    Checks.optionalText(caption, "image.caption", MAX_CAPTION_LENGTH);
    Checks.required(envelope, "envelope");
  }

  /** A builder for an image message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImageMessage}. */
  public static final class Builder extends MessageBuilder<Builder, ImageMessage> {
    private @Nullable MediaSource media;
    private @Nullable String caption;

    Builder() {}

    /** <strong>Required.</strong> The file: {@link MediaSource#id(String)} or {@link MediaSource#link(String)}. */
    public Builder media(MediaSource media) {
      this.media = Objects.requireNonNull(media, "media == null");
      return this;
    }

    /** A caption shown under the image, at most 1,024 characters. */
    public Builder caption(String caption) {
      this.caption = Objects.requireNonNull(caption, "caption == null");
      return this;
    }

    @Override
    public ImageMessage build() {
      return new ImageMessage(recipient(), Checks.required(media, "image"), caption, envelope());
    }
  }
}
