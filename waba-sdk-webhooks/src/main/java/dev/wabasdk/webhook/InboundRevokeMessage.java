package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user deleted a message they sent earlier ({@code type: revoke}). Immutable and thread-safe.
 *
 * @param header the sender, id and timestamp
 * @param originalMessageId the id of the deleted message ({@code revoke.original_message_id})
 */
public record InboundRevokeMessage(MessageHeader header, @Nullable String originalMessageId)
    implements InboundMessage {

  public InboundRevokeMessage {
    Objects.requireNonNull(header, "header == null");
  }

  @Override
  public String type() {
    return "revoke";
  }
}
