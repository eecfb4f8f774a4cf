package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user tapped a quick-reply button of a template ({@code type: button}); {@code context().id()} is the template
 * message's wamid. Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context
 * @param payload the button payload the business set when sending the template
 * @param text the button text
 */
public record InboundQuickReplyMessage(
    MessageHeader header,
    @Nullable String payload,
    String text)
    implements InboundMessage {

  public InboundQuickReplyMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(text, "text == null");
  }

  @Override
  public String type() {
    return "button";
  }
}
