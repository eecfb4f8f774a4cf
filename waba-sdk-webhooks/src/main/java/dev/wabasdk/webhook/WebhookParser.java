package dev.wabasdk.webhook;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.QualityScore;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.webhook.internal.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a parsed webhook payload into events. Lenient by design: unknown members are ignored, unknown types and
 * fields become {@code Unknown...} events, and one change that cannot be interpreted never stops the others.
 */
final class WebhookParser {

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private WebhookParser() {}

  static List<WebhookEvent> parse(Map<String, @Nullable Object> payload) {
    List<WebhookEvent> events = new ArrayList<>();
    Object entries = payload.get("entry");
    if (!(entries instanceof List<?> entryList)) {
      events.add(unknown(null, null, "payload has no \"entry\" array", payload));
      return events;
    }
    for (Object entryObject : entryList) {
      if (!(entryObject instanceof Map<?, ?>)) {
        continue;
      }
      Map<String, @Nullable Object> entry = cast(entryObject);
      String businessAccountId = string(entry, "id");
      Instant time = instant(entry.get("time"));
      for (Map<String, @Nullable Object> change : objects(entry, "changes")) {
        String field = string(change, "field");
        Map<String, @Nullable Object> value = object(change, "value");
        if (value == null) {
          events.add(unknown(businessAccountId, field, "change has no \"value\" object", change));
          continue;
        }
        List<WebhookEvent> changeEvents = new ArrayList<>();
        try {
          parseChange(changeEvents, businessAccountId, time, field == null ? "" : field, value);
          events.addAll(changeEvents);
        } catch (RuntimeException e) {
          // A shape we did not foresee must not cost the other changes in the payload; the whole change is kept
          // raw (and none of its events dispatched twice).
          events.add(unknown(businessAccountId, field, "could not interpret change: " + e, value));
        }
      }
    }
    return events;
  }

  private static void parseChange(
      List<WebhookEvent> events,
      @Nullable String businessAccountId,
      @Nullable Instant time,
      String field,
      Map<String, @Nullable Object> value) {
    Change c = new Change(field, businessAccountId, time, value);
    switch (field) {
      case "messages" -> parseMessagesChange(events, businessAccountId, value);
      case "message_template_status_update" -> events.add(templateStatus(c));
      case "message_template_quality_update" ->
          events.add(
              new TemplateQualityUpdate(
                  c.id(),
                  businessAccountId,
                  time,
                  c.string("message_template_id"),
                  c.string("message_template_name"),
                  c.string("message_template_language"),
                  c.openValue("previous_quality_score", QualityScore::of),
                  c.openValue("new_quality_score", QualityScore::of),
                  c.raw()));
      case "template_category_update" ->
          events.add(
              new TemplateCategoryUpdate(
                  c.id(),
                  businessAccountId,
                  time,
                  c.string("message_template_id"),
                  c.string("message_template_name"),
                  c.string("message_template_language"),
                  c.openValue("previous_category", TemplateCategory::of),
                  c.openValue("new_category", TemplateCategory::of),
                  c.openValue("correct_category", TemplateCategory::of),
                  c.raw()));
      case "message_template_components_update" ->
          events.add(
              new TemplateComponentsUpdate(
                  c.id(),
                  businessAccountId,
                  time,
                  c.string("message_template_id"),
                  c.string("message_template_name"),
                  c.string("message_template_language"),
                  c.string("message_template_element"),
                  c.string("message_template_title"),
                  c.string("message_template_footer"),
                  c.raw()));
      case "phone_number_quality_update" -> {
        String rawEvent = orEmpty(c.string("event"));
        events.add(
            new PhoneNumberQualityUpdate(
                c.id(),
                businessAccountId,
                time,
                c.string("display_phone_number"),
                PhoneNumberQualityEvent.of(rawEvent),
                rawEvent,
                c.openValue("current_limit", MessagingLimitTier::of),
                c.openValue("old_limit", MessagingLimitTier::of),
                c.string("max_daily_conversations_per_business"),
                c.raw()));
      }
      case "phone_number_name_update" -> {
        String decision = c.string("decision");
        events.add(
            new PhoneNumberNameUpdate(
                c.id(),
                businessAccountId,
                time,
                c.string("display_phone_number"),
                open(decision, ReviewDecision::of),
                decision,
                c.string("requested_verified_name"),
                c.string("rejection_reason"),
                c.raw()));
      }
      case "account_update" -> events.add(accountUpdate(c));
      case "account_alerts" -> events.add(accountAlert(c));
      case "account_review_update" -> {
        String decision = c.string("decision");
        events.add(
            new AccountReviewUpdate(
                c.id(), businessAccountId, time, open(decision, ReviewDecision::of), decision, c.raw()));
      }
      case "business_capability_update" ->
          events.add(
              new BusinessCapabilityUpdate(
                  c.id(),
                  businessAccountId,
                  time,
                  c.firstString("max_daily_conversations_per_business", "max_daily_conversation_per_phone"),
                  c.firstString("max_phone_numbers_per_business", "max_phone_numbers_per_waba"),
                  c.raw()));
      case "user_preferences" -> parseUserPreferences(events, businessAccountId, value);
      default ->
          events.add(
              new UnknownEvent(c.id(), businessAccountId, field, "unknown field \"" + field + "\"", c.raw()));
    }
  }

