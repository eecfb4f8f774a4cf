package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.AddressMessage;
import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.Message;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users answer address messages (India) sent through the SDK: the {@code nfm_reply} webhook named
 * {@code address_message}, exactly as Meta delivers it, replying to the address message; and the control route.
 */
class AddressMessagesFakeTest {
  private static final String USER = "+919876543210";
  private static final String WA_ID = "919876543210";
  private static final AddressValues SAVED = AddressValues.builder().name("CUSTOMER_NAME")
      .phoneNumber("+919876543210").inPinCode("400063").floorNumber("8").buildingName("")
      .address("Wing A, Cello Triumph, IB Patel Rd").landmarkArea("Goregaon").city("Mumbai").build();

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    client = fake.clientBuilder().build();
    fake.user(USER).sends("I'd like to order");
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  private String sendAddressMessage() {
    return client.messages().send(AddressMessage.builder().to(USER)
        .body("Thanks for your order! Tell us what address you’d like this order delivered to.")
        .country(AddressMessage.INDIA).savedAddress("address1", SAVED)
        .savedAddress("office", AddressValues.builder().name("CUSTOMER_NAME").city("Pune").build())
        .build()).messageId();
  }

  @Test
  void aSubmittedAddressIsMetasNfmReplyReplyingToTheAddressMessage() {
    String wamid = sendAddressMessage();
    AddressValues typed = AddressValues.builder().name("CUSTOMER_NAME").phoneNumber("+91XXXXXXXXXX")
        .inPinCode("666666").address("01 Manoj estate").landmarkArea("Bangalore").city("Bangalore")
        .state("Karnataka").build();

    UserMessage reply = fake.user(USER).submitsAddress(typed);

    Map<String, Object> message = lastMessage();
    String expected = """
        {"context":{"from":"%s","id":"%s"},"from":"919876543210","id":"%s","timestamp":"%s","type":"interactive",
         "interactive":{"type":"nfm_reply","nfm_reply":{"name":"address_message",
          "body":"CUSTOMER_NAME\\n+91XXXXXXXXXX\\n666666, 01 Manoj estate, Bangalore, Bangalore, Karnataka",
          "response_json":"{\\"values\\":{\\"name\\":\\"CUSTOMER_NAME\\",\\"phone_number\\":\\"+91XXXXXXXXXX\\",\
        \\"in_pin_code\\":\\"666666\\",\\"address\\":\\"01 Manoj estate\\",\\"landmark_area\\":\\"Bangalore\\",\
        \\"city\\":\\"Bangalore\\",\\"state\\":\\"Karnataka\\"}}"}}}"""
        .formatted(fake.displayPhoneNumber(), wamid, reply.id(), reply.timestamp().getEpochSecond());
    assertThat(message).isEqualTo(Json.parseObject(expected));
    assertThat(Json.string(message, "context", "id")).isEqualTo(wamid);
    assertThat(reply.type()).isEqualTo("interactive");
    // response_json is a JSON string, parsed by the app itself, as for a Flow.
    assertThat(Json.parseObject(Json.string(message, "interactive", "nfm_reply", "response_json")))
        .isEqualTo(Map.of("values", Map.of("name", "CUSTOMER_NAME", "phone_number", "+91XXXXXXXXXX",
            "in_pin_code", "666666", "address", "01 Manoj estate", "landmark_area", "Bangalore",
            "city", "Bangalore", "state", "Karnataka")));
  }

  @Test
  void aPickedSavedAddressCarriesItsIdAndValue() {
    String wamid = sendAddressMessage();

    UserMessage reply = fake.user(USER).picksSavedAddress("address1");

    Map<String, Object> message = lastMessage();
    assertThat(message.get("id")).isEqualTo(reply.id());
    assertThat(message.get("context")).isEqualTo(Map.of("from", fake.displayPhoneNumber(), "id", wamid));
    assertThat(Json.map(message, "interactive")).isEqualTo(Map.of("type", "nfm_reply", "nfm_reply", Map.of(
        "name", "address_message",
        "body", "CUSTOMER_NAME\n+919876543210\n400063, 8, Wing A, Cello Triumph, IB Patel Rd, Goregaon, Mumbai",
        "response_json", "{\"saved_address_id\":\"address1\",\"values\":{\"name\":\"CUSTOMER_NAME\","
            + "\"phone_number\":\"+919876543210\",\"in_pin_code\":\"400063\",\"floor_number\":\"8\","
            + "\"building_name\":\"\",\"address\":\"Wing A, Cello Triumph, IB Patel Rd\","
            + "\"landmark_area\":\"Goregaon\",\"city\":\"Mumbai\"}}")));
  }

