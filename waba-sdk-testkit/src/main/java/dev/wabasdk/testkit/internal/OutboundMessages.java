package dev.wabasdk.testkit.internal;

import dev.wabasdk.cost.PricingCategory;
import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The app's sends ({@code POST /{phone-number-id}/messages}): Meta's checks and answer, then the statuses that
 * follow (sent, delivered, read, or failed). Thread-safe: it works on the {@link FakeEngine}'s parts under its lock.
 */
final class OutboundMessages {
  /** Meta's "Marketing templates disabled for Cloud API". */
  static final int MARKETING_DISABLED = 131063;
  /** Meta's "Recipient identity key hash mismatch". */
  static final int IDENTITY_MISMATCH = 137000;

  private final FakeEngine engine;

  OutboundMessages(FakeEngine engine) {
    this.engine = engine;
  }

  /**
   * {@code POST /{phone-number-id}/messages}: validates like Meta, applies the rules, answers Meta's JSON. A
   * {@code route} marks a {@code /marketing_messages} send ({@link MarketingMessagesRoutes}): a marketing template
   * only, priced in that category ({@code marketing_lite}, or {@code marketing} when it fell back to Cloud API);
   * {@code bidMultiplier} is its {@code bid_spec.per_message_bid_multiplier} (null: 1), which scales a max-price
   * template's charge.
   */
  Map<String, Object> send(String version, Map<String, Object> body, String raw, @Nullable PricingCategory route,
      java.math.@Nullable BigDecimal bidMultiplier) {
    if (!body.containsKey("messaging_product")) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "Param messaging_product must be \"whatsapp\".");
    }
    if (body.containsKey("status") || body.containsKey("message_id") || body.containsKey("typing_indicator")) {
      return markRead(body);
    }
    String type = MessageValidator.validate(body);
    if ("group".equals(body.get("recipient_type"))) {
      return engine.groups.send(body, type, raw);
    }
    // Meta: "to" wins when both are given; "recipient" is a business-scoped user id (BSUID).
    boolean byUserId = body.get("to") == null;
    String input = String.valueOf(byUserId ? body.get("recipient") : body.get("to"));
    String to;
    if (byUserId) {
      to = waIdOfUserId(input);
    } else {
      try {
        to = Users.waId(input);
      } catch (IllegalArgumentException e) {
        throw GraphException.of(131009, "Param to must be a phone number in E.164 format, was \"" + input + "\".");
      }
    }
    if (to.equals(engine.config.displayDigits())) {
      throw GraphException.of(131021, "Recipient cannot be the sender's own number.");
    }
    synchronized (engine.lock) {
      Instant now = engine.now();
      UserState user = engine.users.user(to);
      if (engine.admin.blocks(to)) {
        // Meta's guide says only that a message to a user the business blocked fails; the fake refuses it at once.
        throw GraphException.of(131026, "Message undeliverable: the business blocked this user with the Block "
            + "Users API; unblock them to message them.");
      }
      TemplateRecord template = type.equals("template")
          ? TemplateSendCheck.check(engine.templates, Json.map(body, "template")) : null;
      if (template != null) {
        engine.groups.checkGroupIdParameters(Json.map(body, "template"));
      }
      FlowSendCheck.check(engine.flows, body, type, template);
      boolean marketingTemplate = template != null && TemplateCategory.MARKETING.equals(template.category);
      if (route != null && !marketingTemplate) {
        throw GraphException.of(100, "The Marketing Messages API supports only marketing template messages, and "
            + (template == null ? "this is not a template" : "template " + template.name + " is "
            + template.category.value()) + ".");
      }
      if (template != null && template.bidAmount != null && !PricingCategory.MARKETING_LITE.equals(route)) {
        // Also a /marketing_messages send that falls back to Cloud API: that route knows no max price.
        throw GraphException.of(MaxPrice.CLOUD_API_REFUSED, "Marketing templates containing bid_spec are not"
            + " supported by the Cloud API. To use templates with bid_spec, please use the Marketing Messages API"
            + " for WhatsApp.");
      }
      if (marketingTemplate && !PricingCategory.MARKETING_LITE.equals(route)
          && engine.marketingMessages.disabledOnCloudApi()) {
        throw GraphException.of(MARKETING_DISABLED, "Your template is categorized as Marketing, but marketing"
            + " templates are currently disabled for your Cloud API configuration. To send this template, use the"
            + " Marketing Messages API for WhatsApp or enable marketing templates on Cloud API by turning off"
            + " disable_marketing_messages_on_cloud_api.");
      }
      if (type.equals("reaction")) {
        String target = Json.string(body, "reaction", "message_id");
        if (target == null || !engine.messages.knows(target)) {
          throw GraphException.of(131009, "Param reaction['message_id'] is not a message in this conversation: "
              + target + ".");
        }
      }
      if (byUserId && template != null && template.category.equals(TemplateCategory.AUTHENTICATION)) {
        throw GraphException.of(131062, "Authentication templates cannot be sent to a business-scoped user id;"
            + " send them to the user's phone number (to).");
      }
      PricingCategory directSend = DirectSendRules.check(body, type, engine.config);
      engine.rules.checkRestriction(user, template != null || directSend != null, now);
      // Meta counts free-form and template call permission requests together.
      if ("call_permission_request".equals(Json.string(body, "interactive", "type"))
          || (template != null && template.requestsCallPermission())) {
        engine.calls.limits.permissionRequest(to, now);
      }
      engine.payments.checkSend(body, type, now);
      // Conversation Routing: a service send needs the thread (templates do not, per a third-party SDK).
      boolean takes = template == null && (directSend == null || directSend.equals(PricingCategory.SERVICE))
          && engine.routing.checkServiceSend(user, now);
      engine.rules.admit(user, now);
      if (takes) {
        engine.routing.implicitTake(user, now);
      }

      SentRecord record = new SentRecord();
      record.id = engine.ids.wamid(to);
      record.sequence = engine.ids.current();
      record.to = to;
      record.type = type;
      record.timestamp = now;
      record.request = raw;
      record.body = body;
      record.callbackData = Json.string(body, "biz_opaque_callback_data");
      record.user = user;
      PricingCategory pricedAs = directSend != null ? directSend : route;
      if (pricedAs != null) {
        engine.pricing.priceDirectSend(record, user, pricedAs, version, engine.ids, now);
      } else {
        engine.pricing.price(record, user, template, version, engine.ids, now);
      }
      if (template != null && template.bidAmount != null) {
        record.maxPriceCost = MaxPrice.cost(template.bidAmount, bidMultiplier, engine.pricing.marketingRate(to, now));
      }
      engine.messages.add(record);
      engine.lock.notifyAll();

      // Meta compares a send's identity hash with the user's current one; a mismatch fails it (error 137000).
      String identityKeyHash = Json.string(body, "recipient_identity_key_hash");
      GraphErrorResponse failure = identityKeyHash != null && !identityKeyHash.equals(user.identityKeyHash)
          ? GraphErrorResponse.of(IDENTITY_MISMATCH, "The recipient's identity changed since the hash was taken;"
              + " verify them again outside WhatsApp, then send without a hash.")
          : engine.rules.asyncFailure(user, template, directSend != null, Json.string(body, type, "id"),
              engine.media, now);
      if (failure == null) {
        failure = engine.payments.accepted(record, now); // an order_details becomes an order; order_status moves it
      }
      if (failure != null) {
        record.error = failure;
        engine.events.status(record, DeliveryStatus.FAILED, false, now);
      } else {
        engine.events.status(record, DeliveryStatus.SENT, true, now);
        if (engine.config.autoDeliver()) {
          engine.events.status(record, DeliveryStatus.DELIVERED, true, now);
          Boolean reads = user.reads;
          if (reads != null ? reads : engine.config.autoRead()) {
            engine.events.status(record, DeliveryStatus.READ, false, now);
          }
        }
      }
      Map<String, Object> message = obj("id", record.id);
      if (template != null) {
        message.put("message_status", "accepted");
      }
      Map<String, Object> contact = byUserId ? obj("input", input, "user_id", user.userId)
          : obj("input", input, "wa_id", to);
      return obj("messaging_product", "whatsapp", "contacts", List.of(contact), "messages", List.of(message));
    }
  }

  /** The user a BSUID names; Meta's invalid-parameter error when the fake knows no user by it. */
  private String waIdOfUserId(String userId) {
    synchronized (engine.lock) {
      UserState user = engine.users.byUserId(userId);
      if (user == null) {
        throw GraphException.of(131009, "Param recipient is not a business-scoped user id of a user of this"
            + " business, was \"" + userId + "\".");
      }
      return user.waId;
    }
  }

  private Map<String, Object> markRead(Map<String, Object> body) {
    if (!"read".equals(body.get("status"))) {
      throw GraphException.of(131009, "Param status must be \"read\", was \"" + body.get("status") + "\".");
    }
    String messageId = Json.string(body, "message_id");
    if (messageId == null) {
      throw GraphException.of(131008, "The parameter message_id is required.");
    }
    Object indicator = body.get("typing_indicator");
    if (indicator != null && !"text".equals(Json.string(indicator, "type"))) {
      throw GraphException.of(131009, "Param typing_indicator['type'] must be \"text\".");
    }
    synchronized (engine.lock) {
      engine.messages.markRead(messageId, indicator != null);
    }
    return obj("success", true);
  }
}
