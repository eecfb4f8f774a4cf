package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * The user opened the chat with the business for the first time ({@code type: request_welcome}).
 * Immutable and thread-safe.
 *
 * @param header the sender, id and timestamp
 */
public record InboundRequestWelcomeMessage(MessageHeader header) implements InboundMessage {

  public InboundRequestWelcomeMessage {
    Objects.requireNonNull(header, "header == null");
  }

  @Override
  public String type() {
    return "request_welcome";
  }
}
