package dev.wabasdk.webhook;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.internal.Json;
import dev.wabasdk.message.AddressValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Parses the {@code messages[]} of a {@code messages} change: inbound messages of every type. Stateless. */
final class InboundMessageParser {
  private InboundMessageParser() {}

  /**
   * One message, given its place among its siblings (to find its contact) and the change's
   * {@code conversation_context}, if any.
   */
  static WebhookEvent message(
      JsonView message,
      int index,
      int count,
      List<Identities.Contact> contacts,
      WebhookMetadata metadata,
      @Nullable String businessAccountId,
      @Nullable ConversationContext conversationContext) {
    String id = message.string("id");
    if (id == null) {
      return WebhookParser.unknown(businessAccountId, "messages", "message has no \"id\"", message);
    }
    Instant timestamp;
    try {
      timestamp = message.epochSeconds("timestamp");
    } catch (Json.MalformedJsonException e) {
      return unknownMessage(id, businessAccountId, "message has no valid \"timestamp\": " + e.getMessage(), message);
    }
    if (timestamp == null) {
      return unknownMessage(id, businessAccountId, "message has no valid \"timestamp\"", message);
    }
    MessageHeader header = header(id, timestamp, message.string("from"), message.string("from_user_id"),
        message.string("from_parent_user_id"), contacts, index, count, message.string("group_id"),
        message.object("context"), message.object("referral"), Identities.errors(message), metadata,
        businessAccountId, RawJson.wrap(message), conversationContext);
    if (header == null) {
      return unknownMessage(
          id, businessAccountId, "message has no sender (no \"from\" and no contact \"user_id\")", message);
    }
    String type = message.string("type");
    if (type == null) {
      return new InboundUnknownMessage(header, "");
    }
    InboundMessage typed = typed(header, type, message);
    return typed != null ? typed : new InboundUnknownMessage(header, type);
  }

  /**
   * The header of a message at {@code index} of {@code count}, or null when neither the message nor its contact
   * identifies a sender. Shared by this parser and {@link WebhookFastPath}.
   */
  static @Nullable MessageHeader header(
      String id,
      Instant timestamp,
      @Nullable String from,
      @Nullable String fromUserId,
      @Nullable String fromParentUserId,
      List<Identities.Contact> contacts,
      int index,
      int count,
      @Nullable String groupId,
      @Nullable JsonView context,
      @Nullable JsonView referral,
      List<WebhookError> errors,
      WebhookMetadata metadata,
      @Nullable String businessAccountId,
      RawJson raw,
      @Nullable ConversationContext conversationContext) {
    // Meta's BSUID guide puts a username user's BSUID on contacts[].user_id and omits "from"; a per-message
    // "from_user_id" is read too, should Meta add one.
    Identities.Party sender = Identities.partyAmong(contacts, from, fromUserId, fromParentUserId, index, count);
    WhatsAppUser user = sender.user();
    if (user == null) {
      return null;
    }
    return new MessageHeader(id, user, sender.profileName(), sender.identityKeyHash(), timestamp, groupId,
        context(context), referral(referral), errors, metadata, businessAccountId, raw, conversationContext);
  }

  private static UnknownEvent unknownMessage(
      String id, @Nullable String businessAccountId, String reason, JsonView message) {
    return new UnknownEvent("message:" + id, businessAccountId, "messages", reason, RawJson.wrap(message));
  }

