package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Marketing Messages API for WhatsApp ({@code POST /{phone-number-id}/marketing_messages}) and the account state
 * it depends on: whether the business completed onboarding (signed the terms) and whether marketing templates are
 * disabled on Cloud API ({@code disable_marketing_messages_on_cloud_api}). Following Meta's "Send Marketing
 * Messages" page: only marketing templates; an onboarded business's message is priced {@code marketing_lite}; one
 * that is not onboarded falls back to Cloud API ({@code marketing}) unless {@code product_policy} is {@code STRICT};
 * a fallback is refused with 131063 when marketing templates are disabled on Cloud API. Link clicks on messages sent
 * through it arrive as {@code user_actions} ("Tracking click events": 7 days). Thread-safe: state is read and
 * written under the {@link FakeEngine}'s lock.
 */
final class MarketingMessagesRoutes {
  /** Meta reports clicks on messages sent in the last 7 days. */
  static final Duration CLICK_WINDOW = Duration.ofDays(7);

  private final FakeEngine engine;
  private boolean onboarded;
  private boolean disabledOnCloudApi;

  MarketingMessagesRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  void onboarded(boolean onboarded) {
    synchronized (engine.lock) {
      this.onboarded = onboarded;
    }
  }

  /**
   * The WABA's {@code marketing_messages_onboarding_status}: {@code ONBOARDED} once the business signed the terms,
   * else {@code ELIGIBLE} (the fake's account meets Meta's eligibility requirements).
   */
  String onboardingStatus() {
    synchronized (engine.lock) {
      return onboarded ? "ONBOARDED" : "ELIGIBLE";
    }
  }

  void disableOnCloudApi(boolean disabled) {
    synchronized (engine.lock) {
      this.disabledOnCloudApi = disabled;
    }
  }

  /** Whether a marketing template sent through Cloud API is refused (131063). Called under the engine's lock. */
  boolean disabledOnCloudApi() {
    return disabledOnCloudApi;
  }

  void reset() {
    synchronized (engine.lock) {
      onboarded = false;
      disabledOnCloudApi = false;
    }
  }

  /** {@code POST /{phone-number-id}/marketing_messages}: Meta's checks, then a template send on the chosen route. */
  Map<String, Object> send(String version, Map<String, Object> body, String raw) {
    if (!"template".equals(body.get("type"))) {
      throw GraphException.of(100, "The Marketing Messages API supports only marketing template messages, and"
          + " type is \"" + body.get("type") + "\".");
    }
    Object policy = body.get("product_policy");
    if (policy != null && !"CLOUD_API_FALLBACK".equals(policy) && !"STRICT".equals(policy)) {
      throw GraphException.of(100, "Param product_policy must be one of {CLOUD_API_FALLBACK, STRICT}, was \""
          + policy + "\".");
    }
    Object sharing = body.get("message_activity_sharing");
    if (sharing != null && !(sharing instanceof Boolean)) {
      throw GraphException.of(100, "Param message_activity_sharing must be a boolean, was " + Json.write(sharing)
          + ".");
    }
    java.math.BigDecimal multiplier = MaxPrice.multiplier(body); // bid_spec: a max-price template's adjustment
    if (!body.containsKey("to") && !body.containsKey("recipient")) {
      throw GraphException.of(100, "The parameter to is required.");
    }
    PricingCategory route;
    synchronized (engine.lock) {
      if (onboarded) {
        route = PricingCategory.MARKETING_LITE;
      } else if ("STRICT".equals(policy)) {
        // Meta documents no code for this refusal; the fake answers "invalid parameter" with the reason.
        throw GraphException.of(100, "Marketing Messages API onboarding is not complete for this WhatsApp"
            + " Business Account and product_policy is STRICT, so the message was not sent through Cloud API.");
      } else {
        route = PricingCategory.MARKETING; // Cloud API fallback: OutboundMessages refuses it with 131063 if disabled
      }
    }
    // The MM fields checked above; the rest is validated as a /messages template send (raw keeps them).
    Map<String, Object> message = new LinkedHashMap<>(body);
    message.remove("product_policy");
    message.remove("message_activity_sharing");
    message.remove("bid_spec");
    return engine.sendOn(version, message, raw, route, multiplier);
  }

  /**
   * A user taps the body or call-to-action of message {@code wamid}: a {@code user_actions} webhook when the message
   * went through the Marketing Messages API within the last 7 days; nothing otherwise, as at Meta.
   *
   * @return whether Meta reports the click
   */
  boolean click(String waId, String wamid, String component, Instant now) {
    synchronized (engine.lock) {
      SentRecord record = engine.messages.sent(wamid);
      if (record == null || !record.to.equals(waId)) {
        throw new IllegalArgumentException("wamid: the app sent no message " + wamid + " to " + waId);
      }
      if (!record.pricingCategory.equals(PricingCategory.MARKETING_LITE)
          || record.timestamp.plus(CLICK_WINDOW).isBefore(now)) {
        return false;
      }
      String clickId = "click." + engine.ids.next();
      Map<String, Object> action = obj("action_type", "marketing_messages_link_click",
          "timestamp", Long.toString(now.getEpochSecond()),
          "marketing_messages_link_click_data", obj("click_component", component, "click_id", clickId,
              "tracking_token", "token." + wamid.hashCode()));
      engine.events.change("messages", obj("user_actions", List.of(action)));
      return true;
    }
  }
}
