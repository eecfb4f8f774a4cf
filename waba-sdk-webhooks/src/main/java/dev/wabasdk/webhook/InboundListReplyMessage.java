package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user picked a row of an interactive list ({@code interactive.type: list_reply}). Immutable and thread-safe.
 *
 * @param header the sender, id, timestamp and context (the wamid of the list message)
 * @param replyId the {@code id} the business gave the row
 * @param title the row title
 * @param description the row description, when it had one
 */
public record InboundListReplyMessage(
    MessageHeader header,
    String replyId,
    String title,
    @Nullable String description)
    implements InboundMessage {

  public InboundListReplyMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(replyId, "replyId == null");
    Objects.requireNonNull(title, "title == null");
  }

  @Override
  public String type() {
    return "interactive";
  }
}
