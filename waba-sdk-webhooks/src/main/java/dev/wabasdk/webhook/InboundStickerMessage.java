package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * An inbound sticker ({@code type: sticker}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param media the sticker's id, MIME type and SHA-256
 * @param animated whether the sticker is animated
 */
public record InboundStickerMessage(
    MessageHeader header,
    InboundMedia media,
    boolean animated)
    implements InboundMediaMessage {

  public InboundStickerMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(media, "media == null");
  }

  @Override
  public String type() {
    return "sticker";
  }
}
