package dev.wabasdk.webhook;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every inbound message carries, whatever its type. {@link InboundMessage} exposes each part directly
 * ({@code message.from()}, {@code message.timestamp()}, ...). Immutable and thread-safe.
 *
 * @param id the message id ({@code wamid...})
 * @param from the sender: {@code wa_id} and/or BSUID {@code user_id}, parent user id and username, whichever Meta
 *     sent (since 2026 a user may have no phone number here)
 * @param profileName the sender's profile name ({@code contacts[].profile.name}), when Meta sent it
 * @param identityKeyHash the sender's identity hash ({@code contacts[].identity_key_hash}), sent while the number's
 *     identity change check is on; give it to a send's {@code recipientIdentityKeyHash(..)}
 * @param timestamp when the user sent the message
 * @param groupId the group the message was sent in (Groups API), else null
 * @param context the replied-to message, forwarding flags or referred product, else null
 * @param referral the click-to-WhatsApp ad or post the user came from, else null
 * @param errors errors Meta attached to the message (e.g. for {@code unsupported} messages)
 * @param metadata the business phone number that received the message
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param raw the message object as Meta sent it
 * @param conversationContext Meta's summary of the conversation so far ({@code conversation_context} beside the
 *     messages), sent under Conversation Routing with the first message of a thread routed to you, else null
 */
public record MessageHeader(
    String id,
    WhatsAppUser from,
    @Nullable String profileName,
    @Nullable String identityKeyHash,
    Instant timestamp,
    @Nullable String groupId,
    @Nullable MessageContext context,
    @Nullable Referral referral,
    List<WebhookError> errors,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw,
    @Nullable ConversationContext conversationContext) {

  public MessageHeader {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(from, "from == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(errors, "errors == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
    errors = List.copyOf(errors);
  }

  /** A header without a conversation context (the canonical constructor before Conversation Routing). */
  public MessageHeader(String id, WhatsAppUser from, @Nullable String profileName, @Nullable String identityKeyHash,
      Instant timestamp, @Nullable String groupId, @Nullable MessageContext context, @Nullable Referral referral,
      List<WebhookError> errors, WebhookMetadata metadata, @Nullable String businessAccountId, RawJson raw) {
    this(id, from, profileName, identityKeyHash, timestamp, groupId, context, referral, errors, metadata,
        businessAccountId, raw, null);
  }

  /** A header without an identity hash. */
  public MessageHeader(String id, WhatsAppUser from, @Nullable String profileName, Instant timestamp,
      @Nullable String groupId, @Nullable MessageContext context, @Nullable Referral referral,
      List<WebhookError> errors, WebhookMetadata metadata, @Nullable String businessAccountId, RawJson raw) {
    this(id, from, profileName, null, timestamp, groupId, context, referral, errors, metadata, businessAccountId,
        raw);
  }
}
