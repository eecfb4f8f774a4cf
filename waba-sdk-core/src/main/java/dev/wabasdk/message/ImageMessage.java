package dev.wabasdk.message;

import org.jspecify.annotations.Nullable;

/**
 * An image message ({@code "type": "image"}). JPEG or PNG, at most 5 MB.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param media {@code image.id} or {@code image.link}
 * @param caption {@code image.caption}, at most 1,024 characters
 * @param envelope reply context, callback data and extra fields
 */
public record ImageMessage(Recipient recipient, MediaSource media, @Nullable String caption, Envelope envelope)
    implements MediaMessage {

  public ImageMessage {
    Checks.captionedMedia(recipient, media, caption, envelope, "image");
  }

  /** A builder for an image message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ImageMessage}. */
  public static final class Builder extends MediaMessageBuilder.Captioned<Builder, ImageMessage> {
    Builder() {}

    @Override
    public ImageMessage build() {
      return new ImageMessage(recipient(), requiredMedia("image"), caption(), envelope());
    }
  }
}
