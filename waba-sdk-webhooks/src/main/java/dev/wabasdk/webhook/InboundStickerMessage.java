package dev.wabasdk.webhook;

/**
 * An inbound sticker ({@code type: sticker}).
 *
 * @param header the sender, id, timestamp and context
 * @param media the sticker's id, MIME type and SHA-256
 * @param animated whether the sticker is animated
 */
public record InboundStickerMessage(MessageHeader header, InboundMedia media, boolean animated) implements InboundMediaMessage {

  @Override
  public String type() {
    return "sticker";
  }
}
