package dev.wabasdk.message.internal;

import dev.wabasdk.message.AddressMessage;
import dev.wabasdk.message.AudioMessage;
import dev.wabasdk.message.CarouselMessage;
import dev.wabasdk.message.CatalogMessage;
import dev.wabasdk.message.CallPermissionRequestMessage;
import dev.wabasdk.message.Contact;
import dev.wabasdk.message.ContactsMessage;
import dev.wabasdk.message.CtaUrlMessage;
import dev.wabasdk.message.DirectSend;
import dev.wabasdk.message.DocumentMessage;
import dev.wabasdk.message.Envelope;
import dev.wabasdk.message.FlowMessage;
import dev.wabasdk.message.ImageMessage;
import dev.wabasdk.message.InteractiveHeader;
import dev.wabasdk.message.InteractiveMessage;
import dev.wabasdk.message.ListMessage;
import dev.wabasdk.message.LocationMessage;
import dev.wabasdk.message.LocationRequestMessage;
import dev.wabasdk.message.MediaMessage;
import dev.wabasdk.message.MixedButtonsMessage;
import dev.wabasdk.message.OrderDetailsMessage;
import dev.wabasdk.message.OrderStatusMessage;
import dev.wabasdk.message.PinMessage;
import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ProductListMessage;
import dev.wabasdk.message.ProductMessage;
import dev.wabasdk.message.ReactionMessage;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.message.StickerMessage;
import dev.wabasdk.message.TemplateButton;
import dev.wabasdk.message.TemplateComponent;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.message.VideoMessage;
import dev.wabasdk.message.VoiceCallMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link Message} into the JSON body of {@code POST /{phone-number-id}/messages}: insertion-ordered maps
 * and lists of strings, booleans and numbers, in Meta's field order, ready for Moshi. Optional fields that are
 * not set are left out.
 */
public final class MessageEncoder {

  private MessageEncoder() {}

  /** The whole request body as an ordered map. */
  public static Map<String, Object> encode(Message message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    Recipient recipient = message.recipient();
    body.put("recipient_type", recipient instanceof Recipient.Group ? "group" : "individual");
    body.put(recipient instanceof Recipient.UserId ? "recipient" : "to", recipient.value());
    Envelope envelope = message.envelope();
    putIfNotNull(body, "recipient_identity_key_hash", envelope.recipientIdentityKeyHash()); // Meta's place
    if (envelope.contextMessageId() != null) {
      body.put("context", Map.of("message_id", envelope.contextMessageId()));
    }
    putIfNotNull(body, "biz_opaque_callback_data", envelope.bizOpaqueCallbackData());
    String type = type(message);
    body.put("type", type);
    Object payload = payload(message);
    if (payload instanceof Map<?, ?>) {
      @SuppressWarnings("unchecked")
      Map<String, Object> object = (Map<String, Object>) payload;
      object.putAll(envelope.extraTypeFields());
    }
    body.put(type, payload);
    DirectSend directSend = envelope.directSend();
    if (directSend != null) {
      if (!(message instanceof TextMessage || message instanceof CtaUrlMessage
          || message instanceof ReplyButtonsMessage || message instanceof MixedButtonsMessage
          || message instanceof VoiceCallMessage)) {
        throw new IllegalArgumentException("category: Direct Send supports text, call-to-action URL, reply-button,"
            + " mixed-button and call-button messages only, not " + message.getClass().getSimpleName());
      }
      // Meta's Direct Send examples put category (then ttl_seconds) after the message's type object.
      body.put("category", directSend.category().value());
      if (directSend.ttl() != null) {
        body.put("ttl_seconds", directSend.ttl().toSeconds());
      }
    }
    body.putAll(envelope.extraFields());
    return body;
  }

  private static String type(Message message) {
    if (message instanceof TextMessage) {
      return "text";
    } else if (message instanceof ImageMessage) {
      return "image";
    } else if (message instanceof VideoMessage) {
      return "video";
    } else if (message instanceof AudioMessage) {
      return "audio";
    } else if (message instanceof DocumentMessage) {
      return "document";
    } else if (message instanceof StickerMessage) {
      return "sticker";
    } else if (message instanceof LocationMessage) {
      return "location";
    } else if (message instanceof ContactsMessage) {
      return "contacts";
    } else if (message instanceof ReactionMessage) {
      return "reaction";
    } else if (message instanceof InteractiveMessage) {
      return "interactive";
    } else if (message instanceof TemplateMessage) {
      return "template";
    } else if (message instanceof PinMessage) {
      return "pin";
    }
    throw new IllegalStateException("unhandled message type " + message.getClass());
  }

