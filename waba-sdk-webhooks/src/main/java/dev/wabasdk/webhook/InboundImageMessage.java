package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * An inbound image ({@code type: image}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param media the image's id, MIME type, SHA-256 and caption
 */
public record InboundImageMessage(MessageHeader header, InboundMedia media) implements InboundMediaMessage {

  public InboundImageMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(media, "media == null");
  }

  @Override
  public String type() {
    return "image";
  }
}
