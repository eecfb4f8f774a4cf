package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What happened to a message the business sent ({@code statuses[]}): sent, delivered, read, played or failed,
 * with the conversation and pricing Meta attached. A status is never an {@link InboundMessage}.
 *
 * <p>Meta delivers statuses at least once and in no guaranteed order ({@code read} may arrive before or without
 * {@code delivered}). Immutable and thread-safe.
 *
 * @param id the wamid of the business's message
 * @param status the status, e.g. {@link DeliveryStatus#DELIVERED}; a value this SDK does not know keeps Meta's string
 *     ({@link DeliveryStatus#isKnown()} is false)
 * @param timestamp when the status changed
 * @param recipient the user the message went to ({@code recipient_id} / {@code recipient_user_id} /
 *     {@code recipient_parent_user_id}, username from {@code contacts}); for a group message, the participant
 *     ({@code recipient_participant_id} or {@code participant_recipient_id}, {@code recipient_participant_user_id},
 *     {@code recipient_participant_parent_user_id}); null when Meta identified nobody (a group message's
 *     {@code sent})
 * @param recipientProfileName the recipient's profile name, when Meta sent {@code contacts} (2026)
 * @param recipientIdentityKeyHash the recipient's identity hash ({@code recipient_identity_key_hash}), sent while the
 *     number's identity change check is on and the message was sent without one
 * @param groupId the group id when {@code recipient_type} is {@code group}, else null
 * @param bizOpaqueCallbackData the {@code biz_opaque_callback_data} the business set when sending, else null
 * @param conversation the conversation, when Meta sent one (v24+: only for free entry point conversations)
 * @param pricing the pricing, when Meta sent it (on {@code sent} and one of {@code delivered}/{@code read})
 * @param errors why the message failed (on {@code failed} statuses)
 * @param metadata the business phone number that sent the message
 * @param businessAccountId the WhatsApp Business Account id
 * @param raw the status object as Meta sent it
 */
public record MessageStatus(
    String id,
    DeliveryStatus status,
    Instant timestamp,
    @Nullable WhatsAppUser recipient,
    @Nullable String recipientProfileName,
    @Nullable String recipientIdentityKeyHash,
    @Nullable String groupId,
    @Nullable String bizOpaqueCallbackData,
    @Nullable Conversation conversation,
    @Nullable Pricing pricing,
    List<WebhookError> errors,
    WebhookMetadata metadata,
    @Nullable String businessAccountId,
    RawJson raw)
    implements WebhookEvent {

  public MessageStatus {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
    Objects.requireNonNull(errors, "errors == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
    errors = List.copyOf(errors);
  }

  /** A status without an identity hash. */
  public MessageStatus(String id, DeliveryStatus status, Instant timestamp, @Nullable WhatsAppUser recipient,
      @Nullable String recipientProfileName, @Nullable String groupId, @Nullable String bizOpaqueCallbackData,
      @Nullable Conversation conversation, @Nullable Pricing pricing, List<WebhookError> errors,
      WebhookMetadata metadata, @Nullable String businessAccountId, RawJson raw) {
    this(id, status, timestamp, recipient, recipientProfileName, null, groupId, bizOpaqueCallbackData, conversation,
        pricing, errors, metadata, businessAccountId, raw);
  }

  /**
   * {@code status:<wamid>:<status>}, plus the participant ({@link WhatsAppUser#key()}) for group messages: each
   * participant's {@code delivered} and {@code read} of one group message is an event of its own.
   */
  @Override
  public String eventId() {
    String key = "status:" + id + ":" + status.value().toLowerCase(Locale.ROOT);
    return groupId != null && recipient != null ? key + ":" + recipient.key() : key;
  }

}
