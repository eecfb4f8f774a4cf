package dev.wabasdk.testkit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks a send-message body the way the Cloud API does: 100 for unknown or misspelled parameters, 131008 for
 * a missing required parameter, 131009 for an invalid value. Limits are Meta's (cloud-api.md §2).
 */
final class MessageValidator {
  static final Set<String> TYPES = Set.of("text", "image", "audio", "video", "document", "sticker", "location",
      "contacts", "interactive", "template", "reaction", "pin");
  private static final Set<String> ENVELOPE = Set.of("messaging_product", "recipient_type", "to", "recipient",
      "recipient_identity_key_hash", "category", "ttl_seconds", "context", "biz_opaque_callback_data", "type");
  private static final Set<String> MEDIA = Set.of("image", "audio", "video", "document", "sticker");
  private static final Set<String> INTERACTIVE = Set.of("button", "list", "cta_url", "flow",
      "location_request_message", "product", "product_list", "catalog_message", "carousel",
      "call_permission_request", "voice_call", "order_details", "order_status", AddressValidator.KIND);

  private MessageValidator() {}

  /** Validates the envelope and the type object; returns the message type. */
  static String validate(Map<String, Object> body) {
    String type = body.containsKey("type") ? stringOrInvalid(body, "type") : "text";
    if (!TYPES.contains(type)) {
      throw GraphException.of(131009, "Param type must be one of " + String.join(", ", List.copyOf(
          new java.util.TreeSet<>(TYPES))) + ", was \"" + type + "\".");
    }
    for (String key : body.keySet()) {
      if (!ENVELOPE.contains(key) && !key.equals(type)) {
        throw GraphException.of(100, "Unexpected key \"" + key + "\" on param \"message\".");
      }
    }
    if (body.containsKey("recipient_type") && !"individual".equals(body.get("recipient_type"))
        && !"group".equals(body.get("recipient_type"))) {
      throw GraphException.of(131009, "Param recipient_type must be \"individual\" or \"group\".");
    }
    if (body.get("to") == null && !(body.get("recipient") instanceof String)) {
      throw GraphException.of(131008, "The parameter to (or recipient, a business-scoped user id) is required.");
    }
    Object callback = body.get("biz_opaque_callback_data");
    if (callback != null && (!(callback instanceof String s) || s.length() > 512)) {
      throw GraphException.of(131009, "Param biz_opaque_callback_data must be a string of at most 512 characters.");
    }
    Object identityKeyHash = body.get("recipient_identity_key_hash");
    if (identityKeyHash != null && (!(identityKeyHash instanceof String s) || s.isBlank())) {
      throw GraphException.of(131009, "Param recipient_identity_key_hash must be a non-empty string.");
    }
    Object context = body.get("context");
    if (context != null && Json.string(context, "message_id") == null) {
      throw GraphException.of(131008, "The parameter context['message_id'] is required.");
    }
    Object payload = body.get(type);
    if (payload == null) {
      throw GraphException.of(131008, "The parameter " + type + " is required.");
    }
    if (type.equals("contacts")) {
      contacts(payload);
      return type;
    }
    if (!(payload instanceof Map<?, ?>)) {
      throw GraphException.of(131009, "Param " + type + " must be a JSON object.");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) payload;
    switch (type) {
      case "text" -> {
        String text = required(object, "text", "body");
        max("text['body']", text, 4096);
        Object preview = object.get("preview_url");
        if (preview != null && !(preview instanceof Boolean)) {
          throw GraphException.of(131009, "Param text['preview_url'] must be a boolean.");
        }
      }
      case "location" -> {
        number(object, "latitude", 90);
        number(object, "longitude", 180);
      }
      case "reaction" -> {
        required(object, "reaction", "message_id");
        if (!(object.get("emoji") instanceof String)) {
          throw GraphException.of(131008, "The parameter reaction['emoji'] is required.");
        }
      }
      case "pin" -> pin(object, body);
      case "interactive" -> interactive(object, "group".equals(body.get("recipient_type")));
      case "template" -> {
        required(object, "template", "name");
        if (Json.string(object, "language", "code") == null) {
          throw GraphException.of(131008, "The parameter template['language']['code'] is required.");
        }
      }
      default -> {
        if (MEDIA.contains(type)) {
          media(type, object);
        }
      }
    }
    return type;
  }