  private static TemplateStatusUpdate templateStatus(Change c) {
    String rawStatus = orEmpty(c.string("event"));
    Map<String, @Nullable Object> otherInfo = object(c.value(), "other_info");
    Map<String, @Nullable Object> rejectionInfo = object(c.value(), "rejection_info");
    String reason = c.string("reason");
    if (reason == null && rejectionInfo != null) {
      reason = string(rejectionInfo, "reason");
    }
    return new TemplateStatusUpdate(
        c.id(),
        c.businessAccountId(),
        c.time(),
        c.string("message_template_id"),
        c.string("message_template_name"),
        c.string("message_template_language"),
        TemplateStatus.of(rawStatus),
        openValue(reason, RejectionReason::of),
        c.openValue("message_template_category", TemplateCategory::of),
        otherInfo == null ? null : string(otherInfo, "title"),
        otherInfo == null ? null : string(otherInfo, "description"),
        c.raw());
  }

  private static AccountUpdate accountUpdate(Change c) {
    String rawEvent = orEmpty(c.string("event"));
    Map<String, @Nullable Object> tier = object(c.value(), "volume_tier_info");
    return new AccountUpdate(
        c.id(),
        c.businessAccountId(),
        c.time(),
        AccountUpdateType.of(rawEvent),
        rawEvent,
        c.string("phone_number"),
        tier == null
            ? null
            : new AccountUpdate.VolumeTierInfo(
                string(tier, "effective_month"),
                string(tier, "pricing_category"),
                string(tier, "region"),
                string(tier, "tier"),
                string(tier, "tier_update_time")),
        c.raw());
  }

  private static AccountAlert accountAlert(Change c) {
    Map<String, @Nullable Object> info = object(c.value(), "alert_info");
    Map<String, @Nullable Object> alert = info == null ? Map.of() : info;
    String severity = string(alert, "alert_severity");
    return new AccountAlert(
        c.id(),
        c.businessAccountId(),
        c.time(),
        c.string("entity_type"),
        c.string("entity_id"),
        open(severity, AlertSeverity::of),
        severity,
        string(alert, "alert_status"),
        string(alert, "alert_type"),
        string(alert, "alert_description"),
        c.raw());
  }

  /**
   * One change of a non-message field: the event id (stable across redeliveries), where it came from and the
   * members every event of that field reads.
   */
  private record Change(
      String field, @Nullable String businessAccountId, @Nullable Instant time, Map<String, @Nullable Object> value) {

    String id() {
      return contentId(field, businessAccountId, time, value);
    }

    @Nullable String string(String name) {
      return WebhookParser.string(value, name);
    }

    /** The first of two names Meta has used for the same member. */
    @Nullable String firstString(String name, String formerName) {
      String current = string(name);
      return current != null ? current : string(formerName);
    }

    <T> @Nullable T openValue(String name, Function<String, T> parse) {
      return WebhookParser.openValue(string(name), parse);
    }

    RawJson raw() {
      return RawJson.wrap(value);
    }
  }

