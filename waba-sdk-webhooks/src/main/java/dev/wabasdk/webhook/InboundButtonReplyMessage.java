package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * The user tapped a reply button of an interactive message ({@code interactive.type: button_reply}).
 * Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context (the wamid of the interactive message)
 * @param replyId the {@code id} the business gave the button
 * @param title the button title
 */
public record InboundButtonReplyMessage(
    MessageHeader header,
    String replyId,
    String title)
    implements InboundMessage {

  public InboundButtonReplyMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(replyId, "replyId == null");
    Objects.requireNonNull(title, "title == null");
  }

  @Override
  public String type() {
    return "interactive";
  }
}