  private static void media(String type, Map<String, Object> object) {
    boolean hasId = object.get("id") != null;
    boolean hasLink = object.get("link") != null;
    if (hasId == hasLink) {
      throw GraphException.of(hasId ? 131009 : 131008,
          "Exactly one of " + type + "['id'] or " + type + "['link'] is required.");
    }
    if (hasLink) {
      String link = String.valueOf(object.get("link"));
      if (!link.startsWith("http://") && !link.startsWith("https://")) {
        throw GraphException.of(131009, "Param " + type + "['link'] must be an http(s) URL, was \"" + link + "\".");
      }
    }
    if (object.containsKey("caption") && !(type.equals("image") || type.equals("video") || type.equals("document"))) {
      throw GraphException.of(100, "Unexpected key \"caption\" on param \"" + type + "\".");
    }
    if (object.containsKey("filename") && !type.equals("document")) {
      throw GraphException.of(100, "Unexpected key \"filename\" on param \"" + type + "\".");
    }
    if (object.get("caption") instanceof String caption) {
      max(type + "['caption']", caption, 1024);
    }
  }

  private static void contacts(Object payload) {
    if (!(payload instanceof List<?> list) || list.isEmpty()) {
      throw GraphException.of(131009, "Param contacts must be a non-empty array.");
    }
    if (list.size() > 257) {
      throw GraphException.of(131009, "Param contacts must have at most 257 entries, had " + list.size() + ".");
    }
    for (int i = 0; i < list.size(); i++) {
      if (Json.string(list.get(i), "name", "formatted_name") == null) {
        throw GraphException.of(131008, "The parameter contacts[" + i + "]['name']['formatted_name'] is required.");
      }
    }
  }

  private static void interactive(Map<String, Object> object, boolean group) {
    String kind = required(object, "interactive", "type");
    if (!INTERACTIVE.contains(kind)) {
      throw GraphException.of(131009, "Param interactive['type'] is not valid: \"" + kind + "\".");
    }
    Object header = object.get("header");
    if (header != null && Json.string(header, "text") != null) {
      max("interactive['header']['text']", Json.string(header, "text"), 60);
    }
    Object footer = object.get("footer");
    if (footer != null && Json.string(footer, "text") != null) {
      max("interactive['footer']['text']", Json.string(footer, "text"), 60);
    }
    // Meta: a call permission request's "text body is optional".
    boolean bodyRequired = !kind.equals("product") && !kind.equals("carousel")
        && !kind.equals("call_permission_request");
    String body = Json.string(object, "body", "text");
    if (bodyRequired && body == null) {
      throw GraphException.of(131008, "The parameter interactive['body']['text'] is required.");
    }
    Map<String, Object> action = Json.map(object, "action");
    if (action == null) {
      throw GraphException.of(131008, "The parameter interactive['action'] is required.");
    }
    switch (kind) {
      case "button" -> {
        max("interactive['body']['text']", body, 1024);
        List<Object> buttons = Json.list(action, "buttons");
        if (buttons.stream().anyMatch(b -> "cta_url".equals(Json.string(b, "type")))) {
          DirectSendRules.mixedButtons(buttons);
          return;
        }
        if (buttons.isEmpty() || buttons.size() > 3) {
          throw GraphException.of(131009, "Param interactive['action']['buttons'] must have 1 to 3 buttons, had "
              + buttons.size() + ".");
        }
        Set<String> ids = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (int i = 0; i < buttons.size(); i++) {
          String prefix = "interactive['action']['buttons'][" + i + "]['reply']";
          String id = Json.string(buttons.get(i), "reply", "id");
          String title = Json.string(buttons.get(i), "reply", "title");
          if (id == null || title == null) {
            throw GraphException.of(131008, "The parameter " + prefix + "['" + (id == null ? "id" : "title")
                + "'] is required.");
          }
          max(prefix + "['id']", id, 256);
          max(prefix + "['title']", title, 20);
          if (!ids.add(id) || !titles.add(title)) {
            throw GraphException.of(131009, "Buttons must have unique ids and titles; duplicate at index " + i + ".");
          }
        }
      }
      case "list" -> {
        max("interactive['body']['text']", body, 4096);
        String button = Json.string(action, "button");
        if (button == null) {
          throw GraphException.of(131008, "The parameter interactive['action']['button'] is required.");
        }
        max("interactive['action']['button']", button, 20);
        List<Object> sections = Json.list(action, "sections");
        if (sections.isEmpty() || sections.size() > 10) {
          throw GraphException.of(131009, "Param interactive['action']['sections'] must have 1 to 10 sections, had "
              + sections.size() + ".");
        }
        int rows = 0;
        Set<String> ids = new HashSet<>();
        for (int s = 0; s < sections.size(); s++) {
          if (sections.size() > 1 && Json.string(sections.get(s), "title") == null) {
            throw GraphException.of(131008, "The parameter interactive['action']['sections'][" + s
                + "]['title'] is required when there is more than one section.");
          }
          List<Object> sectionRows = Json.list(sections.get(s), "rows");
          for (int r = 0; r < sectionRows.size(); r++) {
            String prefix = "interactive['action']['sections'][" + s + "]['rows'][" + r + "]";
            String id = Json.string(sectionRows.get(r), "id");
            String title = Json.string(sectionRows.get(r), "title");
            if (id == null || title == null) {
              throw GraphException.of(131008, "The parameter " + prefix + "['" + (id == null ? "id" : "title")
                  + "'] is required.");
            }
            max(prefix + "['id']", id, 200);
            max(prefix + "['title']", title, 24);
            max(prefix + "['description']", Json.string(sectionRows.get(r), "description"), 72);
            if (!ids.add(id)) {
              throw GraphException.of(131009, "Row ids must be unique; \"" + id + "\" is repeated.");
            }
            rows++;
          }
        }
        if (rows == 0 || rows > 10) {
          throw GraphException.of(131009, "A list message must have 1 to 10 rows in total, had " + rows + ".");
        }
      }
      case "cta_url" -> {
        String text = Json.string(action, "parameters", "display_text");
        String url = Json.string(action, "parameters", "url");
        if (text == null || url == null) {
          throw GraphException.of(131008, "The parameter interactive['action']['parameters']['"
              + (text == null ? "display_text" : "url") + "'] is required.");
        }
        max("interactive['action']['parameters']['display_text']", text, 20);
      }
      case "voice_call" -> DirectSendRules.voiceCall(body, action);
      case "call_permission_request" -> max("interactive['body']['text']", body, 1024);
      case "product", "product_list", "catalog_message", "carousel" ->
          CommerceValidator.validate(kind, object, action);
      case "order_details", "order_status" -> PaymentsValidator.validate(kind, object, action);
      case AddressValidator.KIND -> AddressValidator.validate(object, action, group);
      default -> {
        // Other kinds are accepted as long as their action object is present.
      }
    }
  }