  private static void parseMessagesChange(
      List<WebhookEvent> events, @Nullable String businessAccountId, Map<String, @Nullable Object> value) {
    WebhookMetadata metadata = metadata(value);
    List<Map<String, @Nullable Object>> contacts = objects(value, "contacts");
    List<Map<String, @Nullable Object>> messages = objects(value, "messages");
    List<Map<String, @Nullable Object>> statuses = objects(value, "statuses");
    List<WebhookError> errors = errors(value);
    each(events, businessAccountId, "message", messages, (message, i, count) ->
        message(message, i, count, contacts, metadata, businessAccountId));
    each(events, businessAccountId, "status", statuses, (status, i, count) ->
        status(status, i, count, contacts, metadata, businessAccountId));
    if (!errors.isEmpty()) {
      events.add(
          new ApiErrorEvent(
              contentId("errors", businessAccountId, null, value),
              businessAccountId,
              metadata,
              errors,
              RawJson.wrap(value)));
    }
    if (messages.isEmpty() && statuses.isEmpty() && errors.isEmpty()) {
      events.add(
          unknown(businessAccountId, "messages", "messages change without messages, statuses or errors", value));
    }
  }

  /** Parses one item of a {@code messages} change, given its place among its siblings. */
  private interface ItemParser {
    WebhookEvent parse(Map<String, @Nullable Object> item, int index, int count);
  }

  /** Adds an event for each item; an item that cannot be interpreted is kept raw and costs none of the others. */
  private static void each(
      List<WebhookEvent> events,
      @Nullable String businessAccountId,
      String kind,
      List<Map<String, @Nullable Object>> items,
      ItemParser parser) {
    for (int i = 0; i < items.size(); i++) {
      Map<String, @Nullable Object> item = items.get(i);
      try {
        events.add(parser.parse(item, i, items.size()));
      } catch (RuntimeException e) {
        events.add(unknown(businessAccountId, "messages", "could not interpret " + kind + ": " + e, item));
      }
    }
  }

  // ---- inbound messages ----

  private static WebhookEvent message(
      Map<String, @Nullable Object> message,
      int index,
      int count,
      List<Map<String, @Nullable Object>> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId) {
    String id = string(message, "id");
    if (id == null) {
      return unknown(businessAccountId, "messages", "message has no \"id\"", message);
    }
    Instant timestamp = instant(message.get("timestamp"));
    if (timestamp == null) {
      return new UnknownEvent(
          "message:" + id, businessAccountId, "messages", "message has no valid \"timestamp\"", RawJson.wrap(message));
    }
    String from = string(message, "from");
    // Meta's BSUID guide puts a username user's BSUID on contacts[].user_id and omits "from"; a per-message
    // "from_user_id" is read too, should Meta add one.
    Party sender =
        party(contacts, from, string(message, "from_user_id"), string(message, "from_parent_user_id"), index, count);
    WhatsAppUser user = sender.user();
    if (user == null) {
      return new UnknownEvent(
          "message:" + id,
          businessAccountId,
          "messages",
          "message has no sender (no \"from\" and no contact \"user_id\")",
          RawJson.wrap(message));
    }
    MessageHeader header =
        new MessageHeader(
            id,
            user,
            sender.profileName(),
            timestamp,
            string(message, "group_id"),
            context(object(message, "context")),
            referral(object(message, "referral")),
            errors(message),
            metadata,
            businessAccountId,
            RawJson.wrap(message));
    String type = string(message, "type");
    if (type == null) {
      return new InboundUnknownMessage(header, "");
    }
    InboundMessage typed = typed(header, type, message);
    return typed != null ? typed : new InboundUnknownMessage(header, type);
  }

