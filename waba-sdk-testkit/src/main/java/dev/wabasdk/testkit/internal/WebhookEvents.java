package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meta's webhook payloads for what happens in the fake (user messages, statuses, template reviews, user
 * preferences), handed to the {@link WebhookSender} in the order they are built. Not thread-safe: used under
 * {@link FakeEngine}'s lock, which is what keeps webhooks in the order events happened.
 */
final class WebhookEvents {
  private static final String ERROR_CODES_URL =
      "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes";

  private final FakeConfig config;
  private final WebhookSender sender;
  private final Users users;

  WebhookEvents(FakeConfig config, WebhookSender sender, Users users) {
    this.config = config;
    this.sender = sender;
    this.users = users;
  }

  /**
   * A user's {@code messages[]} object; its contact carries the user's {@code identity_key_hash} while the number's
   * identity change check is on.
   */
  void userMessage(UserState user, Map<String, Object> message) {
    userMessage(user, message, null);
  }

  /** As {@link #userMessage(UserState, Map)}, with Conversation Routing's summary beside the message when given. */
  void userMessage(UserState user, Map<String, Object> message, @Nullable Map<String, Object> conversationContext) {
    Map<String, Object> contact = contact(user);
    if (users.identityKeyCheck) {
      contact.put("identity_key_hash", user.identityKeyHash);
    }
    Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata(),
        "contacts", List.of(contact), "messages", List.of(message));
    if (conversationContext != null) {
      value.put("conversation_context", conversationContext);
    }
    sender.submit("messages", Json.write(envelope("messages", value, null)));
  }

  /** A user stopped or resumed marketing messages ({@code user_preferences}). */
  void userPreference(UserState user, boolean stopped, Instant now) {
    Map<String, Object> preference = obj("wa_id", user.phoneHidden ? null : user.waId, "detail", stopped
        ? "User requested to stop marketing messages" : "User requested to resume marketing messages",
        "category", "marketing_messages", "value", stopped ? "stop" : "resume",
        "timestamp", now.getEpochSecond());
    Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata(),
        "contacts", List.of(contact(user)), "user_preferences", List.of(preference));
    sender.submit("user_preferences", Json.write(envelope("user_preferences", value, null)));
  }

  /**
   * Moves a sent message to {@code status} and emits its status webhook: errors when it failed, else
   * {@code pricing} (and {@code conversation}) when {@code withPricing}; the recipient's
   * {@code recipient_identity_key_hash} while the identity change check is on and the message carried no hash.
   */
  void status(SentRecord record, DeliveryStatus status, boolean withPricing, Instant now) {
    record.status = status;
    Map<String, Object> s = obj("id", record.id, "status", status.value(),
        "timestamp", Long.toString(now.getEpochSecond()));
    UserState user = record.user;
    if (user == null || !user.phoneHidden) {
      s.put("recipient_id", record.to);
    }
    if (user != null) {
      s.put("recipient_user_id", user.userId);
      if (users.identityKeyCheck && !record.body.containsKey("recipient_identity_key_hash")) {
        s.put("recipient_identity_key_hash", user.identityKeyHash);
      }
    }
    if (status.equals(DeliveryStatus.FAILED) && record.error != null) {
      GraphErrorResponse e = record.error;
      s.put("errors", List.of(obj("code", e.code(), "title", e.title(), "message", e.title(),
          "error_data", obj("details", e.details()), "href", ERROR_CODES_URL)));
    } else if (withPricing || (record.maxPriceCost != null && status.equals(DeliveryStatus.READ))) {
      // Meta: a max-price message's read status carries pricing.cost too (the fake gives others none on read).
      if (record.conversation != null) {
        Map<String, Object> conversation = new LinkedHashMap<>(record.conversation);
        if (!status.equals(DeliveryStatus.SENT)) {
          conversation.remove("expiration_timestamp");
        }
        s.put("conversation", conversation);
      }
      Map<String, Object> pricing = obj("billable", record.billable, "pricing_model", "PMP", "type",
          record.pricingType, "category", record.pricingCategory.value());
      if (record.maxPriceCost != null
          && (status.equals(DeliveryStatus.DELIVERED) || status.equals(DeliveryStatus.READ))) {
        pricing.put("cost", MaxPrice.costNode(record.maxPriceCost)); // Meta: on delivered and read only
      }
      s.put("pricing", pricing);
    }
    if (record.callbackData != null) {
      s.put("biz_opaque_callback_data", record.callbackData);
    }
    Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata());
    if (user != null && !status.equals(DeliveryStatus.FAILED)) {
      value.put("contacts", List.of(contact(user))); // since the BSUID rollout; failed statuses carry none
    }
    value.put("statuses", List.of(s));
    sender.submit("messages", Json.write(envelope("messages", value, null)));
  }

  /** A text the business sent from the WhatsApp Business app ({@code smb_message_echoes}). */
  void echo(UserState user, String wamid, String text, Instant now) {
    Map<String, Object> echo = obj("from", config.displayDigits(), "to", user.waId, "id", wamid,
        "timestamp", Long.toString(now.getEpochSecond()), "type", "text", "text", obj("body", text));
    Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata(),
        "message_echoes", List.of(echo));
    sender.submit("smb_message_echoes", Json.write(envelope("smb_message_echoes", value, null)));
  }

  /** Meta restricted the account ({@code account_update} {@code ACCOUNT_RESTRICTION}). */
  void accountRestriction(String restrictionType, Instant until, Instant now) {
    Map<String, Object> value = obj("event", "ACCOUNT_RESTRICTION", "restriction_info",
        List.of(obj("restriction_type", restrictionType, "expiration", until.getEpochSecond())));
    sender.submit("account_update", Json.write(envelope("account_update", value, now)));
  }

  /**
   * The number's username changed status ({@code business_username_update}); Meta omits {@code username} when it
   * was deleted.
   */
  void businessUsername(@Nullable String username, String status, Instant now) {
    Map<String, Object> value = obj("display_phone_number", config.displayDigits());
    if (username != null) {
      value.put("username", username);
    }
    value.put("status", status);
    sender.submit("business_username_update", Json.write(envelope("business_username_update", value, now)));
  }

  /** A template's review outcome ({@code message_template_status_update}). */
  void templateStatus(TemplateRecord t, Instant now) {
    templateStatus(t, t.status, t.status.equals(TemplateStatus.PAUSED) ? obj("title", "FIRST_PAUSE", "description",
        "Your message template has been paused because of low quality.") : null, now);
  }

  /** A {@code message_template_status_update} whose event differs from the status (archive, unarchive, unpause). */
  void templateStatus(TemplateRecord t, TemplateStatus event, @Nullable Map<String, Object> otherInfo, Instant now) {
    Map<String, Object> value = obj("event", event.value(), "message_template_id", Long.parseLong(t.id),
        "message_template_name", t.name, "message_template_language", t.language,
        "reason", t.reasonValue(), "message_template_category", t.category.value());
    if (otherInfo != null) {
      value.put("other_info", otherInfo);
    }
    sender.submit("message_template_status_update",
        Json.write(envelope("message_template_status_update", value, now)));
  }

  /**
   * Any other change ({@code calls}, {@code group_lifecycle_update}, ...): {@code value} gets
   * {@code messaging_product} and {@code metadata} first, as in every Cloud API change.
   */
  void change(String field, Map<String, Object> fields) {
    Map<String, Object> value = obj("messaging_product", "whatsapp", "metadata", metadata());
    value.putAll(fields);
    sender.submit(field, Json.write(envelope(field, value, null)));
  }

  /**
   * A change of the WhatsApp Business Account itself ({@code payment_configuration_update}, ...): {@code value} as
   * given, without {@code messaging_product} and {@code metadata}, and the entry's {@code time}.
   */
  void wabaChange(String field, Map<String, Object> value, Instant now) {
    sender.submit(field, Json.write(envelope(field, value, now)));
  }

  /**
   * A Conversation Routing handover ({@code messaging_handovers}): its value names the user in {@code sender} and
   * the business number in {@code recipient}, with no {@code metadata} object.
   */
  void handover(Map<String, Object> value) {
    sender.submit("messaging_handovers", Json.write(envelope("messaging_handovers", value, null)));
  }

  /** A user's {@code contacts[]} entry: the BSUID always, the {@code wa_id} unless Meta withholds the number. */
  static Map<String, Object> contact(UserState user) {
    Map<String, Object> profile = obj("name", user.name);
    if (user.username != null) {
      profile.put("username", user.username);
    }
    Map<String, Object> contact = obj("profile", profile);
    if (!user.phoneHidden) {
      contact.put("wa_id", user.waId);
    }
    contact.put("user_id", user.userId);
    return contact;
  }

  private Map<String, Object> metadata() {
    return obj("display_phone_number", config.displayDigits(), "phone_number_id", config.phoneNumberId());
  }

  private Map<String, Object> envelope(String field, Map<String, Object> value, @Nullable Instant time) {
    Map<String, Object> entry = obj("id", config.businessAccountId());
    if (time != null) {
      entry.put("time", time.getEpochSecond());
    }
    entry.put("changes", List.of(obj("value", value, "field", field)));
    return obj("object", "whatsapp_business_account", "entry", List.of(entry));
  }
}
