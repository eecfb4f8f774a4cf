package dev.wabasdk.testkit;

import static dev.wabasdk.testkit.PaymentsJson.with;
import static dev.wabasdk.testkit.PaymentsJson.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fake takes Meta's address messages (India) and refuses bad ones with Meta's codes and the JSON path. */
class AddressMessagesValidationTest {
  static final String USER = "919876543210";
  private static final String P = "interactive.action.parameters.";
  private static final String PATH = "interactive['action']['parameters']";

  /** Meta's first example: country only. */
  static final String BASIC = """
      {"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"interactive",
       "interactive":{"type":"address_message","body":{"text":"Thanks for your order! Tell us what address you’d \
      like this order delivered to."},"action":{"name":"address_message","parameters":{"country":"IN"}}}}""";
  /** Meta's second example: a saved address. */
  static final String SAVED = """
      {"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"interactive",
       "interactive":{"type":"address_message","body":{"text":"Thanks for your order! Tell us what address you’d \
      like this order delivered to."},"action":{"name":"address_message","parameters":{"country":"IN",
       "saved_addresses":[{"id":"address1","value":{"name":"CUSTOMER_NAME","phone_number":"+91xxxxxxxxxx",
        "in_pin_code":"400063","floor_number":"8","building_name":"","address":"Wing A, Cello Triumph,IB Patel Rd",
        "landmark_area":"Goregaon","city":"Mumbai"}}]}}}}""";
  /** Meta's third example: the business's own checks failed, the form asks again. */
  static final String ERRORS = """
      {"messaging_product":"whatsapp","recipient_type":"individual","to":"919876543210","type":"interactive",
       "interactive":{"type":"address_message","body":{"text":"Thanks for your order! Tell us what address you’d \
      like this order delivered to."},"action":{"name":"address_message","parameters":{"country":"IN",
       "values":{"name":"CUSTOMER_NAME","phone_number":"+91xxxxxxxxxx","in_pin_code":"666666",
        "address":"Some other location","city":"Bengaluru"},
       "validation_errors":{"in_pin_code":"We could not locate this pin code."}}}}}""";

  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    fake.user("+" + USER).sends("I'd like to order");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void metasThreeExamplesAreAccepted() {
    for (String json : List.of(BASIC, SAVED, ERRORS, with(with(BASIC, Map.of("type", "text", "text", "Delivery"),
        "interactive.header"), Map.of("text", "Free over ₹499"), "interactive.footer"))) {
      Wire.Reply reply = wire.send(json);
      assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    }
    assertThat(fake.sentMessages()).extracting(SentMessage::interactiveType).containsOnly("address_message")
        .hasSize(4);
  }