  /**
   * Meta's "Pin and unpin group message": to a group only; {@code pin.type} pin or unpin, {@code message_id}, and
   * for a pin {@code expiration_days} from 1 to 30.
   */
  private static void pin(Map<String, Object> pin, Map<String, Object> body) {
    if (!"group".equals(body.get("recipient_type"))) {
      throw GraphException.of(131009, "A pin goes to a group: recipient_type must be \"group\".");
    }
    String operation = required(pin, "pin", "type");
    if (!operation.equals("pin") && !operation.equals("unpin")) {
      throw GraphException.of(131009, "Param pin['type'] must be \"pin\" or \"unpin\", was \"" + operation + "\".");
    }
    required(pin, "pin", "message_id");
    if (operation.equals("pin")) {
      Object days = pin.get("expiration_days");
      if (days == null) {
        throw GraphException.of(131008, "The parameter pin['expiration_days'] is required to pin a message.");
      }
      // Meta's table says Integer; its example quotes the placeholder, so a numeric string passes too.
      String text = String.valueOf(days);
      if (days instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
        text = Long.toString(n.longValue());
      }
      if (!(days instanceof Number || days instanceof String) || !text.matches("\\d{1,2}")
          || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 30) {
        throw GraphException.of(131009, "Param pin['expiration_days'] must be a number of days from 1 to 30, was "
            + days + ".");
      }
    }
  }

  private static String stringOrInvalid(Map<String, Object> body, String key) {
    Object value = body.get(key);
    if (!(value instanceof String s)) {
      throw GraphException.of(131009, "Param " + key + " must be a string.");
    }
    return s;
  }

  private static String required(Map<String, Object> object, String type, String key) {
    Object value = object.get(key);
    if (value == null || (value instanceof String s && s.isEmpty())) {
      throw GraphException.of(131008, "The parameter " + type + "['" + key + "'] is required.");
    }
    if (!(value instanceof String s)) {
      throw GraphException.of(131009, "Param " + type + "['" + key + "'] must be a string.");
    }
    return s;
  }

  private static void number(Map<String, Object> object, String key, double limit) {
    Object value = object.get(key);
    if (value == null) {
      throw GraphException.of(131008, "The parameter location['" + key + "'] is required.");
    }
    if (!(value instanceof Number n) || Math.abs(n.doubleValue()) > limit) {
      throw GraphException.of(131009, "Param location['" + key + "'] must be a number between -" + (int) limit
          + " and " + (int) limit + ", was " + value + ".");
    }
  }

  static void max(String name, @Nullable String value, int limit) {
    if (value != null && value.codePointCount(0, value.length()) > limit) {
      throw GraphException.of(131009, "Param " + name + " must be at most " + limit + " characters long, was "
          + value.codePointCount(0, value.length()) + ".");
    }
  }
}
