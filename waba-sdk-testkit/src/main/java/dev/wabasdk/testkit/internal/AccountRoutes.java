package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The account routes: the phone number ({@code GET /{phone-number-id}}, {@code GET /{waba-id}/phone_numbers}), the
 * WhatsApp Business Account node (with its Marketing Messages API onboarding status) and the business profile (get
 * and update with Meta's limits). Thread-safe: the profile lives in the {@link FakeEngine}.
 */
final class AccountRoutes {
  private static final Set<String> PHONE_DEFAULT_FIELDS = Set.of("verified_name", "code_verification_status",
      "display_phone_number", "quality_rating", "platform_type", "throughput", "id");
  // Fields Graph knows on each node type: requesting one the fake has no value for omits it (as Graph does for
  // empty fields); requesting anything else is error 100.
  private static final Set<String> PHONE_FIELDS = Set.of("id", "display_phone_number", "verified_name",
      "quality_rating", "whatsapp_business_manager_messaging_limit", "messaging_limit_tier", "throughput",
      "name_status", "new_name_status", "code_verification_status", "status", "platform_type", "account_mode",
      "is_official_business_account", "new_display_name", "certificate", "country_code", "country_dial_code", "last_onboarded_time",
      "webhook_configuration", "is_pin_enabled", "health_status", "search_visibility");
  private static final Set<String> WABA_FIELDS = Set.of("id", "name", "currency", "timezone_id",
      "message_template_namespace", "account_review_status", "business_verification_status", "country",
      "ownership_type", "primary_business_location", "health_status", "marketing_messages_onboarding_status",
      "is_enabled_for_insights");
  private static final Set<String> WABA_DEFAULT_FIELDS = Set.of("id", "name", "currency", "timezone_id",
      "message_template_namespace");
  private static final Set<String> PROFILE_FIELDS = Set.of("about", "address", "description", "email",
      "profile_picture_url", "websites", "vertical", "messaging_product");
  private static final Set<String> VERTICALS = Set.of("UNDEFINED", "OTHER", "AUTO", "BEAUTY", "APPAREL", "EDU",
      "ENTERTAIN", "EVENT_PLAN", "FINANCE", "GROCERY", "GOVT", "HOTEL", "HEALTH", "NONPROFIT", "PROF_SERVICES",
      "RETAIL", "TRAVEL", "RESTAURANT", "NOT_A_BIZ");

  private final FakeEngine engine;

  AccountRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** {@code GET /{phone-number-id}}. */
  Map<String, Object> phoneNumber(HttpUrl url) {
    return FakeDispatcher.filterFields(phoneNumberNode(), url, PHONE_DEFAULT_FIELDS, PHONE_FIELDS,
        "WhatsAppBusinessPhoneNumber");
  }

  /** {@code GET /{waba-id}/phone_numbers}: the fake's one number. */
  Map<String, Object> phoneNumbers(HttpUrl url) {
    return obj("data", List.of(phoneNumber(url)), "paging", obj("cursors", obj("before", TemplateRoutes.cursor(0),
        "after", TemplateRoutes.cursor(0))));
  }

  /** {@code GET /{waba-id}}. */
  Map<String, Object> businessAccount(HttpUrl url) {
    FakeConfig config = engine.config;
    return FakeDispatcher.filterFields(obj("id", config.businessAccountId(), "name", config.verifiedName(),
        "currency", "USD", "timezone_id", "1", "message_template_namespace", "fake_namespace",
        "marketing_messages_onboarding_status", engine.marketingMessages.onboardingStatus(),
        "is_enabled_for_insights", engine.accountOps.templateInsights()), url,
        WABA_DEFAULT_FIELDS, WABA_FIELDS, "WhatsAppBusinessAccount");
  }

  /** {@code GET /{phone-number-id}/whatsapp_business_profile}. */
  Map<String, Object> profile(HttpUrl url) {
    return obj("data", List.of(FakeDispatcher.filterFields(withProduct(engine.profile()), url, Set.of(),
        PROFILE_FIELDS, "WhatsAppBusinessProfile")));
  }

  private Map<String, Object> phoneNumberNode() {
    FakeConfig config = engine.config;
    String tier = config.messagingLimit().value();
    Map<String, Object> node = obj("verified_name", config.verifiedName(), "code_verification_status", "VERIFIED",
        "display_phone_number", config.displayPhoneNumber(), "quality_rating", "GREEN", "platform_type", "CLOUD_API",
        "throughput", obj("level", config.throughputMps() > 80 ? "HIGH" : "STANDARD"), "id", config.phoneNumberId(),
        "name_status", "APPROVED", "status", "CONNECTED", "account_mode", "LIVE",
        "is_official_business_account", false, "whatsapp_business_manager_messaging_limit", tier,
        "messaging_limit_tier", tier);
    node.putAll(engine.accountOps.phoneFields()); // registration, name review, webhook overrides
    return node;
  }


  private static Map<String, Object> withProduct(Map<String, Object> profile) {
    Map<String, Object> out = new LinkedHashMap<>(profile);
    out.put("messaging_product", "whatsapp");
    return out;
  }

  Map<String, Object> updateProfile(Map<String, Object> body) {
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    Map<String, Object> changes = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : body.entrySet()) {
      String key = e.getKey();
      Object value = e.getValue();
      switch (key) {
        case "messaging_product" -> { }
        case "about" -> changes.put(key, text(key, value, 1, 139));
        case "address" -> changes.put(key, text(key, value, 0, 256));
        case "description" -> changes.put(key, text(key, value, 0, 512));
        case "email" -> changes.put(key, text(key, value, 0, 128));
        case "profile_picture_handle" -> changes.put("profile_picture_url",
            engine.uploads.profilePictureUrl(text(key, value, 1, 1024)));
        case "vertical" -> {
          String vertical = text(key, value, 1, 64);
          if (!VERTICALS.contains(vertical)) {
            throw GraphException.of(100, "Param vertical must be one of " + VERTICALS + ", was " + vertical + ".");
          }
          changes.put(key, vertical);
        }
        case "websites" -> {
          if (!(value instanceof List<?> list) || list.size() > 2) {
            throw GraphException.of(100, "Param websites must be an array of at most 2 URLs.");
          }
          for (Object site : list) {
            String s = text("websites[]", site, 1, 256);
            if (!s.startsWith("http://") && !s.startsWith("https://")) {
              throw GraphException.of(100, "Param websites[] must start with http:// or https://, was " + s + ".");
            }
          }
          changes.put(key, Json.copy(value));
        }
        default -> throw GraphException.of(100, "Param " + key + " is not a valid business profile field.");
      }
    }
    engine.updateProfile(changes);
    return obj("success", true);
  }

  private static String text(String key, @Nullable Object value, int min, int max) {
    if (!(value instanceof String s) || s.length() < min || s.length() > max) {
      throw GraphException.of(100, "Param " + key + " must be a string of " + min + " to " + max
          + " characters, was " + (value == null ? "missing" : "\"" + value + "\"") + ".");
    }
    return s;
  }

}