  /** The typed message, or null when the type is unknown or its payload is missing required parts. */
  private static @Nullable InboundMessage typed(
      MessageHeader header, String type, Map<String, @Nullable Object> message) {
    Map<String, @Nullable Object> body = object(message, type);
    switch (type) {
      case "text": {
        String text = body == null ? null : string(body, "body");
        return text == null ? null : new InboundTextMessage(header, text);
      }
      case "image":
        return withMedia(body, media -> new InboundImageMessage(header, media));
      case "video":
        return withMedia(body, media -> new InboundVideoMessage(header, media));
      case "audio":
        return withMedia(body, media -> new InboundAudioMessage(header, media, bool(body, "voice")));
      case "document":
        return withMedia(body, media -> new InboundDocumentMessage(header, media, string(body, "filename")));
      case "sticker":
        return withMedia(body, media -> new InboundStickerMessage(header, media, bool(body, "animated")));
      case "location": {
        if (body == null) {
          return null;
        }
        BigDecimal latitude = number(body.get("latitude"));
        BigDecimal longitude = number(body.get("longitude"));
        if (latitude == null || longitude == null) {
          return null;
        }
        return new InboundLocationMessage(
            header,
            latitude.doubleValue(),
            longitude.doubleValue(),
            string(body, "name"),
            string(body, "address"),
            string(body, "url"));
      }
      case "contacts": {
        List<SharedContact> shared = new ArrayList<>();
        for (Map<String, @Nullable Object> card : objects(message, "contacts")) {
          shared.add(sharedContact(card));
        }
        return new InboundContactsMessage(header, shared, string(message, "origin"));
      }
      case "interactive":
        return interactive(header, body);
      case "button": {
        String text = body == null ? null : string(body, "text");
        return text == null ? null : new InboundQuickReplyMessage(header, string(body, "payload"), text);
      }
      case "reaction": {
        String messageId = body == null ? null : string(body, "message_id");
        return messageId == null ? null : new InboundReactionMessage(header, messageId, string(body, "emoji"));
      }
      case "order": {
        if (body == null) {
          return null;
        }
        List<OrderItem> items = new ArrayList<>();
        for (Map<String, @Nullable Object> item : objects(body, "product_items")) {
          String retailerId = string(item, "product_retailer_id");
          BigDecimal quantity = number(item.get("quantity"));
          if (retailerId != null) {
            items.add(
                new OrderItem(
                    retailerId,
                    intValue(quantity),
                    number(item.get("item_price")),
                    string(item, "currency")));
          }
        }
        return new InboundOrderMessage(header, string(body, "catalog_id"), string(body, "text"), items);
      }
      case "system": {
        if (body == null) {
          return null;
        }
        String rawType = orEmpty(string(body, "type"));
        String newWaId = string(body, "new_wa_id");
        return new InboundSystemMessage(
            header,
            string(body, "body"),
            SystemMessageType.of(rawType),
            rawType,
            newWaId != null ? newWaId : string(body, "wa_id"),
            string(body, "user_id"),
            string(body, "customer"));
      }
      case "request_welcome":
        return new InboundRequestWelcomeMessage(header);
      case "unsupported":
      case "unknown":
        return new InboundUnsupportedMessage(header, body == null ? null : string(body, "type"));
      default:
        return null;
    }
  }

  private static @Nullable InboundMessage interactive(
      MessageHeader header, @Nullable Map<String, @Nullable Object> interactive) {
    if (interactive == null) {
      return null;
    }
    String kind = string(interactive, "type");
    Map<String, @Nullable Object> reply = kind == null ? null : object(interactive, kind);
    if (kind == null || reply == null) {
      return null;
    }
    switch (kind) {
      case "button_reply": {
        String id = string(reply, "id");
        String title = string(reply, "title");
        return id == null || title == null ? null : new InboundButtonReplyMessage(header, id, title);
      }
      case "list_reply": {
        String id = string(reply, "id");
        String title = string(reply, "title");
        return id == null || title == null
            ? null
            : new InboundListReplyMessage(header, id, title, string(reply, "description"));
      }
      case "nfm_reply": {
        Object response = reply.get("response_json");
        String responseJson =
            response instanceof String s ? s : response instanceof Map<?, ?> ? Json.write(response) : null;
        return responseJson == null
            ? null
            : new InboundFlowReplyMessage(header, string(reply, "name"), string(reply, "body"), responseJson);
      }
      default:
        return null;
    }
  }

  /** The message built around the body's media, or null when the body names no media id. */
  private static @Nullable InboundMessage withMedia(
      @Nullable Map<String, @Nullable Object> body, Function<InboundMedia, InboundMessage> message) {
    InboundMedia media = media(body);
    return media == null ? null : message.apply(media);
  }

  private static @Nullable InboundMedia media(@Nullable Map<String, @Nullable Object> media) {
    String id = media == null ? null : string(media, "id");
    if (media == null || id == null) {
      return null;
    }
    return new InboundMedia(id, string(media, "mime_type"), string(media, "sha256"), string(media, "caption"));
  }

  private static SharedContact sharedContact(Map<String, @Nullable Object> card) {
    Map<String, @Nullable Object> name = object(card, "name");
    List<SharedContact.Phone> phones = new ArrayList<>();
    for (Map<String, @Nullable Object> phone : objects(card, "phones")) {
      phones.add(new SharedContact.Phone(string(phone, "phone"), string(phone, "type"), string(phone, "wa_id")));
    }
    List<SharedContact.Email> emails = new ArrayList<>();
    for (Map<String, @Nullable Object> email : objects(card, "emails")) {
      emails.add(new SharedContact.Email(string(email, "email"), string(email, "type")));
    }
    return new SharedContact(
        name == null ? null : string(name, "formatted_name"),
        name == null ? null : string(name, "first_name"),
        name == null ? null : string(name, "last_name"),
        phones,
        emails,
        string(card, "vcard"),
        RawJson.wrap(card));
  }