  private static Object payload(Message message) {
    if (message instanceof TextMessage text) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("body", text.body());
      if (text.previewUrl()) {
        object.put("preview_url", true);
      }
      return object;
    } else if (message instanceof MediaMessage media) {
      return media(media);
    } else if (message instanceof LocationMessage location) {
      return location(location.latitude(), location.longitude(), location.name(), location.address());
    } else if (message instanceof ContactsMessage contacts) {
      List<Object> list = new ArrayList<>();
      contacts.contacts().forEach(contact -> list.add(contact(contact)));
      return list;
    } else if (message instanceof ReactionMessage reaction) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("message_id", reaction.messageId());
      object.put("emoji", reaction.emoji());
      return object;
    } else if (message instanceof InteractiveMessage interactive) {
      return interactive(interactive);
    } else if (message instanceof TemplateMessage template) {
      return template(template);
    } else if (message instanceof PinMessage pin) {
      Map<String, Object> object = new LinkedHashMap<>();
      object.put("type", pin.operation().value());
      object.put("message_id", pin.messageId());
      putIfNotNull(object, "expiration_days", pin.expirationDays());
      return object;
    }
    throw new IllegalStateException("unhandled message type " + message.getClass());
  }

  private static Map<String, Object> media(MediaMessage message) {
    Map<String, Object> object = source(message.media());
    if (message instanceof ImageMessage image) {
      putIfNotNull(object, "caption", image.caption());
    } else if (message instanceof VideoMessage video) {
      putIfNotNull(object, "caption", video.caption());
    } else if (message instanceof DocumentMessage document) {
      putIfNotNull(object, "caption", document.caption());
      putIfNotNull(object, "filename", document.filename());
    } else if (message instanceof AudioMessage audio && audio.voice()) {
      object.put("voice", true);
    }
    return object;
  }

  private static Map<String, Object> source(MediaSource source) {
    Map<String, Object> object = new LinkedHashMap<>();
    if (source instanceof MediaSource.Id id) {
      object.put("id", id.id());
    } else if (source instanceof MediaSource.Link link) {
      object.put("link", link.link());
    }
    return object;
  }

  /**
   * {@code "type": type, type: {"id" or "link", "filename"}}: how interactive headers and template parameters
   * carry a file.
   */
  private static void putMedia(
      Map<String, Object> object, String type, MediaSource media, @Nullable String filename) {
    Map<String, Object> value = source(media);
    putIfNotNull(value, "filename", filename);
    object.put("type", type);
    object.put(type, value);
  }

  private static Map<String, Object> location(
      double latitude, double longitude, @Nullable String name, @Nullable String address) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("latitude", latitude);
    object.put("longitude", longitude);
    putIfNotNull(object, "name", name);
    putIfNotNull(object, "address", address);
    return object;
  }

  private static Map<String, Object> contact(Contact contact) {
    Map<String, Object> object = new LinkedHashMap<>();
    Contact.Name name = contact.name();
    Map<String, Object> nameObject = new LinkedHashMap<>();
    nameObject.put("formatted_name", name.formattedName());
    putIfNotNull(nameObject, "first_name", name.firstName());
    putIfNotNull(nameObject, "last_name", name.lastName());
    putIfNotNull(nameObject, "middle_name", name.middleName());
    putIfNotNull(nameObject, "suffix", name.suffix());
    putIfNotNull(nameObject, "prefix", name.prefix());
    object.put("name", nameObject);
    if (!contact.phones().isEmpty()) {
      List<Object> phones = new ArrayList<>();
      for (Contact.Phone phone : contact.phones()) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("phone", phone.phone());
        putIfNotNull(p, "type", phone.type());
        putIfNotNull(p, "wa_id", phone.waId());
        phones.add(p);
      }
      object.put("phones", phones);
    }
    if (!contact.emails().isEmpty()) {
      List<Object> emails = new ArrayList<>();
      for (Contact.Email email : contact.emails()) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("email", email.email());
        putIfNotNull(e, "type", email.type());
        emails.add(e);
      }
      object.put("emails", emails);
    }
    if (!contact.addresses().isEmpty()) {
      List<Object> addresses = new ArrayList<>();
      for (Contact.Address address : contact.addresses()) {
        Map<String, Object> a = new LinkedHashMap<>();
        putIfNotNull(a, "street", address.street());
        putIfNotNull(a, "city", address.city());
        putIfNotNull(a, "state", address.state());
        putIfNotNull(a, "zip", address.zip());
        putIfNotNull(a, "country", address.country());
        putIfNotNull(a, "country_code", address.countryCode());
        putIfNotNull(a, "type", address.type());
        addresses.add(a);
      }
      object.put("addresses", addresses);
    }
    Contact.Org org = contact.org();
    if (org != null) {
      Map<String, Object> o = new LinkedHashMap<>();
      putIfNotNull(o, "company", org.company());
      putIfNotNull(o, "department", org.department());
      putIfNotNull(o, "title", org.title());
      object.put("org", o);
    }
    if (!contact.urls().isEmpty()) {
      List<Object> urls = new ArrayList<>();
      for (Contact.Url url : contact.urls()) {
        Map<String, Object> u = new LinkedHashMap<>();
        u.put("url", url.url());
        putIfNotNull(u, "type", url.type());
        urls.add(u);
      }
      object.put("urls", urls);
    }
    if (contact.birthday() != null) {
      object.put("birthday", contact.birthday().toString()); // ISO-8601: YYYY-MM-DD
    }
    return object;
  }

  private static Map<String, Object> interactive(InteractiveMessage message) {
    Map<String, Object> object = new LinkedHashMap<>();
    Map<String, Object> action = new LinkedHashMap<>();
    if (message instanceof ReplyButtonsMessage buttons) {
      object.put("type", "button");
      putHeader(object, buttons.header());
      List<Object> list = new ArrayList<>();
      for (ReplyButtonsMessage.Button button : buttons.buttons()) {
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("id", button.id());
        reply.put("title", button.title());
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "reply");
        b.put("reply", reply);
        list.add(b);
      }
      action.put("buttons", list);
    } else if (message instanceof ListMessage list) {
      object.put("type", "list");
      if (list.header() != null) {
        putHeader(object, InteractiveHeader.text(list.header()));
      }
      action.put("button", list.button());
      List<Object> sections = new ArrayList<>();
      for (ListMessage.Section section : list.sections()) {
        Map<String, Object> s = new LinkedHashMap<>();
        putIfNotNull(s, "title", section.title());
        List<Object> rows = new ArrayList<>();
        for (ListMessage.Row row : section.rows()) {
          Map<String, Object> r = new LinkedHashMap<>();
          r.put("id", row.id());
          r.put("title", row.title());
          putIfNotNull(r, "description", row.description());
          rows.add(r);
        }
        s.put("rows", rows);
        sections.add(s);
      }
      action.put("sections", sections);
    } else if (message instanceof CtaUrlMessage cta) {
      object.put("type", "cta_url");
      putHeader(object, cta.header());
      Map<String, Object> parameters = new LinkedHashMap<>();
      parameters.put("display_text", cta.displayText());
      parameters.put("url", cta.url());
      action.put("name", "cta_url");
      action.put("parameters", parameters);
    } else if (message instanceof FlowMessage flow) {
      object.put("type", "flow");
      putHeader(object, flow.header());
      action.put("name", "flow");
      action.put("parameters", flowParameters(flow));
    } else if (message instanceof LocationRequestMessage) {
      object.put("type", "location_request_message");
      action.put("name", "send_location");
    } else if (message instanceof ProductMessage product) {
      object.put("type", "product");
      action.put("catalog_id", product.catalogId());
      action.put("product_retailer_id", product.productRetailerId());
    } else if (message instanceof ProductListMessage productList) {
      object.put("type", "product_list");
      putHeader(object, InteractiveHeader.text(productList.header()));
      action.put("catalog_id", productList.catalogId());
      action.put("sections", productSections(productList.sections()));
    } else if (message instanceof CatalogMessage catalog) {
      object.put("type", "catalog_message");
      action.put("name", "catalog_message");
      if (catalog.thumbnailProductRetailerId() != null) {
        action.put("parameters", Map.of("thumbnail_product_retailer_id", catalog.thumbnailProductRetailerId()));
      }
    } else if (message instanceof CarouselMessage carousel) {
      object.put("type", "carousel");
      action.put("cards", carouselCards(carousel));
    } else if (message instanceof CallPermissionRequestMessage) {
      object.put("type", "call_permission_request");
      action.put("name", "call_permission_request");
    } else if (message instanceof MixedButtonsMessage mixed) {
      // Meta's Direct Send "Interactive button messages with CTA URL or reply buttons": one buttons list.
      object.put("type", "button");
      putHeader(object, mixed.header());
      action.put("buttons", mixedButtons(mixed));
    } else if (message instanceof OrderDetailsMessage order) {
      object.put("type", "order_details");
      putHeader(object, order.header());
      action.put("name", "review_and_pay");
      action.put("parameters", OrderEncoder.orderDetails(order.details()));
    } else if (message instanceof OrderStatusMessage status) {
      object.put("type", "order_status");
      action.put("name", "review_order");
      action.put("parameters", OrderEncoder.orderStatus(status));
    } else if (message instanceof AddressMessage address) {
      object.put("type", "address_message");
      if (address.header() != null) {
        putHeader(object, InteractiveHeader.text(address.header()));
      }
      action.put("name", "address_message");
      action.put("parameters", addressParameters(address));
    } else if (message instanceof VoiceCallMessage call) {
      object.put("type", "voice_call");
      action.put("name", "voice_call");
      Map<String, Object> parameters = new LinkedHashMap<>();
      putIfNotNull(parameters, "display_text", call.displayText());
      if (call.ttl() != null) {
        parameters.put("ttl_minutes", call.ttl().toMinutes());
      }
      putIfNotNull(parameters, "payload", call.payload());
      if (!parameters.isEmpty()) {
        action.put("parameters", parameters);
      }
    }
    if (message.body() != null) {
      object.put("body", Map.of("text", message.body()));
    }
    if (message.footer() != null) {
      object.put("footer", Map.of("text", message.footer()));
    }
    object.put("action", action);
    return object;
  }

  private static Map<String, Object> addressParameters(AddressMessage address) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("country", address.country());
    if (address.values() != null) {
      parameters.put("values", address.values().asMap());
    }
    if (!address.savedAddresses().isEmpty()) {
      List<Object> saved = new ArrayList<>();
      for (AddressMessage.SavedAddress s : address.savedAddresses()) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", s.id());
        entry.put("value", s.value().asMap());
        saved.add(entry);
      }
      parameters.put("saved_addresses", saved);
    }
    if (!address.validationErrors().isEmpty()) {
      parameters.put("validation_errors", address.validationErrors());
    }
    return parameters;
  }

  private static List<Object> mixedButtons(MixedButtonsMessage mixed) {
    List<Object> list = new ArrayList<>();
    for (MixedButtonsMessage.Button button : mixed.buttons()) {
      Map<String, Object> b = new LinkedHashMap<>();
      Map<String, Object> inner = new LinkedHashMap<>();
      if (button instanceof MixedButtonsMessage.UrlButton url) {
        inner.put("display_text", url.displayText());
        inner.put("url", url.url());
        b.put("type", "cta_url");
        b.put("cta_url", inner);
      } else if (button instanceof MixedButtonsMessage.ReplyButton reply) {
        inner.put("id", reply.id());
        inner.put("title", reply.title());
        b.put("type", "reply");
        b.put("reply", inner);
      }
      list.add(b);
    }
    return list;
  }

  /** {@code sections} of a multi-product message or a multi-product template button. */
  public static List<Object> productSections(List<ProductListMessage.Section> sections) {
    List<Object> list = new ArrayList<>();
    for (ProductListMessage.Section section : sections) {
      Map<String, Object> s = new LinkedHashMap<>();
      putIfNotNull(s, "title", section.title());
      List<Object> items = new ArrayList<>();
      section.productRetailerIds().forEach(id -> items.add(Map.of("product_retailer_id", id)));
      s.put("product_items", items);
      list.add(s);
    }
    return list;
  }

  private static List<Object> carouselCards(CarouselMessage carousel) {
    List<Object> cards = new ArrayList<>();
    for (int i = 0; i < carousel.cards().size(); i++) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("card_index", i);
      if (carousel.cards().get(i) instanceof CarouselMessage.ProductCard product) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("product_retailer_id", product.productRetailerId()); // Meta's order
        action.put("catalog_id", product.catalogId());
        c.put("type", "product");
        c.put("action", action);
        cards.add(c);
        continue;
      }
      CarouselMessage.MediaCard card = (CarouselMessage.MediaCard) carousel.cards().get(i);
      c.put("type", card.ctaUrl() != null ? "cta_url" : "button");
      putHeader(c, card.header());
      if (card.body() != null) {
        c.put("body", Map.of("text", card.body()));
      }
      Map<String, Object> action = new LinkedHashMap<>();
      CarouselMessage.CtaUrl url = card.ctaUrl();
      if (url != null) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("display_text", url.displayText());
        parameters.put("url", url.url());
        action.put("name", "cta_url");
        action.put("parameters", parameters);
      } else {
        List<Object> buttons = new ArrayList<>();
        for (ReplyButtonsMessage.Button button : card.quickReplies()) {
          Map<String, Object> reply = new LinkedHashMap<>();
          reply.put("id", button.id());
          reply.put("title", button.title());
          Map<String, Object> b = new LinkedHashMap<>();
          b.put("type", "quick_reply");
          b.put("quick_reply", reply);
          buttons.add(b);
        }
        action.put("buttons", buttons);
      }
      c.put("action", action);
      cards.add(c);
    }
    return cards;
  }

  private static Map<String, Object> flowParameters(FlowMessage flow) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("flow_message_version", flow.flowMessageVersion());
    putIfNotNull(parameters, "flow_token", flow.flowToken());
    putIfNotNull(parameters, "flow_id", flow.flowId());
    putIfNotNull(parameters, "flow_name", flow.flowName());
    parameters.put("flow_cta", flow.flowCta());
    if (flow.mode() != null) {
      parameters.put("mode", flow.mode().value());
    }
    if (flow.flowAction() != null) {
      parameters.put("flow_action", flow.flowAction().value());
    }
    // No screen and no data: flow_action_payload is left out and Meta opens the Flow's first entry screen.
    if (flow.screen() != null || flow.data() != null) {
      Map<String, Object> payload = new LinkedHashMap<>();
      putIfNotNull(payload, "screen", flow.screen());
      putIfNotNull(payload, "data", flow.data());
      parameters.put("flow_action_payload", payload);
    }
    return parameters;
  }

  private static void putHeader(Map<String, Object> object, @Nullable InteractiveHeader header) {
    if (header == null) {
      return;
    }
    Map<String, Object> h = new LinkedHashMap<>();
    if (header instanceof InteractiveHeader.Text text) {
      h.put("type", "text");
      h.put("text", text.text());
    } else if (header instanceof InteractiveHeader.Image image) {
      putMedia(h, "image", image.media(), null);
    } else if (header instanceof InteractiveHeader.Video video) {
      putMedia(h, "video", video.media(), null);
    } else if (header instanceof InteractiveHeader.Document document) {
      putMedia(h, "document", document.media(), document.filename());
    }
    object.put("header", h);
  }

  private static Map<String, Object> template(TemplateMessage template) {
    Map<String, Object> object = new LinkedHashMap<>();
    object.put("name", template.name());
    Map<String, Object> language = new LinkedHashMap<>();
    language.put("code", template.language());
    if (template.deterministicLanguagePolicy()) {
      language.put("policy", "deterministic");
    }
    object.put("language", language);
    if (!template.components().isEmpty()) {
      List<Object> components = new ArrayList<>();
      template.components().forEach(component -> components.add(component(component)));
      object.put("components", components);
    }
    return object;
  }

  private static Map<String, Object> component(TemplateComponent component) {
    Map<String, Object> object = new LinkedHashMap<>();
    List<Object> parameters = new ArrayList<>();
    if (component instanceof TemplateComponent.Carousel carousel) {
      object.put("type", "carousel");
      List<Object> cards = new ArrayList<>();
      for (int i = 0; i < carousel.cards().size(); i++) {
        TemplateComponent.CarouselCard card = carousel.cards().get(i);
        List<Object> components = new ArrayList<>();
        components.add(component(TemplateComponent.header(card.header())));
        if (!card.body().isEmpty()) {
          components.add(component(new TemplateComponent.Body(card.body())));
        }
        card.buttons().forEach(button -> components.add(component(button)));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("card_index", i);
        c.put("components", components);
        cards.add(c);
      }
      object.put("cards", cards);
      return object;
    }
    if (component instanceof TemplateComponent.LimitedTimeOffer offer) {
      object.put("type", "limited_time_offer");
      Map<String, Object> parameter = new LinkedHashMap<>();
      parameter.put("type", "limited_time_offer");
      parameter.put("limited_time_offer", Map.of("expiration_time_ms", offer.expirationTimeMs()));
      parameters.add(parameter);
    } else if (component instanceof TemplateComponent.Header header) {
      object.put("type", "header");
      parameters.add(parameter(header.parameter()));
    } else if (component instanceof TemplateComponent.Body body) {
      object.put("type", "body");
      body.parameters().forEach(p -> parameters.add(parameter(p)));
    } else if (component instanceof TemplateButton button) {
      object.put("type", "button");
      Map<String, Object> parameter = new LinkedHashMap<>();
      if (button instanceof TemplateButton.QuickReply quickReply) {
        object.put("sub_type", "quick_reply");
        parameter.put("type", "payload");
        parameter.put("payload", quickReply.payload());
      } else if (button instanceof TemplateButton.Url url) {
        object.put("sub_type", "url");
        parameter.put("type", "text");
        parameter.put("text", url.text());
      } else if (button instanceof TemplateButton.CopyCode copyCode) {
        object.put("sub_type", "copy_code");
        parameter.put("type", "coupon_code");
        parameter.put("coupon_code", copyCode.couponCode());
      } else if (button instanceof TemplateButton.Flow flow) {
        object.put("sub_type", "flow");
        Map<String, Object> action = new LinkedHashMap<>();
        putIfNotNull(action, "flow_token", flow.flowToken());
        if (!flow.flowActionData().isEmpty()) {
          action.put("flow_action_data", flow.flowActionData());
        }
        parameter.put("type", "action");
        parameter.put("action", action);
      } else if (button instanceof TemplateButton.Catalog catalog) {
        object.put("sub_type", "CATALOG"); // as in Meta's catalog template example
        Map<String, Object> action = new LinkedHashMap<>();
        putIfNotNull(action, "thumbnail_product_retailer_id", catalog.thumbnailProductRetailerId());
        parameter.put("type", "action");
        parameter.put("action", action);
      } else if (button instanceof TemplateButton.MultiProduct mpm) {
        object.put("sub_type", "mpm");
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("thumbnail_product_retailer_id", mpm.thumbnailProductRetailerId());
        action.put("sections", productSections(mpm.sections()));
        parameter.put("type", "action");
        parameter.put("action", action);
      } else if (button instanceof TemplateButton.OrderDetailsButton order) {
        object.put("sub_type", "order_details");
        parameter.put("type", "action");
        parameter.put("action", Map.of("order_details", OrderEncoder.orderDetails(order.details())));
      }
      // Meta's examples send the index as a string.
      object.put("index", String.valueOf(button.index()));
      parameters.add(parameter);
    }
    object.put("parameters", parameters);
    return object;
  }

  private static Map<String, Object> parameter(TemplateParameter parameter) {
    Map<String, Object> object = new LinkedHashMap<>();
    if (parameter instanceof TemplateParameter.Text text) {
      object.put("type", "text");
      object.put("text", text.text());
      putIfNotNull(object, "parameter_name", text.parameterName());
    } else if (parameter instanceof TemplateParameter.Currency currency) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("fallback_value", currency.fallbackValue());
      value.put("code", currency.code());
      value.put("amount_1000", currency.amount1000());
      object.put("type", "currency");
      object.put("currency", value);
      putIfNotNull(object, "parameter_name", currency.parameterName());
    } else if (parameter instanceof TemplateParameter.DateTime dateTime) {
      object.put("type", "date_time");
      object.put("date_time", Map.of("fallback_value", dateTime.fallbackValue()));
      putIfNotNull(object, "parameter_name", dateTime.parameterName());
    } else if (parameter instanceof TemplateParameter.GroupId group) {
      object.put("type", "group_id");
      object.put("group_id", group.groupId());
      putIfNotNull(object, "parameter_name", group.parameterName());
    } else if (parameter instanceof TemplateParameter.Image image) {
      putMedia(object, "image", image.media(), null);
    } else if (parameter instanceof TemplateParameter.Video video) {
      putMedia(object, "video", video.media(), null);
    } else if (parameter instanceof TemplateParameter.Document document) {
      putMedia(object, "document", document.media(), document.filename());
    } else if (parameter instanceof TemplateParameter.Gif gif) {
      putMedia(object, "gif", gif.media(), null);
    } else if (parameter instanceof TemplateParameter.Product product) {
      Map<String, Object> value = new LinkedHashMap<>();
      value.put("product_retailer_id", product.productRetailerId());
      value.put("catalog_id", product.catalogId());
      object.put("type", "product");
      object.put("product", value);
    } else if (parameter instanceof TemplateParameter.Location location) {
      object.put("type", "location");
      object.put("location",
          location(location.latitude(), location.longitude(), location.name(), location.address()));
    }
    return object;
  }

  private static void putIfNotNull(Map<String, Object> object, String name, @Nullable Object value) {
    if (value != null) {
      object.put(name, value);
    }
  }
}
