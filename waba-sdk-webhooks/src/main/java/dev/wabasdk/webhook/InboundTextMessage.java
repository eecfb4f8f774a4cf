package dev.wabasdk.webhook;

/**
 * An inbound text message ({@code type: text}).
 *
 * @param header the sender, id, timestamp and context
 * @param body the text
 */
public record InboundTextMessage(MessageHeader header, String body) implements InboundMessage {

  @Override
  public String type() {
    return "text";
  }
}
