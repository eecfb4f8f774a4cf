package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.phone.PhoneNumbersApi;
import dev.wabasdk.testkit.GraphErrorResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * Onboarding and account operations of one business, as Meta answers them: Embedded Signup's code exchange (codes
 * the test issues), {@code debug_token} (the business's own token), {@code subscribed_apps} with an alternate
 * callback URL, the number's {@code webhook_configuration}, verification codes (readable by the test), registration
 * with the two-step PIN (133005 on a mismatch, 133016 after 10 registrations, or 10 deregistrations, in 72 hours,
 * sends fail with 133010 while deregistered) and display name changes (pending review until the test decides).
 * Every business of a fake has its own; thread-safe: state is guarded by the engine's lock.
 */
public final class AccountOpsRoutes {
  /** The fake's app id ({@code client_id} of the code exchange, {@code app_id} of {@code debug_token}). */
  public static final String APP_ID = "1000000000000001";
  private static final String APP_NAME = "waba-sdk fake app";
  /** The business portfolio the fake's accounts belong to (Meta's example id), as {@code health_status} names it. */
  static final String BUSINESS_PORTFOLIO_ID = "506914307656634";
  /** Meta's limit of registrations, and separately of deregistrations: 10 per number in a moving 72 hours. */
  private static final Duration REGISTRATION_WINDOW = Duration.ofHours(72);
  private static final int REGISTRATIONS_PER_WINDOW = 10;
  private static final Pattern PIN = Pattern.compile("\\d{6}");

  private final FakeEngine engine;
  private boolean registered = true;
  private @Nullable String pin;
  private @Nullable String region;
  private final Deque<Instant> registrations = new ArrayDeque<>();
  private final Deque<Instant> deregistrations = new ArrayDeque<>();
  private @Nullable String pendingCode;
  private String codeVerificationStatus = "VERIFIED";
  private @Nullable String verifiedName;
  private String nameStatus = "APPROVED";
  private @Nullable String newDisplayName;
  private @Nullable String newNameStatus;
  private boolean subscribed = true;
  /** {@code is_enabled_for_insights}: template analytics confirmed (Meta: once, for good). */
  private boolean templateInsights;
  private @Nullable String wabaOverride;
  private @Nullable String numberOverride;
  /** Embedded Signup codes issued by the test: true once exchanged (a code works once). */
  private final Map<String, Boolean> signupCodes = new HashMap<>();

  AccountOpsRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  /** Back to a registered number with its configured name, subscribed with no override. */
  void reset() {
    synchronized (engine.lock) {
      registered = true;
      templateInsights = false;
      pin = null;
      region = null;
      registrations.clear();
      deregistrations.clear();
      pendingCode = null;
      codeVerificationStatus = "VERIFIED";
      verifiedName = null;
      nameStatus = "APPROVED";
      newDisplayName = null;
      newNameStatus = null;
      subscribed = true;
      wabaOverride = null;
      numberOverride = null;
      signupCodes.clear();
      engine.webhooks().overrides(null, null);
    }
  }

  /** The account operation at this path, or null when the path is not one. */
  @Nullable Object route(String method, List<String> segments, HttpUrl url, String text) {
    FakeConfig config = engine.config;
    String id = segments.get(0);
    if (segments.size() == 1) {
      if (id.equals("debug_token") && method.equals("GET")) {
        return debugToken(url);
      }
      if (id.equals(config.businessAccountId()) && method.equals("POST")) {
        return confirmTemplateInsights(url);
      }
      return id.equals(config.phoneNumberId()) && method.equals("POST") ? updateNumber(url, text) : null;
    }
    String edge = segments.get(1);
    if (id.equals(config.phoneNumberId()) && method.equals("POST")) {
      return switch (edge) {
        case "register" -> register(Json.parseObject(text));
        case "deregister" -> deregister();
        case "request_code" -> requestCode(url);
        case "verify_code" -> verifyCode(url);
        default -> null;
      };
    }
    if (id.equals(config.businessAccountId()) && edge.equals("subscribed_apps")) {
      return subscribedApps(method, text);
    }
    return null;
  }

  /**
   * {@code POST /{waba-id}?is_enabled_for_insights=true}: confirms template analytics; Meta offers no way back, so
   * {@code false} is refused. The fake's template analytics answer either way.
   */
  private Object confirmTemplateInsights(HttpUrl url) {
    String value = url.queryParameter("is_enabled_for_insights");
    if (!"true".equals(value)) {
      throw GraphException.of(100, value == null
          ? "The fake updates a WhatsApp Business Account only with is_enabled_for_insights=true."
          : "Param is_enabled_for_insights can only be true: confirmed template analytics cannot be turned off.");
    }
    synchronized (engine.lock) {
      templateInsights = true;
    }
    return obj("id", engine.config.businessAccountId());
  }

  boolean templateInsights() {
    synchronized (engine.lock) {
      return templateInsights;
    }
  }

  // ---------------------------------------------------------------- Embedded Signup and tokens

  /** A new Embedded Signup code for this business, as the signup flow hands it to the browser. */
  public String issueSignupCode() {
    String code = "AQ" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-fake-signup-code";
    synchronized (engine.lock) {
      signupCodes.put(code, false);
    }
    return code;
  }

  /** Whether this business issued {@code code} (so a fake with several businesses routes the exchange here). */
  public boolean issued(@Nullable String code) {
    synchronized (engine.lock) {
      return code != null && signupCodes.containsKey(code);
    }
  }

  /** {@code GET /oauth/access_token?client_id&client_secret&code}: the business's token for a code it issued. */
  Object exchange(HttpUrl url) {
    String clientId = url.queryParameter("client_id");
    String secret = url.queryParameter("client_secret");
    String code = url.queryParameter("code");
    if (clientId == null || clientId.isEmpty()) {
      throw oauth(101, "Missing client_id parameter.");
    }
    if (!clientId.equals(APP_ID)) {
      throw oauth(101, "Error validating application. Invalid application ID.");
    }
    if (secret == null || !secret.equals(engine.config.appSecret())) {
      throw oauth(1, "Error validating client secret.");
    }
    synchronized (engine.lock) {
      Boolean used = code == null ? null : signupCodes.get(code);
      if (used == null) {
        throw oauth(100, "Invalid verification code format.");
      }
      if (used) {
        throw oauth(100, "This authorization code has been used.");
      }
      signupCodes.put(code, true);
    }
    return obj("access_token", engine.config.accessToken(), "token_type", "bearer");
  }

  private static GraphException oauth(int code, String message) {
    return new GraphException(new GraphErrorResponse(code, message, "OAuthException", null, code == 1 ? 500 : 400));
  }

  /** {@code GET /debug_token?input_token=…}: the business's own token is valid; anything else is not. */
  Object debugToken(HttpUrl url) {
    String input = url.queryParameter("input_token");
    if (input == null || input.isEmpty()) {
      throw GraphException.of(100, "The parameter input_token is required");
    }
    FakeConfig config = engine.config;
    if (!input.equals(config.accessToken())) {
      return obj("data", obj("error", obj("code", 190, "message", "Invalid OAuth access token - Cannot parse access"
          + " token"), "is_valid", false, "scopes", List.of()));
    }
    List<Object> targets = List.of(config.businessAccountId());
    return obj("data", obj("app_id", APP_ID, "type", "SYSTEM_USER", "application", APP_NAME,
        "data_access_expires_at", 0, "expires_at", 0, "is_valid", true,
        "issued_at", config.start().getEpochSecond(),
        "scopes", List.of("whatsapp_business_management", "whatsapp_business_messaging", "public_profile"),
        "granular_scopes", List.of(
            obj("scope", "whatsapp_business_management", "target_ids", targets),
            obj("scope", "whatsapp_business_messaging", "target_ids", targets)),
        "user_id", "9" + config.businessAccountId()));
  }

  // ---------------------------------------------------------------- webhooks subscription and overrides

  private Object subscribedApps(String method, String text) {
    synchronized (engine.lock) {
      switch (method) {
        case "POST" -> {
          Map<String, Object> body = text.isBlank() ? Map.of() : Json.parseObject(text);
          String uri = callbackUri(body.get("override_callback_uri"), body.get("verify_token"));
          subscribed = true;
          wabaOverride = uri;
          engine.webhooks().overrides(wabaOverride, numberOverride);
          return obj("success", true);
        }
        case "GET" -> {
          if (!subscribed) {
            return obj("data", List.of());
          }
          Map<String, Object> app = obj("whatsapp_business_api_data", obj("id", APP_ID,
              "link", "https://www.facebook.com/games/?app_id=" + APP_ID, "name", APP_NAME));
          if (wabaOverride != null) {
            app.put("override_callback_uri", wabaOverride);
          }
          return obj("data", List.of(app));
        }
        case "DELETE" -> {
          subscribed = false;
          wabaOverride = null;
          engine.webhooks().overrides(null, numberOverride);
          return obj("success", true);
        }
        default -> throw GraphException.of(100, "Unsupported method " + method + " on subscribed_apps");
      }
    }
  }

  /** The alternate callback URL of a request, or null when it sets none; Meta's limits are checked. */
  private static @Nullable String callbackUri(@Nullable Object uri, @Nullable Object verifyToken) {
    if (uri == null || "".equals(uri)) {
      return null;
    }
    if (!(uri instanceof String s) || s.length() > 200 || HttpUrl.parse(s) == null) {
      throw GraphException.of(100, "Param override_callback_uri must be a URL of at most 200 characters.");
    }
    if (!(verifyToken instanceof String token) || token.isEmpty()) {
      throw GraphException.of(100, "Param verify_token is required with override_callback_uri.");
    }
    return s;
  }

  // ---------------------------------------------------------------- the number

  /** {@code POST /{phone-number-id}}: the two-step PIN, the number's alternate callback, a display name change. */
  private Object updateNumber(HttpUrl url, String text) {
    String requestedName = url.queryParameter("new_display_name");
    Map<String, Object> body = text.isBlank() ? Map.of() : Json.parseObject(text);
    synchronized (engine.lock) {
      if (requestedName != null) {
        if (requestedName.isBlank()) {
          throw GraphException.of(100, "Param new_display_name must not be empty.");
        }
        newDisplayName = requestedName;
        newNameStatus = "PENDING_REVIEW";
      }
      if (body.containsKey("pin")) {
        pin = checkedPin(body.get("pin"));
      }
      if (body.get("webhook_configuration") instanceof Map<?, ?> config) {
        numberOverride = callbackUri(config.get("override_callback_uri"), config.get("verify_token"));
        engine.webhooks().overrides(wabaOverride, numberOverride);
      }
      if (requestedName == null && !body.containsKey("pin") && !body.containsKey("webhook_configuration")) {
        throw GraphException.of(100, "Nothing to update: send pin, webhook_configuration or new_display_name.");
      }
    }
    return obj("success", true);
  }

  private static String checkedPin(@Nullable Object value) {
    if (!(value instanceof String s) || !PIN.matcher(s).matches()) {
      throw GraphException.of(100, "Param pin must be a 6-digit number.");
    }
    return s;
  }

  private Object register(Map<String, Object> body) {
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    String given = checkedPin(body.get("pin"));
    Object localization = body.get("data_localization_region");
    if (localization != null && !PhoneNumbersApi.DATA_LOCALIZATION_REGIONS.contains(localization)) {
      // The Graph API's answer to a value outside an enumerated parameter's values.
      throw GraphException.of(100, "Param data_localization_region must be one of {"
          + String.join(", ", PhoneNumbersApi.DATA_LOCALIZATION_REGIONS) + "} - got \"" + localization + "\".");
    }
    synchronized (engine.lock) {
      countAttempt(registrations);
      if (!"VERIFIED".equals(codeVerificationStatus)) {
        throw GraphException.of(133006, "Verify the phone number with request_code and verify_code first.");
      }
      if (pin != null && !pin.equals(given)) {
        throw GraphException.of(133005, "Two step verification PIN Mismatch");
      }
      pin = given;
      region = (String) localization;
      registered = true;
    }
    return obj("success", true);
  }

  private Object deregister() {
    synchronized (engine.lock) {
      countAttempt(deregistrations);
      registered = false;
      region = null;
    }
    return obj("success", true);
  }

  /**
   * Counts a registration or deregistration attempt in its moving window, failing or not: past the limit Meta
   * answers 133016 (the 11th attempt within 72 hours). Called under the engine's lock.
   */
  private void countAttempt(Deque<Instant> attempts) {
    Instant now = engine.now();
    while (!attempts.isEmpty() && attempts.peekFirst().isBefore(now.minus(REGISTRATION_WINDOW))) {
      attempts.removeFirst();
    }
    if (attempts.size() >= REGISTRATIONS_PER_WINDOW) {
      throw GraphException.of(133016, "Registration or Deregistration failed because there were too many attempts"
          + " for this phone number in a short period of time");
    }
    attempts.addLast(now);
  }

  private Object requestCode(HttpUrl url) {
    String method = url.queryParameter("code_method");
    String language = url.queryParameter("language");
    if (!"SMS".equals(method) && !"VOICE".equals(method)) {
      throw GraphException.of(100, "Param code_method must be one of {SMS, VOICE}.");
    }
    if (language == null || language.isBlank()) {
      throw GraphException.of(100, "The parameter language is required.");
    }
    synchronized (engine.lock) {
      pendingCode = String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
    }
    return obj("success", true);
  }

  private Object verifyCode(HttpUrl url) {
    String code = url.queryParameter("code");
    synchronized (engine.lock) {
      if (pendingCode == null || !pendingCode.equals(code)) {
        throw GraphException.of(136025, "Verify code error: the code is wrong or was not requested.");
      }
      pendingCode = null;
      codeVerificationStatus = "VERIFIED";
    }
    return obj("success", true);
  }

  /** Sends fail with Meta's 133010 while the number is deregistered. */
  void checkRegistered() {
    synchronized (engine.lock) {
      if (!registered) {
        throw GraphException.of(133010, "The phone number is not registered with the Cloud API.");
      }
    }
  }

  /** The number's fields this part owns, merged into {@code GET /{phone-number-id}}. */
  Map<String, Object> phoneFields() {
    synchronized (engine.lock) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("verified_name", verifiedName != null ? verifiedName : engine.config.verifiedName());
      out.put("name_status", nameStatus);
      if (newDisplayName != null) {
        out.put("new_display_name", newDisplayName);
        out.put("new_name_status", newNameStatus);
      }
      out.put("code_verification_status", codeVerificationStatus);
      out.put("status", registered ? "CONNECTED" : "DISCONNECTED");
      Map<String, Object> webhooks = new LinkedHashMap<>();
      if (numberOverride != null) {
        webhooks.put("phone_number", numberOverride);
      }
      if (wabaOverride != null) {
        webhooks.put("whatsapp_business_account", wabaOverride);
      }
      String app = engine.webhooks().url();
      if (app != null) {
        webhooks.put("application", app);
      }
      out.put("webhook_configuration", webhooks);
      out.put("health_status", healthStatus());
      return out;
    }
  }

  /**
   * The number's {@code health_status} in Meta's shape: the number, its WABA, the business portfolio and the app, the
   * overall answer the worst of theirs. Only the number's registration is modelled: while deregistered the number is
   * BLOCKED with the error its sends answer (133010); Meta's page lists no error codes, so that choice is the fake's.
   */
  private Map<String, Object> healthStatus() {
    String state = registered ? "AVAILABLE" : "BLOCKED";
    Map<String, Object> number = obj("entity_type", "PHONE_NUMBER", "id", engine.config.phoneNumberId(),
        "can_send_message", state, "can_receive_call_sip", state);
    if (!registered) {
      number.put("errors", List.of(obj("error_code", 133010, "error_description",
          "The phone number is not registered with the Cloud API.", "possible_solution",
          "Register the phone number: POST /<PHONE_NUMBER_ID>/register.")));
    }
    return obj("can_send_message", state, "entities", List.of(number,
        obj("entity_type", "WABA", "id", engine.config.businessAccountId(), "can_send_message", "AVAILABLE"),
        obj("entity_type", "BUSINESS", "id", BUSINESS_PORTFOLIO_ID, "can_send_message", "AVAILABLE"),
        obj("entity_type", "APP", "id", APP_ID, "can_send_message", "AVAILABLE", "can_receive_call_sip",
            "AVAILABLE")));
  }

  // ---------------------------------------------------------------- what the test reads and decides

  /** The verification code Meta "sent" for the last {@code request_code}, or null when none is pending. */
  public @Nullable String verificationCode() {
    synchronized (engine.lock) {
      return pendingCode;
    }
  }

  /** Whether the number is registered with the Cloud API. */
  public boolean registered() {
    synchronized (engine.lock) {
      return registered;
    }
  }

  /** The two-step verification PIN, or null before the first registration or PIN change. */
  public @Nullable String twoStepPin() {
    synchronized (engine.lock) {
      return pin;
    }
  }

  /** The Local Storage region of the registration, or null. */
  public @Nullable String dataLocalizationRegion() {
    synchronized (engine.lock) {
      return region;
    }
  }

  /** Meta's review decides the requested display name: approved names become the number's verified name. */
  public void decideDisplayName(boolean approve) {
    synchronized (engine.lock) {
      if (newDisplayName == null) {
        throw new IllegalStateException("no display name change was requested");
      }
      newNameStatus = approve ? "APPROVED" : "DECLINED";
      if (approve) {
        verifiedName = newDisplayName;
        nameStatus = "APPROVED";
      }
    }
  }

  /** Meta asks for the number's ownership to be verified again: registering fails with 133006 until it is. */
  public void requireReverification() {
    synchronized (engine.lock) {
      codeVerificationStatus = "EXPIRED";
    }
  }

  /** Whether the app is subscribed to the WABA's webhooks. */
  public boolean appSubscribed() {
    synchronized (engine.lock) {
      return subscribed;
    }
  }
}