  /** The typed message, or null when the type is unknown or its payload is missing required parts. */
  static @Nullable InboundMessage typed(MessageHeader header, String type, JsonView message) {
    JsonView body = message.object(type);
    switch (type) {
      case "text": {
        String text = body == null ? null : body.string("body");
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
      case "location":
        return location(header, body);
      case "contacts": {
        List<SharedContact> shared = new ArrayList<>();
        for (JsonView card : message.objects("contacts")) {
          shared.add(sharedContact(card));
        }
        return new InboundContactsMessage(header, shared, message.string("origin"));
      }
      case "interactive":
        return interactive(header, body);
      case "button": {
        String text = string(body, "text");
        return text == null ? null : new InboundQuickReplyMessage(header, string(body, "payload"), text);
      }
      case "reaction": {
        String messageId = string(body, "message_id");
        return messageId == null ? null : new InboundReactionMessage(header, messageId, string(body, "emoji"));
      }
      case "order":
        return order(header, body);
      case "system": {
        if (body == null) {
          return null;
        }
        String newWaId = body.string("new_wa_id");
        return new InboundSystemMessage(
            header,
            body.string("body"),
            SystemMessageType.of(WebhookParser.orEmpty(body.string("type"))),
            newWaId != null ? newWaId : body.string("wa_id"),
            body.string("user_id"),
            body.string("customer"),
            body.string("previous_user_id"),
            identity(message.object("identity")));
      }
      case "request_welcome":
        return new InboundRequestWelcomeMessage(header);
      case "edit": {
        JsonView edited = body == null ? null : body.object("message");
        String editedType = edited == null ? null : edited.string("type");
        return new InboundEditMessage(header, string(body, "original_message_id"),
            edited == null || editedType == null ? null : typed(header, editedType, edited));
      }
      case "revoke":
        return new InboundRevokeMessage(header, string(body, "original_message_id"));
      case "unsupported":
      case "unknown":
        return new InboundUnsupportedMessage(header, string(body, "type"));
      default:
        return null;
    }
  }

  private static @Nullable String string(@Nullable JsonView owner, String name) {
    return owner == null ? null : owner.string(name);
  }

  private static boolean bool(@Nullable JsonView owner, String name) {
    return owner != null && owner.bool(name);
  }

  private static @Nullable InboundMessage location(MessageHeader header, @Nullable JsonView body) {
    BigDecimal latitude = body == null ? null : body.numberOrNull("latitude");
    BigDecimal longitude = body == null ? null : body.numberOrNull("longitude");
    if (body == null || latitude == null || longitude == null) {
      return null;
    }
    return new InboundLocationMessage(
        header,
        latitude.doubleValue(),
        longitude.doubleValue(),
        body.string("name"),
        body.string("address"),
        body.string("url"));
  }

  private static @Nullable InboundMessage order(MessageHeader header, @Nullable JsonView body) {
    if (body == null) {
      return null;
    }
    List<OrderItem> items = new ArrayList<>();
    for (JsonView item : body.objects("product_items")) {
      String retailerId = item.string("product_retailer_id");
      if (retailerId != null) {
        items.add(
            new OrderItem(
                retailerId, item.intOrZero("quantity"), item.numberOrNull("item_price"), item.string("currency")));
      }
    }
    return new InboundOrderMessage(header, body.string("catalog_id"), body.string("text"), items);
  }

  private static @Nullable InboundMessage interactive(MessageHeader header, @Nullable JsonView interactive) {
    String kind = string(interactive, "type");
    JsonView reply = kind == null || interactive == null ? null : interactive.object(kind);
    if (kind == null || reply == null) {
      return null;
    }
    switch (kind) {
      case "button_reply": {
        String id = reply.string("id");
        String title = reply.string("title");
        return id == null || title == null ? null : new InboundButtonReplyMessage(header, id, title);
      }
      case "list_reply": {
        String id = reply.string("id");
        String title = reply.string("title");
        return id == null || title == null
            ? null
            : new InboundListReplyMessage(header, id, title, reply.string("description"));
      }
      case "nfm_reply":
        return nfmReply(header, reply);
      case "payment_method": {
        // Brazil's one-click payment: the user confirmed the card to pay an order with.
        String referenceId = reply.string("reference_id");
        return referenceId == null ? null : new InboundPaymentMethodMessage(header, reply.string("payment_method"),
            reply.epochSecondsOrNull("payment_timestamp"), referenceId, reply.string("last_four_digits"),
            reply.string("credential_id"));
      }
      case "call_permission_reply":
        return new InboundCallPermissionReply(header, reply.string("response"), reply.bool("is_permanent"),
            reply.epochSecondsOrNull("expiration_timestamp"), reply.string("response_source"));
      default:
        return null;
    }
  }

  /**
   * A form the user submitted: an address (India) when {@code name} is {@code address_message} and its
   * {@code response_json} is a JSON object, else a Flow's reply (also an address whose response_json is malformed:
   * the message still arrives, as it did before address messages were typed).
   */
  private static @Nullable InboundMessage nfmReply(MessageHeader header, JsonView reply) {
    Object response = reply.get("response_json");
    String responseJson =
        response instanceof String s ? s : response instanceof Map<?, ?> ? Json.writeTree(response) : null;
    if (responseJson == null) {
      return null;
    }
    String name = reply.string("name");
    if ("address_message".equals(name)) {
      RawJson parsed = response instanceof Map<?, ?> ? null : RawJson.parseOrNull(responseJson);
      Map<?, ?> fields = response instanceof Map<?, ?> object ? object : parsed == null ? null : parsed.map();
      if (fields != null) {
        return new InboundAddressMessage(header, reply.string("body"),
            JsonView.text(fields.get("saved_address_id")),
            fields.get("values") instanceof Map<?, ?> values ? addressValues(values) : AddressValues.EMPTY,
            responseJson);
      }
    }
    return new InboundFlowReplyMessage(header, name, reply.string("body"), responseJson);
  }

  /** The address fields, numbers as their plain text (as {@link JsonView#string} reads them). */
  private static AddressValues addressValues(Map<?, ?> values) {
    Map<String, String> fields = new LinkedHashMap<>();
    values.forEach((key, value) -> {
      String text = JsonView.text(value);
      if (key instanceof String field && text != null) {
        fields.put(field, text);
      }
    });
    return AddressValues.fromMap(fields);
  }

  private static InboundSystemMessage.@Nullable Identity identity(@Nullable JsonView identity) {
    if (identity == null) {
      return null;
    }
    Object acknowledged = identity.get("acknowledged");
    return new InboundSystemMessage.Identity(
        acknowledged instanceof Boolean b ? b : null,
        identity.epochSecondsOrNull("created_timestamp"),
        identity.string("hash"));
  }

  /** The message built around the body's media, or null when the body names no media id. */
  private static @Nullable InboundMessage withMedia(
      @Nullable JsonView body, Function<InboundMedia, InboundMessage> message) {
    String id = string(body, "id");
    if (body == null || id == null) {
      return null;
    }
    return message.apply(
        new InboundMedia(
            id, body.string("mime_type"), body.string("sha256"), body.string("caption"), body.string("url")));
  }

  private static SharedContact sharedContact(JsonView card) {
    JsonView name = card.object("name");
    List<SharedContact.Phone> phones = new ArrayList<>();
    for (JsonView phone : card.objects("phones")) {
      phones.add(new SharedContact.Phone(phone.string("phone"), phone.string("type"), phone.string("wa_id")));
    }
    List<SharedContact.Email> emails = new ArrayList<>();
    for (JsonView email : card.objects("emails")) {
      emails.add(new SharedContact.Email(email.string("email"), email.string("type")));
    }
    JsonView org = card.object("org");
    List<SharedContact.Address> addresses = new ArrayList<>();
    for (JsonView a : card.objects("addresses")) {
      addresses.add(new SharedContact.Address(a.string("street"), a.string("city"), a.string("state"),
          a.string("zip"), a.string("country"), a.string("country_code"), a.string("type")));
    }
    List<SharedContact.Url> urls = new ArrayList<>();
    for (JsonView u : card.objects("urls")) {
      urls.add(new SharedContact.Url(u.string("url"), u.string("type")));
    }
    return new SharedContact(
        string(name, "formatted_name"),
        string(name, "first_name"),
        string(name, "last_name"),
        string(name, "middle_name"),
        string(name, "prefix"),
        string(name, "suffix"),
        card.string("birthday"),
        org == null ? null : new SharedContact.Org(org.string("company"), org.string("department"), org.string("title")),
        addresses,
        urls,
        phones,
        emails,
        card.string("vcard"),
        RawJson.wrap(card));
  }

  private static @Nullable MessageContext context(@Nullable JsonView context) {
    if (context == null) {
      return null;
    }
    JsonView product = context.object("referred_product");
    return new MessageContext(
        context.string("from"),
        context.string("id"),
        context.bool("forwarded"),
        context.bool("frequently_forwarded"),
        string(product, "catalog_id"),
        string(product, "product_retailer_id"));
  }

  private static @Nullable Referral referral(@Nullable JsonView referral) {
    if (referral == null) {
      return null;
    }
    return new Referral(
        referral.string("source_url"),
        referral.string("source_type"),
        referral.string("source_id"),
        referral.string("headline"),
        referral.string("body"),
        referral.string("media_type"),
        referral.string("image_url"),
        referral.string("video_url"),
        referral.string("thumbnail_url"),
        referral.string("ctwa_clid"));
  }
}
