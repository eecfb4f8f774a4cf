package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.internal.Json;
import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.CustomerServiceWindowRule;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The user's submitted address (India: {@code nfm_reply} named {@code address_message}), from fixtures shaped as
 * Meta documents it (src/test/resources/payloads/interactive-address-message*.json).
 */
class InboundAddressMessageTest {
  private static final String SAVED = "interactive-address-message.json";
  private static final String TYPED = "interactive-address-message-typed.json";
  private static final String SAVED_RESPONSE_JSON = "{\"saved_address_id\":\"address1\",\"values\":{\"in_pin_code\":"
      + "\"400063\",\"building_name\":\"\",\"landmark_area\":\"Goregaon\",\"address\":\"Wing A, Cello Triumph, IB "
      + "Patel Rd\",\"city\":\"Mumbai\",\"name\":\"CUSTOMER_NAME\",\"phone_number\":\"+91xxxxxxxxxx\","
      + "\"floor_number\":\"8\"}}";
  /** The {@code timestamp} of both fixtures. */
  private static final Instant SENT_AT = Instant.ofEpochSecond(1772129100L);

  private static String fixture(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  private static WebhookEvent parseOne(String json) {
    List<WebhookEvent> events = WebhookProcessor.parse(json.getBytes(StandardCharsets.UTF_8));
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  /** The saved-address fixture with its {@code nfm_reply} member {@code member} (as in the file) replaced. */
  private static String savedWith(String member, String replacement) {
    String json = fixture(SAVED);
    String responseJson = "\"response_json\": " + Json.write(SAVED_RESPONSE_JSON);
    String name = "\"name\": \"address_message\"";
    String target = member.equals("response_json") ? responseJson : name;
    assertThat(json).contains(target);
    return json.replace(target, replacement);
  }

  @Test
  void aSavedAddressPickedIsTypedWithItsIdAndEveryValue() {
    InboundAddressMessage m = single(SAVED, InboundAddressMessage.class);

    assertThat(m.type()).isEqualTo("interactive");
    assertThat(m.id()).isEqualTo("wamid.ADDRESSREPLY1");
    assertThat(m.eventId()).isEqualTo("message:wamid.ADDRESSREPLY1");
    assertThat(m.from()).isEqualTo(WhatsAppUser.ofWaId("919000012345"));
    assertThat(m.profileName()).isEqualTo("CUSTOMER_NAME");
    assertThat(m.timestamp()).isEqualTo(SENT_AT);
    assertThat(m.businessAccountId()).isEqualTo("102290129340398");
    assertThat(m.context()).isEqualTo(new MessageContext("15550783881", "wamid.ADDRESSMSG1", false, false, null, null));
    assertThat(m.header().context().id()).isEqualTo("wamid.ADDRESSMSG1");
    assertThat(m.body())
        .isEqualTo("CUSTOMER_NAME\n+91xxxxxxxxxx\n400063, 8, Wing A, Cello Triumph, IB Patel Rd, Goregaon, Mumbai");
    assertThat(m.savedAddressId()).isEqualTo("address1");
    assertThat(m.values()).isEqualTo(AddressValues.builder()
        .name("CUSTOMER_NAME")
        .phoneNumber("+91xxxxxxxxxx")
        .inPinCode("400063")
        .floorNumber("8")
        .buildingName("") // sent empty: kept as the empty string, not dropped
        .address("Wing A, Cello Triumph, IB Patel Rd")
        .landmarkArea("Goregaon")
        .city("Mumbai")
        .build());
    assertThat(m.values().buildingName()).isEmpty();
    assertThat(m.values().houseNumber()).isNull();
    assertThat(m.values().state()).isNull();
    assertThat(m.responseJson()).isEqualTo(SAVED_RESPONSE_JSON);
    assertThat(m.response().asMap()).containsEntry("saved_address_id", "address1");
  }

  @Test
  void anAddressTypedInHasNoSavedAddressId() {
    InboundAddressMessage m = single(TYPED, InboundAddressMessage.class);

    assertThat(m.savedAddressId()).isNull();
    assertThat(m.body())
        .isEqualTo("CUSTOMER_NAME\n+91XXXXXXXXXX\n666666, 01 Manoj estate, Bangalore, Bangalore, Karnataka");
    assertThat(m.values().asMap()).containsExactly(
        Map.entry("name", "CUSTOMER_NAME"),
        Map.entry("phone_number", "+91XXXXXXXXXX"),
        Map.entry("in_pin_code", "666666"),
        Map.entry("address", "01 Manoj estate"),
        Map.entry("landmark_area", "Bangalore"),
        Map.entry("city", "Bangalore"),
        Map.entry("state", "Karnataka"));
    assertThat(m.values().inPinCode()).isEqualTo("666666");
    assertThat(m.values().state()).isEqualTo("Karnataka");
    assertThat(m.context().id()).isEqualTo("wamid.ADDRESSMSG2");
    assertThat(m.responseJson()).startsWith("{\"values\":{\"in_pin_code\":\"666666\",");
  }

  @Test
  void aResponseJsonSentAsAnObjectIsReadTheSameAndKeptAsText() {
    String json = savedWith("response_json", "\"response_json\": {\"saved_address_id\": \"address1\", \"values\": "
        + "{\"in_pin_code\": 400063, \"city\": \"Mumbai\", \"building_name\": \"\", \"x_new\": \"kept\"}, "
        + "\"x_meta_adds\": true}");

    InboundAddressMessage m = (InboundAddressMessage) parseOne(json);

    assertThat(m.savedAddressId()).isEqualTo("address1");
    // a number reads as its text; a key that is no address field is only in responseJson
    assertThat(m.values()).isEqualTo(AddressValues.builder().inPinCode("400063").city("Mumbai").buildingName("")
        .build());
    assertThat(m.responseJson()).isEqualTo("{\"saved_address_id\":\"address1\",\"values\":{\"in_pin_code\":400063,"
        + "\"city\":\"Mumbai\",\"building_name\":\"\",\"x_new\":\"kept\"},\"x_meta_adds\":true}");
  }

  @Test
  void noValuesReadAsEmpty() {
    InboundAddressMessage m = (InboundAddressMessage) parseOne(
        savedWith("response_json", "\"response_json\": \"{\\\"saved_address_id\\\":\\\"address2\\\"}\""));
    assertThat(m.savedAddressId()).isEqualTo("address2");
    assertThat(m.values()).isSameAs(AddressValues.EMPTY);

    InboundAddressMessage notAnObject = (InboundAddressMessage) parseOne(
        savedWith("response_json", "\"response_json\": \"{\\\"values\\\":[\\\"Mumbai\\\"]}\""));
    assertThat(notAnObject.savedAddressId()).isNull();
    assertThat(notAnObject.values()).isSameAs(AddressValues.EMPTY);
    assertThat(notAnObject.responseJson()).isEqualTo("{\"values\":[\"Mumbai\"]}");
  }

  @Test
  void aMalformedResponseJsonStillArrivesAsTheFlowReplyItWas() {
    for (String responseJson : List.of("{\"values\":{\"city\":\"Mumbai\"", "[\"address1\"]", "address1", "")) {
      WebhookEvent event = parseOne(savedWith("response_json", "\"response_json\": " + Json.write(responseJson)));

      assertThat(event).as(responseJson).isInstanceOf(InboundFlowReplyMessage.class);
      InboundFlowReplyMessage reply = (InboundFlowReplyMessage) event;
      assertThat(reply.name()).isEqualTo("address_message");
      assertThat(reply.responseJson()).isEqualTo(responseJson);
      assertThat(reply.response()).isNull();
      assertThat(reply.body()).startsWith("CUSTOMER_NAME\n");
      assertThat(reply.context().id()).isEqualTo("wamid.ADDRESSMSG1");
    }
  }

  @Test
  void aFlowsOwnReplyStaysAFlowReplyEvenWithAddressLikeFields() {
    WebhookEvent flow = parseOne(savedWith("name", "\"name\": \"flow\""));
    assertThat(flow).isInstanceOf(InboundFlowReplyMessage.class);
    assertThat(((InboundFlowReplyMessage) flow).name()).isEqualTo("flow");
    assertThat(((InboundFlowReplyMessage) flow).responseJson()).isEqualTo(SAVED_RESPONSE_JSON);

    // no name at all: a flow reply too (only address_message, exactly, is an address)
    WebhookEvent unnamed = parseOne(savedWith("name", "\"x_name\": \"address_message\""));
    assertThat(((InboundFlowReplyMessage) unnamed).name()).isNull();
    WebhookEvent otherCase = parseOne(savedWith("name", "\"name\": \"Address_Message\""));
    assertThat(((InboundFlowReplyMessage) otherCase).name()).isEqualTo("Address_Message");

    assertThat(single("interactive-nfm-reply.json", InboundFlowReplyMessage.class).name()).isEqualTo("flow");
  }

  @Test
  void theFastPathLeavesItToTheFullParser() {
    byte[] body = bytes(SAVED);
    assertThat(WebhookFastPath.parse(body)).isNull();
    assertThat(WebhookProcessor.parse(body)).singleElement().isInstanceOf(InboundAddressMessage.class);

    // what makes it give up is the type: the same message as text (context and all) is taken on
    Map<String, Object> document = Json.readObject(fixture(SAVED));
    Map<String, Object> message = Objects.requireNonNull(Json.firstObject(Json.object(
        Json.firstObject(Json.firstObject(document, "entry"), "changes"), "value"), "messages"));
    message.remove("interactive");
    message.put("type", "text");
    message.put("text", Map.of("body", "400063"));
    String asText = Json.writeTree(document);
    List<WebhookEvent> fast = WebhookFastPath.parse(asText.getBytes(StandardCharsets.UTF_8));
    assertThat(fast).singleElement().isInstanceOf(InboundTextMessage.class);
    assertThat(((InboundTextMessage) fast.get(0)).context().id()).isEqualTo("wamid.ADDRESSMSG1");
  }

  @Test
  void aSignedDeliveryReachesTheListenerOnceAndOpensTheCustomerServiceWindow() {
    MutableClock clock = new MutableClock(SENT_AT.plusSeconds(60));
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(new InMemoryConversationStore()).build();
    List<InboundMessage> messages = new ArrayList<>();
    List<InboundAddressMessage> typed = new ArrayList<>();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
        .policyEngine(engine)
        .on(InboundAddressMessage.class, typed::add)
        .listener(new WebhookListener() {
          @Override
          public void onInboundMessage(InboundMessage message) {
            messages.add(message);
          }
        })
        .build();
    Message reply = Message.text("919000012345", "Thanks, we deliver to 400063 tomorrow");
    assertThat(engine.evaluate(reply).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(engine.evaluate(reply).reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);

    byte[] body = bytes(SAVED);
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);
    assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200); // Meta's redelivery

    assertThat(messages).singleElement().isInstanceOf(InboundAddressMessage.class);
    assertThat(typed).singleElement().isSameAs(messages.get(0));
    assertThat(typed.get(0).values().inPinCode()).isEqualTo("400063");
    assertThat(typed.get(0).savedAddressId()).isEqualTo("address1");
    assertThat(engine.evaluate(reply).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engine.evaluate(reply).facts().lastInboundAt()).isEqualTo(SENT_AT);

    // an unsigned body reaches no one
    byte[] typedIn = bytes(TYPED);
    assertThat(processor.handle(Map.of(), typedIn).statusCode()).isEqualTo(401);
    assertThat(processor.handle(signedHeaders(typedIn), typedIn).statusCode()).isEqualTo(200);
    assertThat(messages).extracting(InboundMessage::id).containsExactly("wamid.ADDRESSREPLY1", "wamid.ADDRESSREPLY2");
  }

  @Test
  void recordsAreComparedByValue() {
    InboundAddressMessage a = single(SAVED, InboundAddressMessage.class);
    InboundAddressMessage b = single(SAVED, InboundAddressMessage.class);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(single(TYPED, InboundAddressMessage.class));
    assertThat(new InboundAddressMessage(a.header(), null, null, AddressValues.EMPTY, "not json").response())
        .isNull();
  }
}
