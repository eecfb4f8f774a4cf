package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The payment configurations of one business (India's Payments onboarding APIs): list, get, create (a payment
 * gateway configuration starts {@code Needs_Connecting} and answers an OAuth link; a {@code upi_vpa} one is
 * {@code Active} at once), regenerate the OAuth link, set the data endpoint, delete; and the test's fixture that
 * creates one {@code Active} without OAuth. Each status change sends Meta's {@code payment_configuration_update}
 * webhook. Every business of a fake has its own; thread-safe: state is guarded by the engine's lock.
 */
public final class PaymentConfigurations {
  /** Meta's statuses as the onboarding API spells them (the webhook writes them with spaces). */
  public static final Set<String> STATUSES = Set.of("Active", "Needs_Connecting", "Needs_Testing");
  static final Set<String> PROVIDERS = Set.of("upi_vpa", "razorpay", "payu", "zaakpay", "billdesk");
  private static final String OAUTH_URL = "https://www.facebook.com/payment/onboarding/init/";
  private static final long OAUTH_LINK_SECONDS = 3600;
  private static final Map<String, String> PURPOSES = Map.ofEntries(Map.entry("00", "Default"),
      Map.entry("01", "SEMI"), Map.entry("02", "AMC"), Map.entry("03", "Travel"), Map.entry("04", "Hospitality"),
      Map.entry("05", "Hospital"), Map.entry("06", "Telecom"), Map.entry("07", "Insurance"),
      Map.entry("08", "Education"), Map.entry("09", "Gifting"), Map.entry("10", "Others"));

  /** One configuration. Not thread-safe: touched only under the engine's lock. */
  static final class Configuration {
    String name = "";
    String provider = "";
    @Nullable String providerMid;
    String merchantCategoryCode = "0000";
    String purposeCode = "00";
    String status = "Needs_Connecting";
    @Nullable String merchantVpa;
    @Nullable String dataEndpointUrl;
    long created;
    long updated;

    boolean gateway() {
      return !provider.equals("upi_vpa");
    }

    Map<String, Object> json() {
      return obj("configuration_name", name,
          "merchant_category_code", obj("code", merchantCategoryCode, "description",
              "Merchant category code " + merchantCategoryCode),
          "purpose_code", obj("code", purposeCode, "description", PURPOSES.getOrDefault(purposeCode, "Others")),
          "status", status, "provider_mid", providerMid, "provider_name", provider, "merchant_vpa", merchantVpa,
          "data_endpoint_url", dataEndpointUrl, "created_timestamp", created, "updated_timestamp", updated);
    }
  }

  private final FakeEngine engine;
  private final Map<String, Configuration> configurations = new LinkedHashMap<>();
  /** Whether the business accepted the WhatsApp Payments terms of service (as a business with payments has). */
  private boolean termsAccepted = true;

  PaymentConfigurations(FakeEngine engine) {
    this.engine = engine;
  }

  /** The configuration named {@code name}, or null. Call under the engine's lock. */
  @Nullable Configuration find(String name) {
    return configurations.get(name);
  }

  /** The names of the business's configurations, for error details. Call under the engine's lock. */
  List<String> names() {
    return List.copyOf(configurations.keySet());
  }

  void reset() {
    configurations.clear();
    termsAccepted = true;
  }

  /**
   * Throws Meta's error for a business that has not accepted the WhatsApp Payments terms of service: 131005 "Access
   * denied" for the configuration APIs, 134011 for an {@code order_details} send. Call under the engine's lock.
   */
  void requireTerms(int code) {
    if (!termsAccepted) {
      throw GraphException.of(code, "The WhatsApp Business Account has not accepted the WhatsApp Payments terms of "
          + "service: accept them in WhatsApp Manager (Account tools > Payment configurations), then retry.");
    }
  }

  // ---------------------------------------------------------------- the test's side

