package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user edited a message they sent earlier ({@code type: edit}). Immutable and thread-safe.
 *
 * @param header the sender, id (of the edit) and timestamp
 * @param originalMessageId the id of the message that was edited ({@code edit.original_message_id})
 * @param edited the new content ({@code edit.message}), typed like a message of its type and sharing this header;
 *     null when Meta sent none or its type is unknown
 */
public record InboundEditMessage(MessageHeader header, @Nullable String originalMessageId,
    @Nullable InboundMessage edited) implements InboundMessage {

  public InboundEditMessage {
    Objects.requireNonNull(header, "header == null");
  }

  @Override
  public String type() {
    return "edit";
  }
}