  private static @Nullable MessageContext context(@Nullable Map<String, @Nullable Object> context) {
    if (context == null) {
      return null;
    }
    Map<String, @Nullable Object> product = object(context, "referred_product");
    return new MessageContext(
        string(context, "from"),
        string(context, "id"),
        bool(context, "forwarded"),
        bool(context, "frequently_forwarded"),
        product == null ? null : string(product, "catalog_id"),
        product == null ? null : string(product, "product_retailer_id"));
  }

  private static @Nullable Referral referral(@Nullable Map<String, @Nullable Object> referral) {
    if (referral == null) {
      return null;
    }
    return new Referral(
        string(referral, "source_url"),
        string(referral, "source_type"),
        string(referral, "source_id"),
        string(referral, "headline"),
        string(referral, "body"),
        string(referral, "media_type"),
        string(referral, "image_url"),
        string(referral, "video_url"),
        string(referral, "thumbnail_url"),
        string(referral, "ctwa_clid"));
  }

  // ---- statuses ----

  private static WebhookEvent status(
      Map<String, @Nullable Object> status,
      int index,
      int count,
      List<Map<String, @Nullable Object>> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId) {
    String id = string(status, "id");
    String rawStatus = string(status, "status");
    Instant timestamp = instant(status.get("timestamp"));
    if (id == null || rawStatus == null || timestamp == null) {
      return unknown(
          businessAccountId, "messages", "status needs \"id\", \"status\" and a valid \"timestamp\"", status);
    }
    boolean group = "group".equals(string(status, "recipient_type"));
    String groupId = group ? string(status, "recipient_id") : null;
    String waId;
    String userId = string(status, "recipient_user_id");
    // For a group the user is the participant; otherwise recipient_id, which is a BSUID when the business sent
    // to one (BSUIDs contain a dot, phone numbers never do).
    String recipientId = string(status, group ? "recipient_participant_id" : "recipient_id");
    boolean bsuid = recipientId != null && recipientId.indexOf('.') >= 0;
    waId = bsuid ? null : recipientId;
    if (userId == null && bsuid) {
      userId = recipientId;
    }
    Party recipient = party(contacts, waId, userId, string(status, "recipient_parent_user_id"), index, count);
    return new MessageStatus(
        id,
        MessageStatus.Status.of(rawStatus),
        rawStatus,
        timestamp,
        recipient.user(),
        recipient.profileName(),
        groupId,
        string(status, "biz_opaque_callback_data"),
        conversation(object(status, "conversation")),
        pricing(object(status, "pricing")),
        errors(status),
        metadata,
        businessAccountId,
        RawJson.wrap(status));
  }

  private static @Nullable Conversation conversation(@Nullable Map<String, @Nullable Object> conversation) {
    if (conversation == null) {
      return null;
    }
    Map<String, @Nullable Object> origin = object(conversation, "origin");
    String originType = origin == null ? null : string(origin, "type");
    return new Conversation(
        string(conversation, "id"),
        instant(conversation.get("expiration_timestamp")),
        isBlank(originType) ? null : PricingCategory.of(originType));
  }

  private static @Nullable Pricing pricing(@Nullable Map<String, @Nullable Object> pricing) {
    if (pricing == null) {
      return null;
    }
    Object billable = pricing.get("billable");
    String model = string(pricing, "pricing_model");
    String type = string(pricing, "type");
    String category = string(pricing, "category");
    return new Pricing(
        billable instanceof Boolean b ? b : billable instanceof String s ? Boolean.valueOf(s) : null,
        isBlank(model) ? null : PricingModel.of(model),
        open(type, PricingType::of),
        type,
        isBlank(category) ? null : PricingCategory.of(category));
  }

  // ---- user preferences ----

