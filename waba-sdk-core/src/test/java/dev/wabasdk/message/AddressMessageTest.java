package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Address messages (Meta's "Address Messages" page, India): the three documented bodies on the wire, the rules
 * checked before the send, and {@link AddressValues}.
 */
class AddressMessageTest {
  static final String TO = "+919876543210";
  static final String BODY = "Thanks for your order! Tell us what address you’d like this order delivered to.";
  private static final String HEAD = "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
      + "\"to\":\"919876543210\",\"type\":\"interactive\",";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private String sent(Message message) throws Exception {
    graph.enqueueSent("919876543210", "wamid.SENT");
    graph.client().messages().send(message);
    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/v26.0/" + GraphServerExtension.PHONE_NUMBER_ID + "/messages");
    return request.getBody().utf8();
  }

  @Test
  void sendsMetasBasicExample() throws Exception {
    AddressMessage message = AddressMessage.builder().to(TO).body(BODY).country(AddressMessage.INDIA).build();

    assertThat(sent(message)).isEqualTo(MessageFixtures.compact(HEAD + """
        "interactive":{"type":"address_message","body":{"text":"%s"},
         "action":{"name":"address_message","parameters":{"country":"IN"}}}}""".formatted(BODY)));
  }

  @Test
  void sendsMetasSavedAddressesExample() throws Exception {
    AddressValues saved = AddressValues.builder().name("CUSTOMER_NAME").phoneNumber("+919000000000")
        .inPinCode("400063").floorNumber("8").buildingName("").address("Wing A, Cello Triumph,IB Patel Rd")
        .landmarkArea("Goregaon").city("Mumbai").build();
    AddressMessage message = AddressMessage.builder().to(TO).body(BODY).country("IN")
        .savedAddress("address1", saved).build();

    // Meta's example lists the fields in this order too (name, phone, pin, floor, building, address, landmark, city).
    assertThat(sent(message)).isEqualTo(MessageFixtures.compact(HEAD + """
        "interactive":{"type":"address_message","body":{"text":"%s"},
         "action":{"name":"address_message","parameters":{"country":"IN","saved_addresses":[{"id":"address1",
          "value":{"name":"CUSTOMER_NAME","phone_number":"+919000000000","in_pin_code":"400063","floor_number":"8",
           "building_name":"","address":"Wing A, Cello Triumph,IB Patel Rd","landmark_area":"Goregaon",
           "city":"Mumbai"}}]}}}}""".formatted(BODY)));
  }

  @Test
  void sendsMetasValidationErrorsExampleWithHeaderAndFooter() throws Exception {
    AddressMessage message = AddressMessage.builder().to(TO)
        .header("Delivery address").body(BODY).footer("Free delivery over ₹499")
        .country("IN")
        .values(AddressValues.builder().name("CUSTOMER_NAME").phoneNumber("+919000000000").inPinCode("666666")
            .address("Some other location").city("Bengaluru").build())
        .validationError("in_pin_code", "We could not locate this pin code.")
        .build();

    assertThat(sent(message)).isEqualTo(MessageFixtures.compact(HEAD + """
        "interactive":{"type":"address_message","header":{"type":"text","text":"Delivery address"},
         "body":{"text":"%s"},"footer":{"text":"Free delivery over ₹499"},
         "action":{"name":"address_message","parameters":{"country":"IN",
          "values":{"name":"CUSTOMER_NAME","phone_number":"+919000000000","in_pin_code":"666666",
           "address":"Some other location","city":"Bengaluru"},
          "validation_errors":{"in_pin_code":"We could not locate this pin code."}}}}}""".formatted(BODY)));
  }

  @Test
  void refusesWhatMetaRefusesBeforeTheSend() {
    AddressMessage.Builder base = AddressMessage.builder().to(TO).body(BODY);

    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body(BODY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.parameters.country");
    assertThatThrownBy(() -> base.country("SG").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactive.action.parameters.country: address messages are only available to businesses and"
            + " users in India, must be IN, was 'SG'");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body(BODY).country("IN")
        .values(AddressValues.builder().inPinCode("4000631").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactive.action.parameters.values.in_pin_code: must be at most 6 characters, was '4000631'");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body(BODY).country("IN")
        .savedAddress("home", AddressValues.builder().phoneNumber("call me").build()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interactive.action.parameters.saved_addresses[0].value.phone_number: must be a"
            + " phone number");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body(BODY).country("IN")
        .savedAddress("home", AddressValues.EMPTY).savedAddress("home", AddressValues.EMPTY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.parameters.saved_addresses[1].id")
        .hasMessageContaining("'home' is used more than once");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body(BODY).country("IN")
        .validationError("zip", "Unknown").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interactive.action.parameters.validation_errors.zip: not an address field");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body(BODY).country("IN")
        .validationError("city", " ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.parameters.validation_errors.city");
    assertThatThrownBy(() -> AddressMessage.builder().to(Recipient.group("Y2FwaV9ncm91cDoxNTU1MDAwMDAwMA"))
        .body(BODY).country("IN").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("to: address messages go to one user, not a group");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).header("x".repeat(61)).body(BODY).country("IN").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.header.text");
    assertThatThrownBy(() -> AddressMessage.builder().to(TO).body("").country("IN").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.body.text");
  }

  @Test
  void acceptsPhoneNumbersAsPeopleWriteThem() {
    for (String phone : List.of("+919876543210", "9876543210", "+91 98765 43210", "+91-98765-43210", "022 2345 6789")) {
      AddressMessage message = AddressMessage.builder().to(TO).body(BODY).country("IN")
          .values(AddressValues.builder().phoneNumber(phone).build()).build();
      assertThat(message.values().phoneNumber()).isEqualTo(phone);
    }
  }

  @Test
  void theRecordIsImmutable() {
    Map<String, String> errors = new LinkedHashMap<>(Map.of("city", "Not served yet"));
    AddressMessage message = new AddressMessage(Recipient.phoneNumber(TO), null, BODY, null, "IN", null,
        List.of(), errors, Envelope.EMPTY);
    errors.put("state", "changed");

    assertThat(message.validationErrors()).containsExactly(Map.entry("city", "Not served yet"));
    assertThatThrownBy(() -> message.validationErrors().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addressValuesReadAndWriteMetasNames() {
    Map<String, Object> webhook = new LinkedHashMap<>();
    webhook.put("in_pin_code", "400063");
    webhook.put("building_name", "");
    webhook.put("floor_number", new BigDecimal("8"));
    webhook.put("city", "Mumbai");
    webhook.put("country", "IN"); // not a form field: ignored
    webhook.put("name", null);

    AddressValues values = AddressValues.fromMap(webhook);

    assertThat(values.inPinCode()).isEqualTo("400063");
    assertThat(values.buildingName()).isEmpty();
    assertThat(values.floorNumber()).isEqualTo("8");
    assertThat(values.name()).isNull();
    assertThat(values.asMap()).containsExactly(Map.entry("in_pin_code", "400063"), Map.entry("floor_number", "8"),
        Map.entry("building_name", ""), Map.entry("city", "Mumbai"));
    assertThat(values.get("city")).isEqualTo("Mumbai");
    assertThat(values.toBuilder().city("Pune").build().asMap()).containsEntry("city", "Pune")
        .containsEntry("in_pin_code", "400063");
    assertThat(AddressValues.EMPTY.asMap()).isEmpty();
    assertThatThrownBy(() -> values.get("zip")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an address field: 'zip'");
    assertThatThrownBy(() -> AddressValues.builder().set("country", "IN"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
