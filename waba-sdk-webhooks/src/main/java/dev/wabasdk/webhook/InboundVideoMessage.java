package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * An inbound video ({@code type: video}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param media the video's id, MIME type, SHA-256 and caption
 */
public record InboundVideoMessage(MessageHeader header, InboundMedia media) implements InboundMediaMessage {

  public InboundVideoMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(media, "media == null");
  }

  @Override
  public String type() {
    return "video";
  }
}