  private static void parseUserPreferences(
      List<WebhookEvent> events, @Nullable String businessAccountId, Map<String, @Nullable Object> value) {
    WebhookMetadata metadata = metadata(value);
    List<Map<String, @Nullable Object>> contacts = objects(value, "contacts");
    List<Map<String, @Nullable Object>> preferences = objects(value, "user_preferences");
    if (preferences.isEmpty()) {
      events.add(unknown(businessAccountId, "user_preferences", "no \"user_preferences\" array", value));
    }
    for (int i = 0; i < preferences.size(); i++) {
      Map<String, @Nullable Object> preference = preferences.get(i);
      String waId = string(preference, "wa_id");
      String userId = string(preference, "user_id");
      Party party = party(contacts, waId, userId, string(preference, "parent_user_id"), i, preferences.size());
      WhatsAppUser user = party.user();
      String id = contentId("user_preferences", businessAccountId, null, preference);
      if (user == null) {
        events.add(
            new UnknownEvent(
                id,
                businessAccountId,
                "user_preferences",
                "user preference without \"wa_id\" or \"user_id\"",
                RawJson.wrap(preference)));
        continue;
      }
      String category = orEmpty(string(preference, "category"));
      String setting = orEmpty(string(preference, "value"));
      events.add(
          new UserPreferenceUpdate(
              id,
              businessAccountId,
              metadata,
              user,
              party.profileName(),
              UserPreferenceCategory.of(category),
              category,
              UserPreferenceValue.of(setting),
              setting,
              string(preference, "detail"),
              instant(preference.get("timestamp")),
              RawJson.wrap(preference)));
    }
  }

  // ---- identity ----

  /** A sender or recipient: the user (null when nothing identifies one) and the profile name its contact gives. */
  private record Party(@Nullable WhatsAppUser user, @Nullable String profileName) {}

  private static Party party(
      List<Map<String, @Nullable Object>> contacts,
      @Nullable String waId,
      @Nullable String userId,
      @Nullable String parentUserId,
      int index,
      int count) {
    Map<String, @Nullable Object> contact = contact(contacts, waId, userId, index, count);
    return new Party(user(waId, userId, parentUserId, contact), profileName(contact));
  }

  /**
   * The {@code contacts[]} entry describing a user: the one with a matching {@code wa_id} or {@code user_id};
   * failing that the only contact, or the contact at the same index when there is one per item — but never a
   * contact that names a different user.
   */
  private static @Nullable Map<String, @Nullable Object> contact(
      List<Map<String, @Nullable Object>> contacts,
      @Nullable String waId,
      @Nullable String userId,
      int index,
      int count) {
    if (contacts.isEmpty()) {
      return null;
    }
    for (Map<String, @Nullable Object> contact : contacts) {
      if ((waId != null && waId.equals(string(contact, "wa_id")))
          || (userId != null && userId.equals(string(contact, "user_id")))) {
        return contact;
      }
    }
    Map<String, @Nullable Object> candidate =
        contacts.size() == 1 ? contacts.get(0) : contacts.size() == count ? contacts.get(index) : null;
    if (candidate == null) {
      return null;
    }
    String contactWaId = string(candidate, "wa_id");
    String contactUserId = string(candidate, "user_id");
    boolean conflicts =
        (waId != null && contactWaId != null && !waId.equals(contactWaId))
            || (userId != null && contactUserId != null && !userId.equals(contactUserId));
    return conflicts ? null : candidate;
  }

  private static @Nullable WhatsAppUser user(
      @Nullable String waId,
      @Nullable String userId,
      @Nullable String parentUserId,
      @Nullable Map<String, @Nullable Object> contact) {
    String username = null;
    if (contact != null) {
      waId = waId != null ? waId : string(contact, "wa_id");
      userId = userId != null ? userId : string(contact, "user_id");
      parentUserId = parentUserId != null ? parentUserId : string(contact, "parent_user_id");
      Map<String, @Nullable Object> profile = object(contact, "profile");
      username = profile == null ? null : string(profile, "username");
    }
    if (waId == null && userId == null) {
      return null;
    }
    return new WhatsAppUser(waId, userId, parentUserId, username);
  }

  private static @Nullable String profileName(@Nullable Map<String, @Nullable Object> contact) {
    Map<String, @Nullable Object> profile = contact == null ? null : object(contact, "profile");
    return profile == null ? null : string(profile, "name");
  }

  // ---- shared pieces ----

  private static WebhookMetadata metadata(Map<String, @Nullable Object> value) {
    Map<String, @Nullable Object> metadata = object(value, "metadata");
    return metadata == null
        ? new WebhookMetadata(null, null)
        : new WebhookMetadata(string(metadata, "phone_number_id"), string(metadata, "display_phone_number"));
  }

