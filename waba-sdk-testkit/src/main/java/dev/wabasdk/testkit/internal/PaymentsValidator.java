package dev.wabasdk.testkit.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks the Payments API's interactive messages ({@code order_details}, {@code order_status}) the way the Cloud API
 * does, for India (INR) and Brazil (BRL): 131008 for a missing parameter, 131009 for an invalid value, each naming
 * the JSON path. What needs the business's state (its payment configurations, earlier reference ids, the clock) is
 * checked by {@link PaymentRoutes}. Stateless.
 */
final class PaymentsValidator {
  static final String PARAMETERS = "interactive['action']['parameters']";
  static final Set<String> GATEWAYS = Set.of("billdesk", "razorpay", "payu", "zaakpay");
  static final Set<String> ORDER_STATUSES = Set.of("pending", "processing", "partially_shipped", "shipped",
      "completed", "canceled");
  private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9_.\\-]+");
  private static final Set<String> INDIA_SETTINGS = Set.of("payment_gateway", "payment_link", "upi_intent_link");
  private static final Set<String> BRAZIL_SETTINGS = Set.of("pix_dynamic_code", "payment_link", "boleto",
      "offsite_card_pay");
  private static final Set<String> PIX_KEY_TYPES = Set.of("CPF", "CNPJ", "EMAIL", "PHONE", "EVP");
  private static final Set<String> UPI_APPS = Set.of("gpay", "phonepe", "paytm", "bhim", "amazonpay", "cred",
      "mobikwik");
  private static final Set<String> UPI_LINK_ATTRIBUTES = Set.of("pa", "pn", "mc", "purpose", "tr");
  /** The PG-specific fields of a payment gateway setting, echoed in webhooks and look-ups, with their limits. */
  private static final Map<String, Map<String, Integer>> ECHO_FIELDS = Map.of(
      "razorpay", Map.of("receipt", 40, "notes", 256, "encrypted_payment_gateway_data", Integer.MAX_VALUE),
      "payu", Map.of("udf1", 255, "udf2", 255, "udf3", 255, "udf4", 255,
          "encrypted_payment_gateway_data", Integer.MAX_VALUE),
      "zaakpay", Map.of("extra1", 180, "extra2", 180),
      "billdesk", Map.of("additional_info1", 120, "additional_info2", 120, "additional_info3", 120,
          "additional_info4", 120, "additional_info5", 120, "additional_info6", 120, "additional_info7", 120));

  private PaymentsValidator() {}

  /** Validates {@code interactive} of kind {@code order_details} or {@code order_status}. */
  static void validate(String kind, Map<String, Object> interactive, Map<String, Object> action) {
    max("interactive['body']['text']", Json.string(interactive, "body", "text"), 1024);
    Map<String, Object> parameters = parameters(action);
    if (kind.equals("order_details")) {
      name(action, "review_and_pay");
      orderDetails(interactive, parameters);
    } else {
      name(action, "review_order");
      orderStatus(parameters);
    }
  }

  /**
   * Validates the {@code action.order_details} of a checkout button template (India) or order details template
   * (Brazil) send: the same object, and the same rules, as an {@code order_details} message's
   * {@code action.parameters}; errors name {@code at}, the button's path. The template's own header is not an
   * order's header, so the message's header rules do not apply.
   */
  static void templateOrderDetails(Map<String, Object> orderDetails, String at) {
    try {
      orderDetails(Map.of(), orderDetails);
    } catch (GraphException e) {
      String details = e.error().details();
      if (details == null) {
        throw e;
      }
      throw GraphException.of(e.error().code(), details.replace(PARAMETERS, at));
    }
  }

  /**
   * {@code action.parameters}: a JSON object, as in every Meta example; Meta's text calls it a stringified JSON
   * object, so a string holding one is read too.
   */
  static Map<String, Object> parameters(Map<String, Object> action) {
    Object value = action.get("parameters");
    if (value == null) {
      throw GraphException.of(131008, "The parameter " + PARAMETERS + " is required.");
    }
    if (value instanceof String text) {
      try {
        return Json.parseObject(text);
      } catch (Json.MalformedJsonException e) {
        throw GraphException.of(131009, "Param " + PARAMETERS + " must be a JSON object (or a string holding one).");
      }
    }
    Map<String, Object> parameters = Json.map(value);
    if (parameters == null) {
      throw GraphException.of(131009, "Param " + PARAMETERS + " must be a JSON object.");
    }
    return parameters;
  }

  private static void name(Map<String, Object> action, String expected) {
    Object name = action.get("name");
    if (name == null) {
      throw GraphException.of(131008, "The parameter interactive['action']['name'] is required.");
    }
    if (!expected.equals(name)) {
      throw GraphException.of(131009, "Param interactive['action']['name'] must be \"" + expected + "\", was \""
          + name + "\".");
    }
  }

  // ---------------------------------------------------------------- order_details

  private static void orderDetails(Map<String, Object> interactive, Map<String, Object> p) {
    String currency = oneOf(p, "currency", Set.of("INR", "BRL"));
    boolean india = currency.equals("INR");
    referenceId(p, india ? 35 : 60);
    oneOf(p, "type", Set.of("digital-goods", "physical-goods"));
    header(interactive, india || p.get("order") != null);
    String paymentType = Json.string(p, "payment_type");
    if (!india && paymentType == null) {
      throw GraphException.of(131008, "The parameter " + PARAMETERS + "['payment_type'] is required: \"br\" for "
          + "BRL orders.");
    }
    if (p.containsKey("payment_type") && !(india ? "upi" : "br").equals(p.get("payment_type"))) {
      throw GraphException.of(131009, "Param " + PARAMETERS + "['payment_type'] must be \"" + (india ? "upi" : "br")
          + "\" for " + currency + " orders, was \"" + p.get("payment_type") + "\".");
    }
    List<Object> settings = settings(p, india);
    if (india) {
      boolean legacy = "upi".equals(paymentType) && p.containsKey("payment_configuration");
      if (settings.isEmpty() && !legacy) {
        throw GraphException.of(131008, "The parameter " + PARAMETERS + "['payment_settings'] is required (or, "
            + "for the legacy UPI intent, payment_type \"upi\" with payment_configuration).");
      }
      if (p.containsKey("payment_configuration")) {
        String configuration = text(p, "payment_configuration", PARAMETERS + "['payment_configuration']");
        max(PARAMETERS + "['payment_configuration']", configuration, 60);
      }
      boolean link = settings.stream().anyMatch(s -> "payment_link".equals(Json.string(s, "type")));
      if (link && !"upi".equals(paymentType)) {
        throw GraphException.of(131008, "The parameter " + PARAMETERS + "['payment_type'] is required: \"upi\" "
            + "with a payment_link setting.");
      }
    }
    long total = amount(p.get("total_amount"), PARAMETERS + "['total_amount']", true);
    Map<String, Object> order = Json.map(p, "order");
    if (order == null) {
      if (p.get("order") != null || india) {
        throw GraphException.of(p.get("order") == null ? 131008 : 131009, "The parameter " + PARAMETERS
            + "['order'] is required" + (p.get("order") == null ? "." : " to be a JSON object."));
      }
      return; // Brazil's simplified order: the total only
    }
    order(order, india, total);
  }

  private static void header(Map<String, Object> interactive, boolean allowed) {
    Object header = interactive.get("header");
    if (header == null) {
      return;
    }
    if (!allowed) {
      throw GraphException.of(131009, "Param interactive['header'] is not supported in an order_details message "
          + "without an order (a simplified Brazilian order).");
    }
    if (!"image".equals(Json.string(header, "type"))) {
      throw GraphException.of(131009, "Param interactive['header']['type'] must be \"image\" in an order_details "
          + "message, was " + describe(Json.at(header, "type")) + ".");
    }
    if (Json.string(header, "image", "link") == null && Json.string(header, "image", "id") == null) {
      throw GraphException.of(131008, "The parameter interactive['header']['image']['link'] (or ['id']) is "
          + "required.");
    }
  }

  private static List<Object> settings(Map<String, Object> p, boolean india) {
    Object value = p.get("payment_settings");
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?>) || Json.list(p, "payment_settings").isEmpty()) {
      throw GraphException.of(131009, "Param " + PARAMETERS + "['payment_settings'] must be a non-empty array.");
    }
    List<Object> settings = Json.list(p, "payment_settings");
    Set<String> known = india ? INDIA_SETTINGS : BRAZIL_SETTINGS;
    for (int i = 0; i < settings.size(); i++) {
      String at = PARAMETERS + "['payment_settings'][" + i + "]";
      String type = Json.string(settings.get(i), "type");
      if (type == null) {
        throw GraphException.of(131008, "The parameter " + at + "['type'] is required.");
      }
      if (!known.contains(type)) {
        throw GraphException.of(131009, "Param " + at + "['type'] must be one of " + sorted(known) + " for "
            + (india ? "INR" : "BRL") + " orders, was \"" + type + "\".");
      }
      Map<String, Object> setting = Json.map(settings.get(i), type);
      if (setting == null) {
        throw GraphException.of(131008, "The parameter " + at + "['" + type + "'] is required.");
      }
      setting(type, setting, at + "['" + type + "']");
    }
    return settings;
  }

  private static void setting(String type, Map<String, Object> s, String at) {
    switch (type) {
      case "payment_gateway" -> gateway(s, at);
      case "payment_link" -> {
        url(text(s, "uri", at + "['uri']"), at + "['uri']");
        for (String key : List.of("success_url", "cancel_url")) {
          if (s.containsKey(key)) {
            url(text(s, key, at + "['" + key + "']"), at + "['" + key + "']");
          }
        }
      }
      case "upi_intent_link" -> upiLink(text(s, "link", at + "['link']"), at + "['link']");
      case "pix_dynamic_code" -> {
        for (String key : List.of("code", "merchant_name", "key", "key_type")) {
          text(s, key, at + "['" + key + "']");
        }
        if (!PIX_KEY_TYPES.contains(Json.string(s, "key_type"))) {
          throw GraphException.of(131009, "Param " + at + "['key_type'] must be one of " + sorted(PIX_KEY_TYPES)
              + ", was \"" + s.get("key_type") + "\".");
        }
      }
      case "boleto" -> text(s, "digitable_line", at + "['digitable_line']");
      case "offsite_card_pay" -> {
        String digits = text(s, "last_four_digits", at + "['last_four_digits']");
        if (!digits.matches("\\d{4}")) {
          throw GraphException.of(131009, "Param " + at + "['last_four_digits'] must be 4 digits, was \"" + digits
              + "\".");
        }
        text(s, "credential_id", at + "['credential_id']");
      }
      default -> throw new IllegalArgumentException("not a payment setting: " + type);
    }
  }

  private static void gateway(Map<String, Object> g, String at) {
    String type = text(g, "type", at + "['type']");
    if (!GATEWAYS.contains(type)) {
      throw GraphException.of(131009, "Param " + at + "['type'] must be one of " + sorted(GATEWAYS) + ", was \""
          + type + "\".");
    }
    max(at + "['configuration_name']", text(g, "configuration_name", at + "['configuration_name']"), 60);
    for (String other : GATEWAYS) {
      if (!other.equals(type) && g.containsKey(other)) {
        throw GraphException.of(131009, "Param " + at + "['" + other + "'] does not match the payment gateway "
            + "type \"" + type + "\".");
      }
    }
    Object specific = g.get(type);
    if (specific != null) {
      echoFields(type, specific, at + "['" + type + "']");
    }
    List<Object> preferred = Json.list(g, "preferred_payment_methods");
    if (preferred.size() > 1) {
      throw GraphException.of(131009, "Param " + at + "['preferred_payment_methods'] takes at most one method, had "
          + preferred.size() + ".");
    }
    for (Object method : preferred) {
      if (!UPI_APPS.contains(Json.string(method, "method"))) {
        throw GraphException.of(131009, "Param " + at + "['preferred_payment_methods'][0]['method'] must be one "
            + "of " + sorted(UPI_APPS) + ", was " + describe(Json.at(method, "method")) + ".");
      }
    }
    for (Object option : Json.list(g, "enabled_payment_options")) {
      if (!"upi".equals(option) && !"web".equals(option)) {
        throw GraphException.of(131009, "Param " + at + "['enabled_payment_options'] takes \"upi\" and \"web\", "
            + "had " + describe(option) + ".");
      }
    }
  }

  private static void echoFields(String gateway, Object specific, String at) {
    Map<String, Object> fields = Json.map(specific);
    if (fields == null) {
      throw GraphException.of(131009, "Param " + at + " must be a JSON object.");
    }
    Map<String, Integer> limits = ECHO_FIELDS.getOrDefault(gateway, Map.of());
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      Integer limit = limits.get(e.getKey());
      if (limit == null) {
        throw GraphException.of(100, "Unexpected key \"" + e.getKey() + "\" on param \"" + at + "\"; " + gateway
            + " takes " + sorted(limits.keySet()) + ".");
      }
      if (e.getKey().equals("notes")) {
        Map<String, Object> notes = Json.map(e.getValue());
        if (notes == null || notes.size() > 15) {
          throw GraphException.of(131009, "Param " + at + "['notes'] must be an object of at most 15 keys.");
        }
        notes.forEach((k, v) -> max(at + "['notes']['" + k + "']", String.valueOf(v), limit));
        continue;
      }
      if (!(e.getValue() instanceof String value)) {
        throw GraphException.of(131009, "Param " + at + "['" + e.getKey() + "'] must be a string.");
      }
      if (e.getKey().equals("receipt") && value.isEmpty()) {
        throw GraphException.of(131009, "Param " + at + "['receipt'] must be 1 to 40 characters long.");
      }
      max(at + "['" + e.getKey() + "']", value, limit);
    }
  }

  private static void upiLink(String link, String at) {
    if (!link.startsWith("upi://pay?")) {
      throw GraphException.of(131009, "Param " + at + " must be a upi://pay? link, was \"" + link + "\".");
    }
    for (String pair : link.substring("upi://pay?".length()).split("&")) {
      String key = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
      if (!UPI_LINK_ATTRIBUTES.contains(key)) {
        throw GraphException.of(131009, "Param " + at + " may carry only the attributes " + sorted(UPI_LINK_ATTRIBUTES)
            + ", had \"" + key + "\".");
      }
    }
  }

  private static void order(Map<String, Object> order, boolean india, long total) {
    String at = PARAMETERS + "['order']";
    String status = text(order, "status", at + "['status']");
    if (!status.equals("pending")) {
      throw GraphException.of(131009, "Param " + at + "['status'] must be \"pending\" in an order_details message, "
          + "was \"" + status + "\".");
    }
    if (order.containsKey("type") && !"quick_pay".equals(order.get("type"))) {
      throw GraphException.of(131009, "Param " + at + "['type'] must be \"quick_pay\", was "
          + describe(order.get("type")) + ".");
    }
    Object expiration = order.get("expiration");
    if (expiration != null) {
      expirationTimestamp(order);
      String description = Json.string(expiration, "description");
      if (description == null && !india) {
        throw GraphException.of(131008, "The parameter " + at + "['expiration']['description'] is required.");
      }
      max(at + "['expiration']['description']", description, 120);
    }
    boolean catalog = order.get("catalog_id") != null;
    List<Object> items = Json.list(order, "items");
    if (items.isEmpty()) {
      throw GraphException.of(131008, "The parameter " + at + "['items'] is required (at least one item).");
    }
    boolean images = items.stream().anyMatch(i -> Json.at(i, "image") != null);
    if (images && india && (items.size() > 10 || catalog)) {
      throw GraphException.of(131009, "Param " + at + "['items'] with item images takes at most 10 items and no "
          + "catalog_id" + (catalog ? "; catalog_id was given." : ", had " + items.size() + "."));
    }
    long subtotal = 0;
    for (int i = 0; i < items.size(); i++) {
      subtotal += item(items.get(i), at + "['items'][" + i + "]", india, catalog);
    }
    long declared = amount(order.get("subtotal"), at + "['subtotal']", true);
    if (declared != subtotal) {
      throw GraphException.of(131009, "Param " + at + "['subtotal']['value'] must be the sum of each item's "
          + "sale_amount (or amount) times quantity, " + subtotal + ", was " + declared + ".");
    }
    long tax = amount(order.get("tax"), at + "['tax']", false);
    long shipping = order.containsKey("shipping") ? amount(order.get("shipping"), at + "['shipping']", false) : 0;
    long discount = order.containsKey("discount") ? amount(order.get("discount"), at + "['discount']", false) : 0;
    for (String part : List.of("tax", "shipping", "discount")) {
      max(at + "['" + part + "']['description']", Json.string(order, part, "description"), 60);
    }
    max(at + "['discount']['discount_program_name']", Json.string(order, "discount", "discount_program_name"), 60);
    long expected = subtotal + tax + shipping - discount;
    if (total != expected) {
      throw GraphException.of(131009, "Param " + PARAMETERS + "['total_amount']['value'] must be subtotal + tax + "
          + "shipping - discount, " + subtotal + " + " + tax + " + " + shipping + " - " + discount + " = "
          + expected + ", was " + total + ".");
    }
    beneficiaries(order);
  }

  /** The expiration timestamp (epoch seconds, a string as Meta documents it; a JSON number is read too). */
  static long expirationTimestamp(Map<String, Object> order) {
    String at = PARAMETERS + "['order']['expiration']['timestamp']";
    Object value = Json.at(order, "expiration", "timestamp");
    if (value == null) {
      throw GraphException.of(131008, "The parameter " + at + " is required.");
    }
    if (value instanceof Long n) {
      return n;
    }
    if (value instanceof String s && s.matches("\\d{1,12}")) {
      return Long.parseLong(s);
    }
    throw GraphException.of(131009, "Param " + at + " must be UTC epoch seconds as a string, was " + describe(value)
        + ".");
  }

  /** Checks an item; returns what it adds to the subtotal. */
  private static long item(Object item, String at, boolean india, boolean catalog) {
    max(at + "['name']", text(item, "name", at + "['name']"), 60);
    boolean image = Json.at(item, "image") != null;
    if (india && image && Json.at(item, "retailer_id") != null) {
      throw GraphException.of(131009, "Param " + at + "['image'] cannot be combined with retailer_id.");
    }
    if (!india) {
      text(item, "retailer_id", at + "['retailer_id']");
    }
    if (india && !catalog) {
      for (String key : List.of("country_of_origin", "importer_name", "importer_address")) {
        if (Json.at(item, key) == null) {
          throw GraphException.of(131008, "The parameter " + at + "['" + key + "'] is required when the order "
              + "has no catalog_id.");
        }
      }
    }
    long amount = amount(Json.at(item, "amount"), at + "['amount']", true);
    long unit = amount;
    if (Json.at(item, "sale_amount") != null) {
      unit = amount(Json.at(item, "sale_amount"), at + "['sale_amount']", true);
      if (unit >= amount) {
        throw GraphException.of(131009, "Param " + at + "['sale_amount']['value'] must be less than the amount ("
            + amount + "), was " + unit + ".");
      }
    }
    Object quantity = Json.at(item, "quantity");
    if (quantity == null) {
      throw GraphException.of(131008, "The parameter " + at + "['quantity'] is required.");
    }
    if (!(quantity instanceof Long q) || q <= 0) {
      throw GraphException.of(131009, "Param " + at + "['quantity'] must be a positive integer, was "
          + describe(quantity) + ".");
    }
    return unit * q;
  }

  private static void beneficiaries(Map<String, Object> order) {
    // Checked when given; Meta requires them for shipped physical goods, which the fake does not decide.
    List<Object> list = Json.list(order, "beneficiaries");
    for (int i = 0; i < list.size(); i++) {
      String at = PARAMETERS + "['order']['beneficiaries'][" + i + "]";
      max(at + "['name']", text(list.get(i), "name", at + "['name']"), 200);
      max(at + "['address_line1']", text(list.get(i), "address_line1", at + "['address_line1']"), 100);
      max(at + "['address_line2']", Json.string(list.get(i), "address_line2"), 100);
      text(list.get(i), "city", at + "['city']");
      text(list.get(i), "state", at + "['state']");
      if (!"India".equals(text(list.get(i), "country", at + "['country']"))) {
        throw GraphException.of(131009, "Param " + at + "['country'] must be \"India\".");
      }
      if (!text(list.get(i), "postal_code", at + "['postal_code']").matches("\\d{6}")) {
        throw GraphException.of(131009, "Param " + at + "['postal_code'] must be 6 digits.");
      }
    }
  }

  // ---------------------------------------------------------------- order_status

  private static void orderStatus(Map<String, Object> p) {
    referenceId(p, 60);
    Object order = p.get("order");
    Object payment = p.get("payment");
    if (order == null && payment == null) {
      throw GraphException.of(131008, "The parameter " + PARAMETERS + "['order'] is required (or ['payment'], for "
          + "a Brazilian payment status update).");
    }
    if (order != null) {
      String at = PARAMETERS + "['order']";
      String status = text(order, "status", at + "['status']");
      if (!ORDER_STATUSES.contains(status)) {
        throw GraphException.of(131009, "Param " + at + "['status'] must be one of " + sorted(ORDER_STATUSES)
            + ", was \"" + status + "\".");
      }
      max(at + "['description']", Json.string(order, "description"), 120);
    }
    if (payment != null) {
      String at = PARAMETERS + "['payment']";
      String status = text(payment, "status", at + "['status']");
      if (!Set.of("pending", "captured", "failed").contains(status)) {
        throw GraphException.of(131009, "Param " + at + "['status'] must be one of [captured, failed, pending], "
            + "was \"" + status + "\".");
      }
      Object timestamp = Json.at(payment, "timestamp");
      if (timestamp != null && !(timestamp instanceof Long)) {
        throw GraphException.of(131009, "Param " + at + "['timestamp'] must be an integer (epoch seconds), was "
            + describe(timestamp) + ".");
      }
    }
  }

  // ---------------------------------------------------------------- shared

  private static void referenceId(Map<String, Object> p, int limit) {
    String at = PARAMETERS + "['reference_id']";
    String id = text(p, "reference_id", at);
    if (!REFERENCE_ID.matcher(id).matches()) {
      throw GraphException.of(131009, "Param " + at + " may hold only English letters, digits, '_', '-' and '.', "
          + "was \"" + id + "\".");
    }
    max(at, id, limit);
  }

  /**
   * An amount object: {@code value} an integer ({@code positive}: above 0, else 0 or more) and {@code offset} 100.
   * Returns the value.
   */
  private static long amount(@Nullable Object amount, String at, boolean positive) {
    if (amount == null) {
      throw GraphException.of(131008, "The parameter " + at + " is required.");
    }
    Object value = Json.at(amount, "value");
    Object offset = Json.at(amount, "offset");
    if (value == null || offset == null) {
      throw GraphException.of(131008, "The parameter " + at + "['" + (value == null ? "value" : "offset")
          + "'] is required.");
    }
    if (!(offset instanceof Long o) || o != 100) {
      throw GraphException.of(131009, "Param " + at + "['offset'] must be 100, was " + describe(offset) + ".");
    }
    if (!(value instanceof Long v) || v < 0 || (positive && v == 0)) {
      throw GraphException.of(131009, "Param " + at + "['value'] must be " + (positive ? "a positive" : "a "
          + "non-negative") + " integer (the amount times 100), was " + describe(value) + ".");
    }
    return v;
  }

  private static String oneOf(Map<String, Object> p, String key, Set<String> allowed) {
    String value = text(p, key, PARAMETERS + "['" + key + "']");
    if (!allowed.contains(value)) {
      throw GraphException.of(131009, "Param " + PARAMETERS + "['" + key + "'] must be one of " + sorted(allowed)
          + ", was \"" + value + "\".");
    }
    return value;
  }

  /** A required non-empty string. */
  private static String text(@Nullable Object object, String key, String at) {
    Object value = Json.at(object, key);
    if (value == null || (value instanceof String s && s.isEmpty())) {
      throw GraphException.of(131008, "The parameter " + at + " is required.");
    }
    if (!(value instanceof String s)) {
      throw GraphException.of(131009, "Param " + at + " must be a string, was " + describe(value) + ".");
    }
    return s;
  }

  private static void url(String value, String at) {
    if (!value.startsWith("https://") && !value.startsWith("http://")) {
      throw GraphException.of(131009, "Param " + at + " must be an http(s) URL, was \"" + value + "\".");
    }
  }

  private static void max(String name, @Nullable String value, int limit) {
    if (value != null && value.codePointCount(0, value.length()) > limit) {
      throw GraphException.of(131009, "Param " + name + " must be at most " + limit + " characters long, was "
          + value.codePointCount(0, value.length()) + ".");
    }
  }

  private static String describe(@Nullable Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  private static String sorted(Set<String> values) {
    return new java.util.TreeSet<>(values).toString();
  }
}
