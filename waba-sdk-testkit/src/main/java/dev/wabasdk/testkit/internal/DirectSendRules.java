package dev.wabasdk.testkit.internal;

import dev.wabasdk.cost.PricingCategory;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Meta's Direct Send as the fake answers it ("Direct Send API reference", "Supported features and limits",
 * "Configure message time-to-live", 2026-07-31): a text or interactive message with {@code "category"} is delivered
 * as a template of that category. Error 100 for an ineligible account, an unsupported type or category, a TTL
 * without a category or out of range, and an authentication message to a business-scoped user id.
 */
final class DirectSendRules {
  private DirectSendRules() {}

  /** The Direct Send category of the send, or null for an ordinary message; a {@link GraphException} refuses it. */
  static @Nullable PricingCategory check(Map<String, Object> body, String type, FakeConfig config) {
    Object category = body.get("category");
    Object ttl = body.get("ttl_seconds");
    String kind = type.equals("interactive") ? Json.string(body, "interactive", "type") : type;
    boolean mixed = "button".equals(kind) && Json.list(body, "interactive", "action", "buttons").stream()
        .anyMatch(b -> "cta_url".equals(Json.string(b, "type")));
    if (category == null) {
      if (ttl != null) {
        throw GraphException.of(100, "The request included one or more unsupported or misspelled parameters.");
      }
      if (mixed) {
        throw GraphException.of(131009, "Param interactive['action']['buttons'] may mix cta_url and reply buttons"
            + " only in a Direct Send message (with a category).");
      }
      return null;
    }
    if (!config.directSendEligible()) {
      throw GraphException.of(100, "Direct Send isn't enabled for this account.");
    }
    PricingCategory pricing;
    if ("utility".equals(category)) {
      pricing = PricingCategory.UTILITY;
    } else if ("authentication".equals(category)) {
      pricing = PricingCategory.AUTHENTICATION;
    } else {
      throw GraphException.of(100, "Param category must be \"utility\" or \"authentication\", was \"" + category
          + "\".");
    }
    boolean supported = pricing == PricingCategory.AUTHENTICATION ? "text".equals(kind)
        : "text".equals(kind) || "cta_url".equals(kind) || "button".equals(kind) || "voice_call".equals(kind);
    if (!supported) {
      throw GraphException.of(100, "Direct Send does not support " + kind + " messages in the " + category
          + " category.");
    }
    if (pricing == PricingCategory.AUTHENTICATION && body.containsKey("recipient")) {
      throw GraphException.of(100, "Authentication messages can't be sent to a business-scoped user ID.");
    }
    if (ttl != null) {
      long seconds = ttl instanceof Number n ? n.longValue() : -1;
      long max = pricing == PricingCategory.AUTHENTICATION ? 900 : 43_200;
      if (seconds > max) {
        throw GraphException.of(100, "The time-to-live value must be lower than or equal to " + max + ".");
      }
      if (seconds < 30) {
        throw GraphException.of(100, "The time-to-live value must be higher than or equal to 30.");
      }
    }
    return pricing;
  }

  /**
   * Mixed CTA URL and reply buttons ("Supported features and limits": up to 10, at most 2 CTA URL; "Supported
   * message types": the URL buttons first, each {@code {"type": "cta_url", "cta_url": {display_text, url}}}).
   */
  static void mixedButtons(List<Object> buttons) {
    if (buttons.size() > 10) {
      throw GraphException.of(131009, "Param interactive['action']['buttons'] must have 1 to 10 buttons, had "
          + buttons.size() + ".");
    }
    int urls = 0;
    boolean reply = false;
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < buttons.size(); i++) {
      String prefix = "interactive['action']['buttons'][" + i + "]";
      Object button = buttons.get(i);
      String label;
      if ("cta_url".equals(Json.string(button, "type"))) {
        if (reply || ++urls > 2) {
          throw GraphException.of(131009, "Param " + prefix + " must be a reply button: at most 2 cta_url"
              + " buttons, before the reply buttons.");
        }
        label = Json.string(button, "cta_url", "display_text");
        if (label == null || Json.string(button, "cta_url", "url") == null) {
          throw GraphException.of(131008, "The parameter " + prefix + "['cta_url']['"
              + (label == null ? "display_text" : "url") + "'] is required.");
        }
      } else {
        reply = true;
        label = Json.string(button, "reply", "title");
        if (label == null || Json.string(button, "reply", "id") == null) {
          throw GraphException.of(131008, "The parameter " + prefix + "['reply']['"
              + (label == null ? "title" : "id") + "'] is required.");
        }
      }
      if (label.codePointCount(0, label.length()) > 20) {
        throw GraphException.of(131009, "Param " + prefix + " label must be at most 20 characters long.");
      }
      if (!labels.add(label)) {
        throw GraphException.of(131009, "Buttons must have unique labels; duplicate at index " + i + ".");
      }
    }
  }

  /** The call button: body required, {@code ttl_minutes} 1 to 43,200, label at most 20 characters. */
  static void voiceCall(@Nullable String body, Map<String, Object> action) {
    if (body == null) {
      throw GraphException.of(131008, "The parameter interactive['body']['text'] is required.");
    }
    if (!"voice_call".equals(Json.string(action, "name"))) {
      throw GraphException.of(131009, "Param interactive['action']['name'] must be \"voice_call\".");
    }
    Map<String, Object> parameters = Json.map(action, "parameters");
    Object ttl = parameters == null ? null : parameters.get("ttl_minutes");
    if (ttl != null && !(ttl instanceof Number n && n.longValue() >= 1 && n.longValue() <= 43_200)) {
      throw GraphException.of(100, "Param interactive['action']['parameters']['ttl_minutes'] must be between 1 and"
          + " 43200, was " + ttl + ".");
    }
    String text = Json.string(action, "parameters", "display_text");
    if (text != null && text.codePointCount(0, text.length()) > 20) {
      throw GraphException.of(131009, "Param interactive['action']['parameters']['display_text'] must be at most 20"
          + " characters long.");
    }
  }
}
