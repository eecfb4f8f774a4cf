package dev.wabasdk.message;

/**
 * A sticker message ({@code "type": "sticker"}): WebP only, at most 100 KB static or 500 KB animated. Stickers have
 * no caption.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param media {@code sticker.id} or {@code sticker.link}
 * @param envelope reply context, callback data and extra fields
 */
public record StickerMessage(Recipient recipient, MediaSource media, Envelope envelope) implements MediaMessage {

  public StickerMessage {
    Checks.uncaptionedMedia(recipient, media, envelope, "sticker");
  }

  /** A builder for a sticker message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StickerMessage}. */
  public static final class Builder extends MediaMessageBuilder<Builder, StickerMessage> {

    Builder() {}

    @Override
    public StickerMessage build() {
      return new StickerMessage(recipient(), requiredMedia("sticker"), envelope());
    }
  }
}
