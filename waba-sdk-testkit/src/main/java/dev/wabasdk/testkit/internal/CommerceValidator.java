package dev.wabasdk.testkit.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the commerce and carousel interactive messages the way the Cloud API does: single product, multi-product
 * ({@code product_list}), catalog message, media and product carousels, with Meta's limits and errors (131008 for a
 * missing parameter, 131009 for an invalid value). Stateless.
 */
final class CommerceValidator {
  private static final Pattern CATALOG_ID = Pattern.compile("[0-9]{1,32}");

  private CommerceValidator() {}

  /** Validates {@code interactive} of the given commerce kind. */
  static void validate(String kind, Map<String, Object> interactive, Map<String, Object> action) {
    switch (kind) {
      case "product" -> {
        noHeader(interactive, kind);
        max("interactive['body']['text']", Json.string(interactive, "body", "text"), 1024);
        catalogId(action);
        retailerId(Json.string(action, "product_retailer_id"), "interactive['action']['product_retailer_id']");
      }
      case "product_list" -> productList(interactive, action);
      case "catalog_message" -> {
        noHeader(interactive, kind);
        max("interactive['body']['text']", Json.string(interactive, "body", "text"), 1024);
        if (!"catalog_message".equals(Json.string(action, "name"))) {
          throw GraphException.of(131009, "Param interactive['action']['name'] must be \"catalog_message\".");
        }
        String thumbnail = Json.string(action, "parameters", "thumbnail_product_retailer_id");
        if (thumbnail != null) {
          retailerId(thumbnail, "interactive['action']['parameters']['thumbnail_product_retailer_id']");
        }
      }
      case "carousel" -> carousel(interactive, action);
      default -> throw new IllegalArgumentException("not a commerce kind: " + kind);
    }
  }

  private static void productList(Map<String, Object> interactive, Map<String, Object> action) {
    if (!"text".equals(Json.string(interactive, "header", "type")) || Json.string(interactive, "header", "text") == null) {
      throw GraphException.of(131008, "The parameter interactive['header'] is required: a multi-product message "
          + "needs a text header.");
    }
    max("interactive['body']['text']", Json.string(interactive, "body", "text"), 1024);
    catalogId(action);
    List<Object> sections = Json.list(action, "sections");
    if (sections.isEmpty() || sections.size() > 10) {
      throw GraphException.of(131009, "Param interactive['action']['sections'] must have 1 to 10 sections, had "
          + sections.size() + ".");
    }
    int products = 0;
    Set<String> ids = new HashSet<>();
    for (int s = 0; s < sections.size(); s++) {
      String prefix = "interactive['action']['sections'][" + s + "]";
      if (sections.size() > 1 && Json.string(sections.get(s), "title") == null) {
        throw GraphException.of(131008, "The parameter " + prefix + "['title'] is required when there is more "
            + "than one section.");
      }
      max(prefix + "['title']", Json.string(sections.get(s), "title"), 24);
      List<Object> items = Json.list(sections.get(s), "product_items");
      if (items.isEmpty()) {
        throw GraphException.of(131008, "The parameter " + prefix + "['product_items'] is required.");
      }
      for (int p = 0; p < items.size(); p++) {
        String path = prefix + "['product_items'][" + p + "]['product_retailer_id']";
        String id = retailerId(Json.string(items.get(p), "product_retailer_id"), path);
        if (!ids.add(id)) {
          throw GraphException.of(131009, "Param " + path + " repeats product \"" + id + "\".");
        }
        products++;
      }
    }
    if (products > 30) {
      throw GraphException.of(131009, "A multi-product message must have at most 30 products, had " + products + ".");
    }
  }

  private static void carousel(Map<String, Object> interactive, Map<String, Object> action) {
    for (String part : List.of("header", "footer")) {
      if (interactive.containsKey(part)) {
        throw GraphException.of(131009, "Param interactive['" + part + "'] is not supported in a carousel message.");
      }
    }
    if (Json.string(interactive, "body", "text") == null) {
      throw GraphException.of(131008, "The parameter interactive['body']['text'] is required.");
    }
    max("interactive['body']['text']", Json.string(interactive, "body", "text"), 1024);
    if (action.containsKey("buttons")) {
      throw GraphException.of(131009, "Param interactive['action']['buttons'] is not supported in a carousel message.");
    }
    List<Object> cards = Json.list(action, "cards");
    if (cards.size() < 2 || cards.size() > 10) {
      throw GraphException.of(131009, "Param interactive['action']['cards'] must have 2 to 10 cards, had "
          + cards.size() + ".");
    }
    // Meta's product carousel: every card "product", all of the same catalog; a media carousel has none.
    String firstType = String.valueOf(Json.string(cards.get(0), "type"));
    boolean products = firstType.equals("product");
    @Nullable String headerType = null;
    @Nullable String shape = null;
    for (int c = 0; c < cards.size(); c++) {
      Object card = cards.get(c);
      String prefix = "interactive['action']['cards'][" + c + "]";
      Object index = Json.at(card, "card_index");
      if (!(index instanceof Number n) || n.intValue() != c) {
        throw GraphException.of(131009, "Param " + prefix + "['card_index'] must be " + c + ", was " + index + ".");
      }
      String cardType = Json.string(card, "type");
      if ("product".equals(cardType) != products) {
        throw GraphException.of(131009, "Carousel cards must be all product cards or all media cards; card 0 is "
            + firstType + ", card " + c + " is " + cardType + ".");
      }
      if (products) {
        productCard(card, prefix, String.valueOf(Json.string(cards.get(0), "action", "catalog_id")), c);
        continue;
      }
      String type = Json.string(card, "header", "type");
      if (!"image".equals(type) && !"video".equals(type)) {
        throw GraphException.of(131009, "Param " + prefix + "['header']['type'] must be image or video, was "
            + type + ".");
      }
      if (headerType != null && !headerType.equals(type)) {
        throw GraphException.of(131009, "All carousel cards must have the same header type; card 0 has "
            + headerType + ", card " + c + " has " + type + ".");
      }
      headerType = type;
      String body = Json.string(card, "body", "text");
      max(prefix + "['body']['text']", body, 160);
      String cardShape = cardButtons(card, prefix);
      if (shape != null && !shape.equals(cardShape)) {
        throw GraphException.of(131009, "All carousel cards must have the same buttons; card 0 has " + shape
            + ", card " + c + " has " + cardShape + ".");
      }
      shape = cardShape;
    }
  }