  /**
   * Creates configuration {@code name} of {@code provider} already connected and tested ({@code Active}), as if
   * the business had linked its payment gateway account; no webhook.
   */
  public void createActive(String name, String provider) {
    if (name.isBlank() || name.length() > 60) {
      throw new IllegalArgumentException("name: a configuration name is 1 to 60 characters, was \"" + name + "\"");
    }
    String normalized = provider.toLowerCase(Locale.ROOT);
    if (!PROVIDERS.contains(normalized)) {
      throw new IllegalArgumentException("provider: must be one of " + new java.util.TreeSet<>(PROVIDERS)
          + ", was \"" + provider + "\"");
    }
    synchronized (engine.lock) {
      if (configurations.containsKey(name)) {
        throw new IllegalStateException("payment configuration " + name + " already exists");
      }
      Configuration c = create(name, normalized);
      c.status = "Active";
      c.providerMid = c.gateway() ? mid() : null;
    }
  }

  /**
   * Moves configuration {@code name} to {@code status} ({@code Active}, {@code Needs_Connecting} or
   * {@code Needs_Testing}; spaces are read as underscores) and sends {@code payment_configuration_update}.
   */
  public void status(String name, String status) {
    String normalized = status.strip().replace(' ', '_');
    if (!STATUSES.contains(normalized)) {
      throw new IllegalArgumentException("status: must be one of " + new java.util.TreeSet<>(STATUSES) + ", was \""
          + status + "\"");
    }
    synchronized (engine.lock) {
      Configuration c = configurations.get(name);
      if (c == null) {
        throw new IllegalArgumentException("no payment configuration " + name + " in this business; it has "
            + names());
      }
      if (c.status.equals(normalized)) {
        return;
      }
      c.status = normalized;
      c.updated = engine.now().getEpochSecond();
      if (c.gateway() && c.providerMid == null && !normalized.equals("Needs_Connecting")) {
        c.providerMid = mid(); // connected to the gateway's merchant account
      }
      Map<String, Object> value = obj("configuration_name", c.name, "provider_name", c.provider,
          "provider_mid", c.providerMid, "status", c.status.replace('_', ' '), "created_timestamp", c.created,
          "updated_timestamp", c.updated);
      engine.events.wabaChange("payment_configuration_update", value, engine.now());
    }
  }

  /** Sets whether the business accepted the WhatsApp Payments terms of service (true at first). */
  public void termsAccepted(boolean accepted) {
    synchronized (engine.lock) {
      termsAccepted = accepted;
    }
  }

  // ---------------------------------------------------------------- Graph API

  /** {@code GET /{waba-id}/payment_configurations}: Meta's extra nesting, {@code data[0].payment_configurations}. */
  Map<String, Object> list() {
    synchronized (engine.lock) {
      requireTerms(131005);
      List<Object> all = new ArrayList<>();
      configurations.values().forEach(c -> all.add(c.json()));
      return obj("data", List.of(obj("payment_configurations", all)));
    }
  }

  /** {@code GET /{waba-id}/payment_configuration/{name}}. */
  Map<String, Object> get(String name) {
    synchronized (engine.lock) {
      requireTerms(131005);
      return obj("data", List.of(existing(name).json()));
    }
  }

  /** {@code POST /{waba-id}/payment_configuration}. */
  Map<String, Object> create(String text) {
    Map<String, Object> body = Json.parseObject(text);
    String name = required(body, "configuration_name");
    if (name.length() > 60) {
      throw GraphException.of(100, "Param configuration_name must be at most 60 characters long, was "
          + name.length() + ".");
    }
    String provider = required(body, "provider_name").toLowerCase(Locale.ROOT);
    if (!PROVIDERS.contains(provider)) {
      throw GraphException.of(100, "Param provider_name must be one of " + new java.util.TreeSet<>(PROVIDERS)
          + ", was \"" + body.get("provider_name") + "\".");
    }
    String mcc = optional(body, "merchant_category_code");
    if (mcc != null && !mcc.matches("\\d{4}")) {
      throw GraphException.of(100, "Param merchant_category_code must be 4 digits, was \"" + mcc + "\".");
    }
    Object purposeValue = body.get("purpose_code") instanceof Map<?, ?> m ? m.get("code") : body.get("purpose_code");
    String purpose = purposeValue == null ? null : String.valueOf(purposeValue);
    if (purpose != null && !PURPOSES.containsKey(purpose)) {
      throw GraphException.of(100, "Param purpose_code must be one of " + new java.util.TreeSet<>(PURPOSES.keySet())
          + ", was \"" + purpose + "\".");
    }
    String vpa = optional(body, "merchant_vpa");
    if (vpa != null && !provider.equals("upi_vpa")) {
      throw GraphException.of(100, "Param merchant_vpa is only for provider_name upi_vpa.");
    }
    String redirect = optional(body, "redirect_url");
    if (redirect != null && !redirect.startsWith("https://") && !redirect.startsWith("http://")) {
      throw GraphException.of(100, "Param redirect_url must be an http(s) URL, was \"" + redirect + "\".");
    }
    synchronized (engine.lock) {
      requireTerms(131005);
      if (configurations.containsKey(name)) {
        throw GraphException.of(100, "Param configuration_name must be unique in the WhatsApp Business Account: \""
            + name + "\" exists.");
      }
      Configuration c = create(name, provider);
      c.merchantCategoryCode = mcc == null ? c.merchantCategoryCode : mcc;
      c.purposeCode = purpose == null ? c.purposeCode : purpose;
      c.merchantVpa = vpa;
      if (!c.gateway()) {
        c.status = "Active"; // nothing to link: the business's own VPA
        return obj("success", true);
      }
      return obj("oauth_url", OAUTH_URL, "expiration", engine.now().getEpochSecond() + OAUTH_LINK_SECONDS,
          "success", true);
    }
  }

