package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A sticker message ({@code "type": "sticker"}): WebP only, at most 100 KB static or 500 KB animated. Stickers have
 * no caption.
 *
 * @param recipient who it goes to
 * @param media {@code sticker.id} or {@code sticker.link}
 * @param envelope reply context, callback data and extra fields
 */
public record StickerMessage(Recipient recipient, MediaSource media, Envelope envelope) implements MediaMessage {

  public StickerMessage {
    Checks.required(recipient, "to");
    Checks.required(media, "sticker");
    Checks.required(envelope, "envelope");
    if (envelope.extraTypeFields().containsKey("caption")) {
      throw new IllegalArgumentException("sticker.caption: sticker messages cannot have a caption");
    }
  }

  /** A builder for a sticker message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StickerMessage}. */
  public static final class Builder extends MessageBuilder<Builder, StickerMessage> {
    private @Nullable MediaSource media;

    Builder() {}

    /** <strong>Required.</strong> The file: {@link MediaSource#id(String)} or {@link MediaSource#link(String)}. */
    public Builder media(MediaSource media) {
      this.media = Objects.requireNonNull(media, "media == null");
      return this;
    }

    @Override
    public StickerMessage build() {
      return new StickerMessage(recipient(), Checks.required(media, "sticker"), envelope());
    }
  }
}
