package dev.wabasdk.webhook;

/**
 * The user tapped a reply button of an interactive message ({@code interactive.type: button_reply}).
 *
 * @param header the sender, id, timestamp and context (the wamid of the interactive message)
 * @param replyId the {@code id} the business gave the button
 * @param title the button title
 */
public record InboundButtonReplyMessage(MessageHeader header, String replyId, String title) implements InboundMessage {

  @Override
  public String type() {
    return "interactive";
  }
}