  private static Arguments refused(String name, UnaryOperator<String> change, int code, String details) {
    return Arguments.of(name, change, code, details);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(
        refused("action name", j -> with(BASIC, "address", "interactive.action.name"), 131009,
            "Param interactive['action']['name'] must be \"address_message\", was \"address\"."),
        refused("action name missing", j -> without(BASIC, "interactive.action.name"), 131008,
            "The parameter interactive['action']['name'] is required."),
        refused("country missing", j -> without(BASIC, P + "country"), 131008,
            "The parameter " + PATH + "['country'] is required."),
        refused("parameters missing", j -> without(BASIC, "interactive.action.parameters"), 131008,
            "The parameter " + PATH + "['country'] is required."),
        refused("country not India", j -> with(BASIC, "SG", P + "country"), 131009,
            "Param " + PATH + "['country'] must be \"IN\" (address messages are available to businesses and users "
                + "in India only), was \"SG\"."),
        refused("unknown parameter", j -> with(BASIC, "x", P + "language"), 100,
            "Unexpected key \"language\" on param " + PATH + "."),
        refused("unknown field in values", j -> with(ERRORS, "238823", P + "values.sg_post_code"), 100,
            "Unexpected key \"sg_post_code\" on param " + PATH + "['values']; the address fields are [name, "
                + "phone_number, in_pin_code, house_number, floor_number, tower_number, building_name, address, "
                + "landmark_area, city, state]."),
        refused("value not a string", j -> with(ERRORS, 8L, P + "values.floor_number"), 131009,
            "Param " + PATH + "['values']['floor_number'] must be a string, was 8."),
        refused("values not an object", j -> with(BASIC, "Mumbai", P + "values"), 131009,
            "Param " + PATH + "['values'] must be a JSON object."),
        refused("pin code too long", j -> with(ERRORS, "4000631", P + "values.in_pin_code"), 131009,
            "Param " + PATH + "['values']['in_pin_code'] must be at most 6 characters long, was 7."),
        refused("saved pin code too long", j -> with(SAVED, "4000631", P + "saved_addresses.0.value.in_pin_code"),
            131009, "Param " + PATH + "['saved_addresses'][0]['value']['in_pin_code'] must be at most 6 characters "
                + "long, was 7."),
        refused("unknown field in a saved address", j -> with(SAVED, "12", P + "saved_addresses.0.value.unit_number"),
            100, "Unexpected key \"unit_number\" on param " + PATH + "['saved_addresses'][0]['value']; the address "
                + "fields are [name, phone_number, in_pin_code, house_number, floor_number, tower_number, "
                + "building_name, address, landmark_area, city, state]."),
        refused("saved address id missing", j -> without(SAVED, P + "saved_addresses.0.id"), 131008,
            "The parameter " + PATH + "['saved_addresses'][0]['id'] is required."),
        refused("saved address id empty", j -> with(SAVED, "", P + "saved_addresses.0.id"), 131008,
            "The parameter " + PATH + "['saved_addresses'][0]['id'] is required."),
        refused("saved address ids unique", j -> with(SAVED, List.of(
            Map.of("id", "home", "value", Map.of("city", "Mumbai")),
            Map.of("id", "home", "value", Map.of("city", "Pune"))), P + "saved_addresses"), 131009,
            "Saved address ids must be unique; \"home\" is repeated (" + PATH + "['saved_addresses'][1]['id'])."),
        refused("saved address value missing", j -> without(SAVED, P + "saved_addresses.0.value"), 131008,
            "The parameter " + PATH + "['saved_addresses'][0]['value'] is required."),
        refused("saved address value not an object", j -> with(SAVED, "Mumbai", P + "saved_addresses.0.value"),
            131009, "Param " + PATH + "['saved_addresses'][0]['value'] must be a JSON object."),
        refused("saved addresses not an array", j -> with(BASIC, Map.of("id", "a"), P + "saved_addresses"), 131009,
            "Param " + PATH + "['saved_addresses'] must be an array."),
        refused("validation error on an unknown field", j -> with(ERRORS, "Unknown", P + "validation_errors.zip"),
            131009, "Param " + PATH + "['validation_errors'] may name only address fields [name, phone_number, "
                + "in_pin_code, house_number, floor_number, tower_number, building_name, address, landmark_area, "
                + "city, state], had \"zip\"."),
        refused("validation error not a string", j -> with(ERRORS, true, P + "validation_errors.city"), 131009,
            "Param " + PATH + "['validation_errors']['city'] must be a string, was true."),
        refused("body missing", j -> without(BASIC, "interactive.body"), 131008,
            "The parameter interactive['body']['text'] is required."),
        refused("body too long", j -> with(BASIC, "a".repeat(1025), "interactive.body.text"), 131009,
            "Param interactive['body']['text'] must be at most 1024 characters long, was 1025."),
        refused("header not text", j -> with(BASIC, Map.of("type", "image", "image", Map.of("id", "1")),
            "interactive.header"), 131009,
            "Param interactive['header']['type'] must be \"text\" for an address message, was \"image\"."),
        refused("header too long", j -> with(BASIC, Map.of("type", "text", "text", "h".repeat(61)),
            "interactive.header"), 131009,
            "Param interactive['header']['text'] must be at most 60 characters long, was 61."),
        refused("footer too long", j -> with(BASIC, Map.of("text", "f".repeat(61)), "interactive.footer"), 131009,
            "Param interactive['footer']['text'] must be at most 60 characters long, was 61."),
        refused("not to a group", j -> with(with(BASIC, "group", "recipient_type"), "Y2FwaV9ncm91cDox", "to"),
            131009, "Address messages go to one user, not a group (recipient_type \"group\")."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesWithMetasCodeAndTheJsonPath(String name, UnaryOperator<String> change, int code, String details) {
    Wire.Reply reply = wire.send(change.apply(""));

    assertThat(reply.code()).as(reply.body()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo((long) code);
    assertThat(reply.at("error", "error_data", "details")).isEqualTo(details);
    assertThat(fake.sentMessages()).isEmpty();
  }
}
