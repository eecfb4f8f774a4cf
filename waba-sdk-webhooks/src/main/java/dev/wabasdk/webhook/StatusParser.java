package dev.wabasdk.webhook;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Parses the {@code statuses[]} of a {@code messages} change. Stateless. */
final class StatusParser {
  private StatusParser() {}

  /**
   * One status, given its place among its siblings.
   *
   * @throws dev.wabasdk.internal.Json.MalformedJsonException naming the path, for a malformed {@code timestamp}
   */
  static WebhookEvent status(
      JsonView status,
      int index,
      int count,
      List<JsonView> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId) {
    String id = status.string("id");
    String rawStatus = status.string("status");
    Instant timestamp = status.epochSeconds("timestamp");
    if (id == null || rawStatus == null || timestamp == null) {
      return WebhookParser.unknown(
          businessAccountId, "messages", "status needs \"id\", \"status\" and \"timestamp\"", status);
    }
    boolean group = "group".equals(status.string("recipient_type"));
    String groupId = group ? status.string("recipient_id") : null;
    String userId = status.string("recipient_user_id");
    // For a group the user is the participant; otherwise recipient_id, which is a BSUID when the business sent
    // to one (BSUIDs contain a dot, phone numbers never do).
    String recipientId = status.string(group ? "recipient_participant_id" : "recipient_id");
    boolean bsuid = recipientId != null && recipientId.indexOf('.') >= 0;
    String waId = bsuid ? null : recipientId;
    if (userId == null && bsuid) {
      userId = recipientId;
    }
    Identities.Party recipient =
        Identities.party(contacts, waId, userId, Identities.parentRecipientUserId(status), index, count);
    return new MessageStatus(
        id,
        DeliveryStatus.of(rawStatus),
        timestamp,
        recipient.user(),
        recipient.profileName(),
        groupId,
        status.string("biz_opaque_callback_data"),
        conversation(status.object("conversation")),
        pricing(status.object("pricing")),
        Identities.errors(status),
        metadata,
        businessAccountId,
        RawJson.wrap(status));
  }

  private static @Nullable Conversation conversation(@Nullable JsonView conversation) {
    if (conversation == null) {
      return null;
    }
    JsonView origin = conversation.object("origin");
    return new Conversation(
        conversation.string("id"),
        conversation.epochSecondsOrNull("expiration_timestamp"),
        origin == null ? null : WebhookParser.open(origin.string("type"), PricingCategory::of));
  }

  private static @Nullable Pricing pricing(@Nullable JsonView pricing) {
    if (pricing == null) {
      return null;
    }
    Object billable = pricing.get("billable");
    return new Pricing(
        billable instanceof Boolean b ? b : billable instanceof String s ? Boolean.valueOf(s) : null,
        WebhookParser.open(pricing.string("pricing_model"), PricingModel::of),
        WebhookParser.open(pricing.string("type"), PricingType::of),
        WebhookParser.open(pricing.string("category"), PricingCategory::of));
  }
}
