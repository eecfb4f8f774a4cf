package dev.wabasdk.webhook;

import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parses the {@code statuses[]} of a {@code messages} change. Stateless. */
final class StatusParser {
  private StatusParser() {}

  /**
   * One status, given its place among its siblings.
   *
   * <p>A payment status ({@code type: payment}, or a {@code payment} object) is a {@link PaymentStatusUpdate}, never a
   * {@link MessageStatus}: its {@code captured} or {@code pending} is no delivery status.
   *
   * @throws dev.wabasdk.internal.Json.MalformedJsonException naming the path, for a malformed {@code timestamp}
   */
  static WebhookEvent status(
      JsonView status,
      int index,
      int count,
      List<Identities.Contact> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId) {
    if ("payment".equalsIgnoreCase(status.string("type")) || status.object("payment") != null) {
      return PaymentStatusParser.payment(status, index, count, contacts, metadata, businessAccountId);
    }
    String id = status.string("id");
    String rawStatus = status.string("status");
    Instant timestamp = status.epochSeconds("timestamp");
    if (id == null || rawStatus == null || timestamp == null) {
      return WebhookParser.unknown(
          businessAccountId, "messages", "status needs \"id\", \"status\" and \"timestamp\"", status);
    }
    return status(id, rawStatus, timestamp, status.string("recipient_type"), status.string("recipient_id"),
        participantId(status), status.string("recipient_participant_user_id"),
        status.string("recipient_participant_parent_user_id"), status.string("recipient_user_id"),
        Identities.parentRecipientUserId(status), status.string("recipient_identity_key_hash"),
        status.string("biz_opaque_callback_data"),
        conversation(status.object("conversation")), pricing(status.object("pricing")), Identities.errors(status),
        contacts, index, count,
        metadata, businessAccountId, RawJson.wrap(status));
  }

  /**
   * The phone number of a group message's participant, under either spelling Meta has documented: the business-scoped
   * user id page names it {@code recipient_participant_id}, the groups webhooks page's examples
   * {@code participant_recipient_id}.
   */
  private static @Nullable String participantId(JsonView status) {
    String participant = status.string("recipient_participant_id");
    return participant != null ? participant : status.string("participant_recipient_id");
  }

  /**
   * A status from its members, at {@code index} of {@code count}. Shared by this parser and {@link WebhookFastPath}.
   *
   * @param participantId a group message's participant by phone number ({@code recipient_participant_id})
   * @param participantUserId the participant's BSUID ({@code recipient_participant_user_id})
   * @param participantParentUserId the participant's parent BSUID ({@code recipient_participant_parent_user_id})
   */
  static MessageStatus status(
      String id,
      String rawStatus,
      Instant timestamp,
      @Nullable String recipientType,
      @Nullable String recipientId,
      @Nullable String participantId,
      @Nullable String participantUserId,
      @Nullable String participantParentUserId,
      @Nullable String userId,
      @Nullable String parentUserId,
      @Nullable String identityKeyHash,
      @Nullable String bizOpaqueCallbackData,
      @Nullable Conversation conversation,
      @Nullable Pricing pricing,
      List<WebhookError> errors,
      List<Identities.Contact> contacts,
      int index,
      int count,
      WebhookMetadata metadata,
      @Nullable String businessAccountId,
      RawJson raw) {
    boolean group = "group".equals(recipientType);
    String groupId = group ? recipientId : null;
    // For a group the user is the participant (recipient_id is the group); otherwise recipient_id.
    Identities.Party recipient = group
        ? Identities.recipient(contacts, participantId, participantUserId != null ? participantUserId : userId,
            participantParentUserId != null ? participantParentUserId : parentUserId, index, count)
        : Identities.recipient(contacts, recipientId, userId, parentUserId, index, count);
    return new MessageStatus(
        id,
        DeliveryStatus.of(rawStatus),
        timestamp,
        recipient.user(),
        recipient.profileName(),
        identityKeyHash != null ? identityKeyHash : recipient.identityKeyHash(),
        groupId,
        bizOpaqueCallbackData,
        conversation,
        pricing,
        errors,
        metadata,
        businessAccountId,
        raw);
  }

  private static @Nullable Conversation conversation(@Nullable JsonView conversation) {
    if (conversation == null) {
      return null;
    }
    JsonView origin = conversation.object("origin");
    return conversation(conversation.string("id"), conversation.epochSecondsOrNull("expiration_timestamp"),
        origin == null ? null : origin.string("type"));
  }

  /** A conversation from its members. Shared by this parser and {@link WebhookFastPath}. */
  static Conversation conversation(@Nullable String id, @Nullable Instant expiration, @Nullable String originType) {
    return new Conversation(id, expiration, WebhookParser.open(originType, PricingCategory::of));
  }

  private static @Nullable Pricing pricing(@Nullable JsonView pricing) {
    if (pricing == null) {
      return null;
    }
    return pricing(pricing.get("billable"), pricing.string("pricing_model"), pricing.string("type"),
        pricing.string("category"), cost(pricing.object("cost")));
  }

  /**
   * A {@code pricing.cost} ({@code {"amount": 0.035, "currency": "USD"}}), or null when absent or malformed (not an
   * object, {@code amount} not a number, {@code currency} not three letters): a bad estimate must not cost the status.
   * Shared by this parser and {@link WebhookFastPath}.
   */
  static @Nullable Money cost(@Nullable JsonView cost) {
    if (cost == null) {
      return null;
    }
    BigDecimal amount = cost.numberOrNull("amount");
    if (amount == null || !(cost.get("currency") instanceof String currency)) {
      return null;
    }
    try {
      return new Money(amount, currency.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException notIso) {
      return null; // Money's own check: three letters A to Z
    }
  }

  /**
   * Pricing from its members ({@code billable} as read: a boolean, or a string Meta may send instead). Shared by
   * this parser and {@link WebhookFastPath}.
   */
  static Pricing pricing(
      @Nullable Object billable,
      @Nullable String model,
      @Nullable String type,
      @Nullable String category,
      @Nullable Money cost) {
    return new Pricing(
        billable instanceof Boolean b ? b : billable instanceof String s ? Boolean.valueOf(s) : null,
        WebhookParser.open(model, PricingModel::of),
        WebhookParser.open(type, PricingType::of),
        WebhookParser.open(category, PricingCategory::of),
        cost);
  }
}
