package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user reacted to a message, or removed their reaction ({@code type: reaction}). Immutable and thread-safe.
 *
 * @param header the sender, id and timestamp
 * @param messageId the wamid of the message reacted to
 * @param emoji the emoji; null or empty when the user removed the reaction
 */
public record InboundReactionMessage(MessageHeader header, String messageId, @Nullable String emoji)
    implements InboundMessage {

  public InboundReactionMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(messageId, "messageId == null");
  }

  @Override
  public String type() {
    return "reaction";
  }

  /** Whether this notification removes an earlier reaction. */
  public boolean isRemoval() {
    return emoji == null || emoji.isEmpty();
  }
}
