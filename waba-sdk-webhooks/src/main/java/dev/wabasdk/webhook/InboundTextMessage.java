package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * An inbound text message ({@code type: text}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param body the text
 */
public record InboundTextMessage(MessageHeader header, String body) implements InboundMessage {

  public InboundTextMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(body, "body == null");
  }

  @Override
  public String type() {
    return "text";
  }
}
