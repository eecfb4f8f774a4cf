package dev.wabasdk.testkit.internal;

import dev.wabasdk.message.AddressValues;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks an interactive {@code address_message} the way Meta's "Address Messages" page states it (India only): the
 * action's name, {@code parameters.country} {@code IN}, Meta's eleven field names with text values in
 * {@code values}, {@code saved_addresses[].value} and {@code validation_errors}, {@code in_pin_code} at most 6
 * characters, unique saved address ids, a text header, one user as the recipient. Codes as in
 * {@link MessageValidator}: 100 for an unknown key, 131008 for a missing parameter, 131009 for a bad value.
 */
final class AddressValidator {
  static final String KIND = "address_message";
  private static final String ACTION = "interactive['action']";
  private static final String PARAMS = ACTION + "['parameters']";
  private static final Set<String> PARAMETERS = Set.of("country", "values", "saved_addresses", "validation_errors");
  private static final int MAX_BODY = 1024;

  private AddressValidator() {}

  /** Validates an address message's interactive object; {@code group}: sent with recipient_type group. */
  static void validate(Map<String, Object> interactive, Map<String, Object> action, boolean group) {
    if (group) {
      throw GraphException.of(131009, "Address messages go to one user, not a group (recipient_type \"group\").");
    }
    Object header = interactive.get("header");
    if (header != null && !"text".equals(Json.string(header, "type"))) {
      throw GraphException.of(131009, "Param interactive['header']['type'] must be \"text\" for an address "
          + "message, was " + quoted(Json.at(header, "type")) + ".");
    }
    MessageValidator.max("interactive['body']['text']", Json.string(interactive, "body", "text"), MAX_BODY);
    Object name = action.get("name");
    if (name == null) {
      throw GraphException.of(131008, "The parameter " + ACTION + "['name'] is required.");
    }
    if (!KIND.equals(name)) {
      throw GraphException.of(131009, "Param " + ACTION + "['name'] must be \"" + KIND + "\", was " + quoted(name)
          + ".");
    }
    Object raw = action.get("parameters");
    if (raw != null && !(raw instanceof Map<?, ?>)) {
      throw GraphException.of(131009, "Param " + PARAMS + " must be a JSON object.");
    }
    Map<String, Object> parameters = raw == null ? Map.of() : object(raw);
    for (String key : parameters.keySet()) {
      if (!PARAMETERS.contains(key)) {
        throw GraphException.of(100, "Unexpected key \"" + key + "\" on param " + PARAMS + ".");
      }
    }
    Object country = parameters.get("country");
    if (country == null || "".equals(country)) {
      throw GraphException.of(131008, "The parameter " + PARAMS + "['country'] is required.");
    }
    if (!"IN".equals(country)) {
      throw GraphException.of(131009, "Param " + PARAMS + "['country'] must be \"IN\" (address messages are "
          + "available to businesses and users in India only), was " + quoted(country) + ".");
    }
    if (parameters.containsKey("values")) {
      values(parameters.get("values"), PARAMS + "['values']");
    }
    if (parameters.containsKey("saved_addresses")) {
      savedAddresses(parameters.get("saved_addresses"));
    }
    if (parameters.containsKey("validation_errors")) {
      validationErrors(parameters.get("validation_errors"));
    }
  }

  private static void savedAddresses(Object raw) {
    String path = PARAMS + "['saved_addresses']";
    if (!(raw instanceof List<?> list)) {
      throw GraphException.of(131009, "Param " + path + " must be an array.");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String entry = path + "[" + i + "]";
      if (!(list.get(i) instanceof Map<?, ?>)) {
        throw GraphException.of(131009, "Param " + entry + " must be a JSON object.");
      }
      Object id = Json.at(list.get(i), "id");
      if (id == null || "".equals(id)) {
        throw GraphException.of(131008, "The parameter " + entry + "['id'] is required.");
      }
      if (!(id instanceof String s)) {
        throw GraphException.of(131009, "Param " + entry + "['id'] must be a string, was " + id + ".");
      }
      if (!ids.add(s)) {
        throw GraphException.of(131009, "Saved address ids must be unique; \"" + s + "\" is repeated (" + entry
            + "['id']).");
      }
      Object value = Json.at(list.get(i), "value");
      if (value == null) {
        throw GraphException.of(131008, "The parameter " + entry + "['value'] is required.");
      }
      values(value, entry + "['value']");
    }
  }

  /** Meta's field names only, each a string; {@code in_pin_code} at most 6 characters. */
  private static void values(Object raw, String path) {
    if (!(raw instanceof Map<?, ?>)) {
      throw GraphException.of(131009, "Param " + path + " must be a JSON object.");
    }
    for (Map.Entry<String, Object> e : object(raw).entrySet()) {
      if (!AddressValues.FIELDS.contains(e.getKey())) {
        throw GraphException.of(100, "Unexpected key \"" + e.getKey() + "\" on param " + path + "; the address "
            + "fields are " + AddressValues.FIELDS + ".");
      }
      if (!(e.getValue() instanceof String value)) {
        throw GraphException.of(131009, "Param " + path + "['" + e.getKey() + "'] must be a string, was "
            + e.getValue() + ".");
      }
      if (e.getKey().equals("in_pin_code")) {
        MessageValidator.max(path + "['in_pin_code']", value, AddressValues.MAX_PIN_CODE_LENGTH);
      }
    }
  }

  private static void validationErrors(Object raw) {
    String path = PARAMS + "['validation_errors']";
    if (!(raw instanceof Map<?, ?>)) {
      throw GraphException.of(131009, "Param " + path + " must be a JSON object.");
    }
    for (Map.Entry<String, Object> e : object(raw).entrySet()) {
      if (!AddressValues.FIELDS.contains(e.getKey())) {
        throw GraphException.of(131009, "Param " + path + " may name only address fields " + AddressValues.FIELDS
            + ", had \"" + e.getKey() + "\".");
      }
      if (!(e.getValue() instanceof String)) {
        throw GraphException.of(131009, "Param " + path + "['" + e.getKey() + "'] must be a string, was "
            + e.getValue() + ".");
      }
    }
  }

  private static String quoted(@Nullable Object value) {
    return value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object raw) {
    return (Map<String, Object>) raw;
  }
}