  /** A product card: only its {@code action}, with the product and the catalog every card shares. */
  private static void productCard(Object card, String prefix, String firstCatalog, int c) {
    for (String part : List.of("header", "body")) {
      if (Json.at(card, part) != null) {
        throw GraphException.of(131009, "Param " + prefix + "['" + part + "'] is not supported on a product card.");
      }
    }
    retailerId(Json.string(card, "action", "product_retailer_id"), prefix + "['action']['product_retailer_id']");
    String catalog = Json.string(card, "action", "catalog_id");
    String path = prefix + "['action']['catalog_id']";
    if (catalog == null) {
      throw GraphException.of(131008, "The parameter " + path + " is required.");
    }
    if (!CATALOG_ID.matcher(catalog).matches()) {
      throw GraphException.of(131009, "Param " + path + " must be a valid catalog id, was \"" + catalog + "\".");
    }
    if (!catalog.equals(firstCatalog)) {
      throw GraphException.of(131009, "All product carousel cards must reference the same catalog_id; card 0 has "
          + firstCatalog + ", card " + c + " has " + catalog + ".");
    }
  }

  /** Checks a card's buttons and returns their shape ("cta_url" or "N quick_reply"). */
  private static String cardButtons(Object card, String prefix) {
    String type = Json.string(card, "type");
    if ("cta_url".equals(type)) {
      String text = Json.string(card, "action", "parameters", "display_text");
      String url = Json.string(card, "action", "parameters", "url");
      if (text == null || url == null) {
        throw GraphException.of(131008, "The parameter " + prefix + "['action']['parameters']['"
            + (text == null ? "display_text" : "url") + "'] is required.");
      }
      max(prefix + "['action']['parameters']['display_text']", text, 20);
      return "cta_url";
    }
    if (!"button".equals(type)) {
      throw GraphException.of(131009, "Param " + prefix + "['type'] must be cta_url or button, was " + type + ".");
    }
    List<Object> buttons = Json.list(card, "action", "buttons");
    if (buttons.isEmpty() || buttons.size() > 2) {
      throw GraphException.of(131009, "Param " + prefix + "['action']['buttons'] must have 1 to 2 quick-reply "
          + "buttons, had " + buttons.size() + ".");
    }
    for (int b = 0; b < buttons.size(); b++) {
      String at = prefix + "['action']['buttons'][" + b + "]['quick_reply']";
      String id = Json.string(buttons.get(b), "quick_reply", "id");
      String title = Json.string(buttons.get(b), "quick_reply", "title");
      if (id == null || title == null) {
        throw GraphException.of(131008, "The parameter " + at + "['" + (id == null ? "id" : "title")
            + "'] is required.");
      }
      max(at + "['id']", id, 256);
      max(at + "['title']", title, 20);
    }
    return buttons.size() + " quick_reply";
  }

  private static void noHeader(Map<String, Object> interactive, String kind) {
    if (interactive.containsKey("header")) {
      throw GraphException.of(131009, "Param interactive['header'] is not supported for interactive type " + kind
          + ".");
    }
  }

  private static void catalogId(Map<String, Object> action) {
    String id = Json.string(action, "catalog_id");
    if (id == null) {
      throw GraphException.of(131008, "The parameter interactive['action']['catalog_id'] is required.");
    }
    if (!CATALOG_ID.matcher(id).matches()) {
      throw GraphException.of(131009, "Param interactive['action']['catalog_id'] must be a valid catalog id, was \""
          + id + "\".");
    }
  }

  private static String retailerId(@Nullable String id, String path) {
    if (id == null || id.isEmpty()) {
      throw GraphException.of(131008, "The parameter " + path + " is required.");
    }
    max(path, id, 100);
    return id;
  }

  private static void max(String name, @Nullable String value, int limit) {
    if (value != null && value.codePointCount(0, value.length()) > limit) {
      throw GraphException.of(131009, "Param " + name + " must be at most " + limit + " characters long, was "
          + value.codePointCount(0, value.length()) + ".");
    }
  }
}
