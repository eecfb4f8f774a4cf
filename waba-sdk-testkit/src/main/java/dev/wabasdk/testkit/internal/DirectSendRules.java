package dev.wabasdk.testkit.internal;

import dev.wabasdk.cost.PricingCategory;
import java.util.Map;
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
    if (category == null) {
      if (ttl != null) {
        throw GraphException.of(100, "The request included one or more unsupported or misspelled parameters.");
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
    String kind = type.equals("interactive") ? Json.string(body, "interactive", "type") : type;
    boolean supported = pricing == PricingCategory.AUTHENTICATION ? "text".equals(kind)
        : "text".equals(kind) || "cta_url".equals(kind) || "button".equals(kind);
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
}
