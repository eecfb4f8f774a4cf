package dev.wabasdk.webhook;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message a WhatsApp user sent to the business. One record per Meta message type, so a framework can route
 * by type (e.g. Spring's {@code @EventListener void on(InboundTextMessage m)}); a type this SDK does not know
 * yet arrives as {@link InboundUnknownMessage} with its raw JSON. Implementations are immutable and thread-safe.
 *
 * <p>Messages a user sends are what open the 24-hour customer service window with them.
 */
public sealed interface InboundMessage extends WebhookEvent
    permits InboundTextMessage,
        InboundMediaMessage,
        InboundLocationMessage,
        InboundContactsMessage,
        InboundButtonReplyMessage,
        InboundListReplyMessage,
        InboundFlowReplyMessage,
        InboundAddressMessage,
        InboundQuickReplyMessage,
        InboundReactionMessage,
        InboundOrderMessage,
        InboundSystemMessage,
        InboundRequestWelcomeMessage,
        InboundEditMessage,
        InboundRevokeMessage,
        InboundCallPermissionReply,
        InboundPaymentMethodMessage,
        InboundUnsupportedMessage,
        InboundUnknownMessage {

  /** The parts every inbound message has. */
  MessageHeader header();

  /** Meta's message {@code type}, e.g. {@code text}, {@code image}, {@code interactive}. */
  String type();

  /** The message id ({@code wamid...}). */
  default String id() {
    return header().id();
  }

  /** The sender, identified by whichever of {@code wa_id}, BSUID, parent BSUID and username Meta sent. */
  default WhatsAppUser from() {
    return header().from();
  }

  /** The sender's profile name, when Meta sent it. */
  default @Nullable String profileName() {
    return header().profileName();
  }

  /**
   * The sender's identity hash, sent while the number's identity change check is on: pass it to a send's
   * {@code recipientIdentityKeyHash(..)} so that the message reaches only this identity of the user.
   */
  default @Nullable String identityKeyHash() {
    return header().identityKeyHash();
  }

  /** When the user sent the message. */
  default Instant timestamp() {
    return header().timestamp();
  }

  /** The replied-to message, forwarding flags or referred product, else null. */
  default @Nullable MessageContext context() {
    return header().context();
  }

  /** The click-to-WhatsApp ad or post the user came from, else null. */
  default @Nullable Referral referral() {
    return header().referral();
  }

  /** The business phone number that received the message. */
  default WebhookMetadata metadata() {
    return header().metadata();
  }

  /**
   * Meta's summary of the conversation so far ({@code conversation_context}), sent under Conversation Routing with
   * the first message of a thread routed to you (to responders without standby copies, where Meta offers it);
   * model-written prose to show an agent, else null.
   */
  default @Nullable ConversationContext conversationContext() {
    return header().conversationContext();
  }

  /** Errors Meta attached to the message (empty for most messages). */
  default List<WebhookError> errors() {
    return header().errors();
  }

  @Override
  default String eventId() {
    return "message:" + header().id();
  }

  @Override
  default @Nullable String businessAccountId() {
    return header().businessAccountId();
  }

  @Override
  default RawJson raw() {
    return header().raw();
  }
}
