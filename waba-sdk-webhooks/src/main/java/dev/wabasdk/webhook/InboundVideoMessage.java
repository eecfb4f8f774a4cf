package dev.wabasdk.webhook;

/**
 * An inbound video ({@code type: video}).
 *
 * @param header the sender, id, timestamp and context
 * @param media the video's id, MIME type, SHA-256 and caption
 */
public record InboundVideoMessage(MessageHeader header, InboundMedia media) implements InboundMediaMessage {

  @Override
  public String type() {
    return "video";
  }
}
