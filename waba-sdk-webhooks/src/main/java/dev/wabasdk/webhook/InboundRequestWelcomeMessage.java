package dev.wabasdk.webhook;

/**
 * The user opened the chat with the business for the first time ({@code type: request_welcome}).
 *
 * @param header the sender, id and timestamp
 */
public record InboundRequestWelcomeMessage(MessageHeader header) implements InboundMessage {

  @Override
  public String type() {
    return "request_welcome";
  }
}