  private static List<WebhookError> errors(Map<String, @Nullable Object> owner) {
    List<Map<String, @Nullable Object>> errors = objects(owner, "errors");
    if (errors.isEmpty()) {
      return List.of();
    }
    List<WebhookError> result = new ArrayList<>(errors.size());
    for (Map<String, @Nullable Object> error : errors) {
      BigDecimal code = number(error.get("code"));
      Map<String, @Nullable Object> data = object(error, "error_data");
      result.add(
          new WebhookError(
              intValue(code),
              string(error, "title"),
              string(error, "message"),
              data == null ? null : string(data, "details"),
              string(error, "href")));
    }
    return result;
  }

  private static UnknownEvent unknown(
      @Nullable String businessAccountId,
      @Nullable String field,
      String reason,
      Map<String, @Nullable Object> json) {
    return new UnknownEvent(
        contentId(field == null ? "unknown" : field, businessAccountId, null, json),
        businessAccountId,
        field,
        reason,
        RawJson.wrap(json));
  }

  /**
   * A key that is the same whenever Meta redelivers the same notification: the field and a hash of where it
   * came from and what it says.
   */
  private static String contentId(
      String field, @Nullable String businessAccountId, @Nullable Instant time, Map<String, @Nullable Object> json) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    sha256.update((businessAccountId + "|" + time + "|").getBytes(StandardCharsets.UTF_8));
    byte[] digest = sha256.digest(Json.write(json).getBytes(StandardCharsets.UTF_8));
    char[] hex = new char[32];
    for (int i = 0; i < 16; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return field + ":" + new String(hex);
  }

  private static <E extends Enum<E>> @Nullable E open(@Nullable String raw, Function<String, E> parse) {
    return raw == null ? null : parse.apply(raw);
  }

  /** A core open value ({@code X.of(raw)}), or null when Meta sent nothing (or only blanks). */
  private static <T> @Nullable T openValue(@Nullable String raw, Function<String, T> parse) {
    return isBlank(raw) ? null : parse.apply(raw);
  }

  private static boolean isBlank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static String orEmpty(@Nullable String value) {
    return value == null ? "" : value;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> cast(Object map) {
    return (Map<String, @Nullable Object>) map;
  }

  private static @Nullable Map<String, @Nullable Object> object(Map<String, @Nullable Object> owner, String name) {
    Object value = owner.get(name);
    return value instanceof Map<?, ?> ? cast(value) : null;
  }

  private static List<Map<String, @Nullable Object>> objects(Map<String, @Nullable Object> owner, String name) {
    Object value = owner.get(name);
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return List.of();
    }
    List<Map<String, @Nullable Object>> result = new ArrayList<>(list.size());
    for (Object item : list) {
      if (item instanceof Map<?, ?>) {
        result.add(cast(item));
      }
    }
    return result;
  }

  /** A string member; numbers and booleans are accepted as their text (Meta is not consistent about ids). */
  private static @Nullable String string(Map<String, @Nullable Object> owner, String name) {
    Object value = owner.get(name);
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      // toPlainString of 1e999999999 would allocate a billion digits: only for sane scales.
      return Math.abs((long) d.scale()) <= 100 ? d.toPlainString() : d.toString();
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return null;
  }

  private static boolean bool(@Nullable Map<String, @Nullable Object> owner, String name) {
    Object value = owner == null ? null : owner.get(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  private static @Nullable BigDecimal number(@Nullable Object value) {
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof String s) {
      try {
        return new BigDecimal(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The value as an int, or 0 when absent or out of range (never expands a huge exponent). */
  private static int intValue(@Nullable BigDecimal value) {
    if (value == null || Math.abs((long) value.scale()) > 100 || value.precision() - value.scale() > 10) {
      return 0;
    }
    return value.intValue();
  }

  /** Unix seconds, as a string (Meta's usual form) or a number. */
  private static @Nullable Instant instant(@Nullable Object value) {
    BigDecimal seconds = number(value);
    if (seconds == null || Math.abs((long) seconds.scale()) > 100 || seconds.precision() - seconds.scale() > 18) {
      return null;
    }
    try {
      return Instant.ofEpochSecond(seconds.longValueExact());
    } catch (ArithmeticException | java.time.DateTimeException e) {
      return null;
    }
  }
}
