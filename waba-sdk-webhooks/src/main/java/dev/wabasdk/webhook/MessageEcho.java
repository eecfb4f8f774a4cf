package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message the business sent, edited or deleted from the WhatsApp Business app or a linked device
 * ({@code message_echoes[]} of the {@code smb_message_echoes} field). It is a business message: it takes the
 * user's pair-rate credit and opens no window; it is never an {@link InboundMessage} event. Immutable and
 * thread-safe.
 *
 * @param id the message id ({@code wamid...})
 * @param from the business phone number that sent it ({@code from})
 * @param to the user it went to ({@code to}, {@code to_user_id}, {@code to_parent_user_id}, the contact), when
 *     Meta identified one
 * @param toProfileName the user's profile name, when Meta sent {@code contacts}
 * @param timestamp when the business sent it
 * @param type Meta's message {@code type}, e.g. {@code text}, {@code image}, {@code edit}, {@code revoke}
 * @param content the message's content, typed like the inbound message of the same {@code type} (an
 *     {@link InboundEditMessage} for an edit, an {@link InboundRevokeMessage} for a delete); its
 *     {@link InboundMessage#from()} is the business number. Null when the type is unknown.
 * @param metadata the business phone number
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the echo object as Meta sent it
 */
public record MessageEcho(
    String id,
    @Nullable String from,
    @Nullable WhatsAppUser to,
    @Nullable String toProfileName,
    Instant timestamp,
    String type,
    @Nullable InboundMessage content,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements CoexistenceEvent {

  public MessageEcho {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** {@code echo:<wamid>}. */
  @Override
  public String eventId() {
    return "echo:" + id;
  }
}
