package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.Json.obj;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET|POST /{phone-number-id}/business_compliance_info}: the fake number's business compliance information
 * (India), checked as Meta's reference describes it (error 100 for a missing or invalid parameter; 192 "Invalid
 * phone number" for a contact number that is not international, the fake's reading of Meta's error list). A POST
 * replaces what was set; the read answers Meta's sample shape, the entity type in words ({@code "Partnership"}) as
 * Meta's sample reads it back. Thread-safe: every method takes the {@link FakeEngine}'s lock.
 */
final class ComplianceInfoRoutes {
  static final List<String> ENTITY_TYPES = List.of("LIMITED_LIABILITY_PARTNERSHIP", "SOLE_PROPRIETORSHIP",
      "PARTNERSHIP", "PUBLIC_COMPANY", "PRIVATE_COMPANY", "OTHER");
  private static final Set<String> FIELDS = Set.of("messaging_product", "entity_name", "entity_type",
      "entity_type_custom", "is_registered", "grievance_officer_details", "customer_care_details");
  // The SDK's rule for an email field (BusinessProfileUpdate), so that what it lets through is not refused here.
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("\\+\\d(?:[ -]?\\d){6,14}");

  private final FakeEngine engine;
  private @Nullable Map<String, Object> info;

  ComplianceInfoRoutes(FakeEngine engine) {
    this.engine = engine;
  }

  void reset() {
    synchronized (engine.lock) {
      info = null;
    }
  }

  /** {@code GET}: Meta's list of one, or an empty list when never set. */
  Map<String, Object> get() {
    synchronized (engine.lock) {
      return obj("data", info == null ? List.of() : List.of(Json.copy(info)));
    }
  }

  /** {@code POST}: checks the body like Meta and replaces the information. */
  Map<String, Object> set(String text) {
    Map<String, Object> body = Json.parseObject(text);
    for (String key : body.keySet()) {
      if (!FIELDS.contains(key)) {
        throw GraphException.of(100, "Param " + key + " is not a valid business compliance info field.");
      }
    }
    if (!"whatsapp".equals(body.get("messaging_product"))) {
      throw GraphException.of(100, "The parameter messaging_product is required.");
    }
    String name = text(body, "entity_name", 128);
    String type = Json.string(body, "entity_type");
    if (type == null || !ENTITY_TYPES.contains(type)) {
      throw GraphException.of(100, "Param entity_type must be one of " + ENTITY_TYPES + ", was "
          + (type == null ? "missing" : type) + ".");
    }
    String custom = null;
    if (type.equals("OTHER")) {
      custom = text(body, "entity_type_custom", 128);
    } else if (body.containsKey("entity_type_custom")) {
      throw GraphException.of(100, "Param entity_type_custom is only allowed with entity_type OTHER.");
    }
    Object registered = body.get("is_registered");
    if (registered != null && !(registered instanceof Boolean)) {
      throw GraphException.of(100, "Param is_registered must be a boolean.");
    }
    if (registered == null && (type.equals("OTHER") || type.equals("PARTNERSHIP"))) {
      throw GraphException.of(100, "The parameter is_registered is required with entity_type " + type + ".");
    }
    Map<String, Object> officer = contacts(body, "grievance_officer_details", true);
    Map<String, Object> care = contacts(body, "customer_care_details", false);
    Map<String, Object> stored = new LinkedHashMap<>();
    stored.put("entity_name", name);
    stored.put("entity_type", inWords(type));
    if (custom != null) {
      stored.put("entity_type_custom", custom);
    }
    if (registered != null) {
      stored.put("is_registered", registered);
    }
    stored.put("grievance_officer_details", officer);
    stored.put("customer_care_details", care);
    stored.put("messaging_product", "whatsapp");
    synchronized (engine.lock) {
      info = stored;
    }
    return obj("success", true);
  }

  private static Map<String, Object> contacts(Map<String, Object> body, String key, boolean named) {
    Map<String, Object> in = Json.map(body, key);
    if (in == null) {
      throw GraphException.of(100, "The parameter " + key + " is required.");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (String field : in.keySet()) {
      if (!List.of("name", "email", "landline_number", "mobile_number").contains(field)
          || field.equals("name") && !named) {
        throw GraphException.of(100, "Param " + key + "[" + field + "] is not a valid field.");
      }
    }
    if (named) {
      out.put("name", text(in, key + "[name]", "name", 256));
    }
    String email = text(in, key + "[email]", "email", 128);
    if (!EMAIL.matcher(email).matches()) {
      throw GraphException.of(100, "Param " + key + "[email] must be a valid email address.");
    }
    out.put("email", email);
    for (String phone : List.of("landline_number", "mobile_number")) {
      Object number = in.get(phone);
      if (number == null) {
        continue;
      }
      if (!(number instanceof String s) || !PHONE.matcher(s).matches()) {
        throw GraphException.of(192, "Invalid phone number: " + key + "[" + phone + "] must be an international"
            + " number with + and the country code.");
      }
      out.put(phone, s);
    }
    return out;
  }

  private static String text(Map<String, Object> body, String key, int max) {
    return text(body, key, key, max);
  }

  private static String text(Map<String, Object> object, String label, String key, int max) {
    Object value = object.get(key);
    if (!(value instanceof String s) || s.isBlank()) {
      throw GraphException.of(100, "The parameter " + label + " is required.");
    }
    if (s.length() > max) {
      throw GraphException.of(100, "Param " + label + " must be at most " + max + " characters long.");
    }
    return s;
  }

  /** {@code PRIVATE_COMPANY} as Meta's read writes it: {@code "Private company"}. */
  static String inWords(String type) {
    String words = type.replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
