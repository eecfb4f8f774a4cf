package dev.wabasdk.testkit.internal;

import static dev.wabasdk.testkit.internal.FakeDispatcher.json;
import static dev.wabasdk.testkit.internal.Json.obj;

import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.internal.MessageLog.SentRecord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mockwebserver3.MockResponse;
import org.jspecify.annotations.Nullable;

/**
 * A user answering an address message (India): the newest {@code address_message} the app sent them, answered
 * with Meta's inbound {@code interactive} {@code nfm_reply} named {@code address_message} (the address as text in
 * {@code body}, {@code response_json} a JSON string with {@code values} and, for a saved address, its
 * {@code saved_address_id}), replying to it with {@code context}. Also the control route
 * {@code POST /testkit/users/{wa_id}/addresses}. Thread-safe: it works under the {@link FakeEngine}'s lock.
 */
public final class AddressReplies {
  static final List<String> CONTROL_ROUTES = List.of("POST /testkit/users/{wa_id}/addresses");
  /** The fields in the order the address line of the reply's text lists them (Meta's example: pin first). */
  private static final List<String> ADDRESS_LINE = List.of("in_pin_code", "house_number", "floor_number",
      "tower_number", "building_name", "address", "landmark_area", "city", "state");

  private final FakeEngine engine;

  AddressReplies(FakeEngine engine) {
    this.engine = engine;
  }

  /**
   * The user fills in the form of the newest address message sent to them and submits {@code values}.
   *
   * @throws IllegalArgumentException for an {@code in_pin_code} longer than the form takes (6 characters)
   */
  public UserMessage submits(String waId, AddressValues values) {
    String pinCode = values.inPinCode();
    if (pinCode != null && pinCode.codePointCount(0, pinCode.length()) > AddressValues.MAX_PIN_CODE_LENGTH) {
      throw new IllegalArgumentException("in_pin_code: the address form takes at most "
          + AddressValues.MAX_PIN_CODE_LENGTH + " characters, was \"" + pinCode + "\"");
    }
    synchronized (engine.lock) {
      SentRecord message = newest(waId);
      return reply(waId, message, null, new LinkedHashMap<>(values.asMap()));
    }
  }

  /** The user picks saved address {@code id} of the newest address message sent to them. */
  public UserMessage picksSaved(String waId, String id) {
    synchronized (engine.lock) {
      SentRecord message = newest(waId);
      List<String> ids = new ArrayList<>();
      for (Object saved : Json.list(message.body, "interactive", "action", "parameters", "saved_addresses")) {
        String savedId = Json.string(saved, "id");
        if (id.equals(savedId)) {
          Map<String, Object> value = Json.map(saved, "value");
          return reply(waId, message, id, value == null ? Map.of() : value);
        }
        ids.add(savedId);
      }
      throw new IllegalArgumentException("the newest address message to " + waId + " (" + message.id + ") has no "
          + "saved address \"" + id + "\"; its saved addresses: " + ids);
    }
  }

  private SentRecord newest(String waId) {
    List<SentRecord> sent = engine.messages.sent();
    for (int i = sent.size() - 1; i >= 0; i--) {
      SentRecord record = sent.get(i);
      // A failed message never reached the phone, so the user cannot answer it.
      if (record.to.equals(waId) && record.status != DeliveryStatus.FAILED
          && AddressValidator.KIND.equals(Json.string(record.body, "interactive", "type"))) {
        return record;
      }
    }
    throw new IllegalStateException("the app sent no address message (interactive address_message) to " + waId
        + " that reached them");
  }

  private UserMessage reply(String waId, SentRecord message, @Nullable String savedId, Map<String, ?> values) {
    Map<String, Object> response = new LinkedHashMap<>();
    if (savedId != null) {
      response.put("saved_address_id", savedId);
    }
    response.put("values", Json.copy(values));
    Map<String, Object> nfm = obj("name", AddressValidator.KIND, "body", text(values),
        "response_json", Json.write(response));
    return engine.userSends(waId, obj("context", obj("from", engine.businessNumber(), "id", message.id),
        "type", "interactive", "interactive", obj("type", "nfm_reply", "nfm_reply", nfm)));
  }

  /**
   * The address as one text, as in Meta's example: the name, the phone number, then the PIN code and the rest of
   * the address joined with ", "; empty fields left out.
   */
  static String text(Map<String, ?> values) {
    List<String> lines = new ArrayList<>();
    for (String field : List.of("name", "phone_number")) {
      String value = nonEmpty(values.get(field));
      if (value != null) {
        lines.add(value);
      }
    }
    List<String> parts = new ArrayList<>();
    for (String field : ADDRESS_LINE) {
      String value = nonEmpty(values.get(field));
      if (value != null) {
        parts.add(value);
      }
    }
    if (!parts.isEmpty()) {
      lines.add(String.join(", ", parts));
    }
    return String.join("\n", lines);
  }

  private static @Nullable String nonEmpty(@Nullable Object value) {
    return value instanceof String s && !s.isBlank() ? s : null;
  }

  /** Answers the address control route, or null when {@code s} names another. */
  @Nullable MockResponse control(String method, List<String> s, String body) {
    if (!method.equals("POST") || s.size() != 4 || !s.get(1).equals("users") || !s.get(3).equals("addresses")) {
      return null;
    }
    String waId = FakeEngine.waId(s.get(2));
    Map<String, Object> request = body.isBlank() ? Map.of() : Json.parseObject(body);
    Object savedId = request.get("saved_address_id");
    Object values = request.get("values");
    if (savedId != null && values != null) {
      throw new IllegalArgumentException("give either saved_address_id (the user picks a saved address) or values "
          + "(the user submits the form), not both");
    }
    UserMessage message;
    if (savedId != null) {
      if (!(savedId instanceof String id) || id.isBlank()) {
        throw new IllegalArgumentException("saved_address_id must be a non-empty string, was " + savedId);
      }
      message = picksSaved(waId, id);
    } else {
      message = submits(waId, values(values));
    }
    return json(200, Json.parseObject(message.message()));
  }

  private static AddressValues values(@Nullable Object raw) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException("values (the submitted form, field to text) or saved_address_id is "
          + "required, was " + (raw == null ? "neither" : "values " + Json.write(raw)));
    }
    AddressValues.Builder builder = AddressValues.builder();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      String field = String.valueOf(e.getKey());
      if (!AddressValues.FIELDS.contains(field)) {
        throw new IllegalArgumentException("values." + field + ": not an address field; the fields are "
            + AddressValues.FIELDS);
      }
      if (!(e.getValue() instanceof String text)) {
        throw new IllegalArgumentException("values." + field + " must be a string, was "
            + Objects.toString(e.getValue()));
      }
      builder.set(field, text);
    }
    return builder.build();
  }
}