  @Test
  void theNewestAddressMessageIsAnswered() {
    sendAddressMessage();
    String newest = client.messages().send(AddressMessage.builder().to(USER).body("Where to?")
        .country(AddressMessage.INDIA).values(AddressValues.builder().inPinCode("666666").build())
        .validationError("in_pin_code", "We could not locate this pin code.").build()).messageId();
    client.messages().send(Message.text(USER, "A text in between"));

    fake.user(USER).submitsAddress(AddressValues.builder().inPinCode("560001").city("Bengaluru").build());

    Map<String, Object> message = lastMessage();
    assertThat(Json.string(message, "context", "id")).isEqualTo(newest);
    assertThat(Json.string(message, "interactive", "nfm_reply", "body")).isEqualTo("560001, Bengaluru");
    // The newest has no saved addresses: the ids of the older one do not count.
    assertThatThrownBy(() -> fake.user(USER).picksSavedAddress("address1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the newest address message to 919876543210 (" + newest + ") has no saved address "
            + "\"address1\"; its saved addresses: []");
  }

  @Test
  void answeringWithoutAnAddressMessageOrWithAnUnknownSavedAddressFails() {
    assertThatThrownBy(() -> fake.user(USER).submitsAddress(SAVED))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the app sent no address message (interactive address_message) to " + WA_ID
            + " that reached them");
    String wamid = sendAddressMessage();

    assertThatThrownBy(() -> fake.user(USER).picksSavedAddress("home"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the newest address message to " + WA_ID + " (" + wamid + ") has no saved address \"home\"; "
            + "its saved addresses: [address1, office]");
    assertThatThrownBy(() -> fake.user(USER).submitsAddress(AddressValues.builder().inPinCode("4000631").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("in_pin_code: the address form takes at most 6 characters, was \"4000631\"");
    assertThat(fake.userMessages()).hasSize(1);
  }

  @Test
  void anAddressMessageThatFailedCannotBeAnswered() {
    fake.clock().advance(Duration.ofHours(25));   // the window closed: the message fails with 131047
    sendAddressMessage();
    fake.awaitWebhooks();

    assertThatThrownBy(() -> fake.user(USER).picksSavedAddress("address1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("sent no address message");
  }

  @Test
  void theControlRouteSubmitsOrPicksAsTheUser() {
    String wamid = sendAddressMessage();
    Wire control = new Wire(fake, "");

    Wire.Reply submitted = control.post("/testkit/users/" + WA_ID + "/addresses",
        "{\"values\":{\"name\":\"Priya\",\"in_pin_code\":\"400063\",\"city\":\"Mumbai\"}}");
    Wire.Reply picked = control.post("/testkit/users/" + WA_ID + "/addresses", "{\"saved_address_id\":\"office\"}");

    assertThat(submitted.code()).as(submitted.body()).isEqualTo(200);
    assertThat(submitted.at("context", "id")).isEqualTo(wamid);
    assertThat(submitted.at("interactive", "nfm_reply", "body")).isEqualTo("Priya\n400063, Mumbai");
    assertThat(submitted.at("interactive", "nfm_reply", "response_json"))
        .isEqualTo("{\"values\":{\"name\":\"Priya\",\"in_pin_code\":\"400063\",\"city\":\"Mumbai\"}}");
    assertThat(picked.code()).as(picked.body()).isEqualTo(200);
    assertThat(picked.at("interactive", "nfm_reply", "response_json"))
        .isEqualTo("{\"saved_address_id\":\"office\",\"values\":{\"name\":\"CUSTOMER_NAME\",\"city\":\"Pune\"}}");
    assertThat(lastMessage().get("id")).isEqualTo(picked.at("id"));

    Wire.Reply unknownField = control.post("/testkit/users/" + WA_ID + "/addresses",
        "{\"values\":{\"zip\":\"400063\"}}");
    assertThat(unknownField.code()).isEqualTo(400);
    assertThat(unknownField.at("error", "message")).isEqualTo("values.zip: not an address field; the fields are "
        + AddressValues.FIELDS);
    Wire.Reply neither = control.post("/testkit/users/" + WA_ID + "/addresses", "{}");
    assertThat(neither.code()).isEqualTo(400);
    assertThat(neither.at("error", "message"))
        .isEqualTo("values (the submitted form, field to text) or saved_address_id is required, was neither");
    Wire.Reply unknownId = control.post("/testkit/users/" + WA_ID + "/addresses", "{\"saved_address_id\":\"x\"}");
    assertThat(unknownId.code()).isEqualTo(400);
    assertThat(unknownId.at("error", "message").toString()).endsWith("its saved addresses: [address1, office]");
    assertThat(unknownId.at("error", "request")).isEqualTo("POST /testkit/users/" + WA_ID + "/addresses");
  }

  private Map<String, Object> lastMessage() {
    fake.awaitWebhooks();
    List<Map<String, Object>> events = new ArrayList<>(receiver.events());
    for (int i = events.size() - 1; i >= 0; i--) {
      Object value = Json.map(Json.list(Json.list(events.get(i), "entry").get(0), "changes").get(0), "value");
      List<Object> messages = Json.list(value, "messages");
      if (!messages.isEmpty()) {
        return Json.map(messages.get(0));
      }
    }
    throw new AssertionError("no message webhook in " + receiver.payloads());
  }
}