  /** {@code POST /{waba-id}/generate_payment_configuration_oauth_link}. */
  Map<String, Object> oauthLink(String text) {
    Map<String, Object> body = Json.parseObject(text);
    String name = required(body, "configuration_name");
    synchronized (engine.lock) {
      requireTerms(131005);
      if (!existing(name).gateway()) {
        throw GraphException.of(100, "Param configuration_name names a upi_vpa configuration (" + name
            + "), which links to no payment gateway.");
      }
      return obj("oauth_url", OAUTH_URL, "expiration", engine.now().getEpochSecond() + OAUTH_LINK_SECONDS);
    }
  }

  /** {@code POST /{waba-id}/payment_configuration/{name}}: the data endpoint (Meta documents no answer). */
  Map<String, Object> update(String name, String text) {
    Map<String, Object> body = Json.parseObject(text);
    String url = body.containsKey("data-endpoint-url") ? optional(body, "data-endpoint-url")
        : required(body, "data_endpoint_url");
    if (url == null || (!url.startsWith("https://") && !url.startsWith("http://"))) {
      throw GraphException.of(100, "Param data_endpoint_url must be an http(s) URL, was \"" + url + "\".");
    }
    synchronized (engine.lock) {
      requireTerms(131005);
      Configuration c = existing(name);
      c.dataEndpointUrl = url;
      c.updated = engine.now().getEpochSecond();
      return obj("success", true);
    }
  }

  /** {@code DELETE /{waba-id}/payment_configuration} with {@code configuration_name} in the body (or the query). */
  Map<String, Object> delete(HttpUrl url, String text) {
    String name = text.isBlank() ? url.queryParameter("configuration_name")
        : optional(Json.parseObject(text), "configuration_name");
    if (name == null || name.isBlank()) {
      throw GraphException.of(100, "The parameter configuration_name is required.");
    }
    synchronized (engine.lock) {
      requireTerms(131005);
      existing(name);
      configurations.remove(name);
      return obj("success", true);
    }
  }

  private Configuration create(String name, String provider) {
    Configuration c = new Configuration();
    c.name = name;
    c.provider = provider;
    c.created = engine.now().getEpochSecond();
    c.updated = c.created;
    configurations.put(name, c);
    return c;
  }

  private Configuration existing(String name) {
    Configuration c = configurations.get(name);
    if (c == null) {
      throw GraphException.of(100, "Param configuration_name (" + name + ") is not a payment configuration of "
          + "this WhatsApp Business Account; it has " + names() + ".");
    }
    return c;
  }

  /** A payment gateway merchant account id, shaped like Razorpay's ({@code acc_...}). */
  private String mid() {
    return "acc_" + engine.ids.numeric(7_000_000_000L);
  }

  private static String required(Map<String, Object> body, String key) {
    String value = optional(body, key);
    if (value == null || value.isBlank()) {
      throw GraphException.of(100, "The parameter " + key + " is required.");
    }
    return value;
  }

  private static @Nullable String optional(Map<String, Object> body, String key) {
    Object value = body.get(key);
    if (value != null && !(value instanceof String)) {
      throw GraphException.of(100, "Param " + key + " must be a string, was " + value + ".");
    }
    return (String) value;
  }
}
