package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The send endpoint checked against Meta's wire format with hand-written JSON (cloud-api.md §2, §7). */
class SendMessageWireTest {
  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
    fake.user("+16505551234").sends("hello");
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  @Test
  void textMessageGetsMetasResponseEnvelope() {
    Wire.Reply reply = wire.send(Wire.text("+16505551234", "Hi there"));

    assertThat(reply.code()).isEqualTo(200);
    String wamid = fake.sentMessages().get(0).id();
    assertThat(wamid).startsWith("wamid.");
    assertThat(reply.body()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+16505551234\","
        + "\"wa_id\":\"16505551234\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}");
    assertThat(fake.sentMessages().get(0).text()).isEqualTo("Hi there");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\",\"type\":\"text\",\"text\":{\"preview_url\":true,\"body\":\"See https://example.com\"}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"image\",\"image\":{\"link\":\"https://example.com/a.jpg\",\"caption\":\"A\"}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"video\",\"video\":{\"link\":\"https://example.com/a.mp4\"}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"document\",\"document\":{\"link\":\"https://example.com/a.pdf\",\"filename\":\"invoice.pdf\"}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"audio\",\"audio\":{\"link\":\"https://example.com/a.ogg\",\"voice\":true}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"sticker\",\"sticker\":{\"link\":\"https://example.com/a.webp\"}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"location\",\"location\":{\"latitude\":37.48,\"longitude\":-122.14,\"name\":\"HQ\",\"address\":\"1 Hacker Way\"}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"contacts\",\"contacts\":[{\"name\":{\"formatted_name\":\"Jane Doe\",\"first_name\":\"Jane\"},\"phones\":[{\"phone\":\"+16505550000\",\"type\":\"WORK\"}]}]}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Pick\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":{\"id\":\"yes\",\"title\":\"Yes\"}},{\"type\":\"reply\",\"reply\":{\"id\":\"no\",\"title\":\"No\"}}]}}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"list\",\"header\":{\"type\":\"text\",\"text\":\"Menu\"},\"body\":{\"text\":\"Choose\"},\"footer\":{\"text\":\"Thanks\"},\"action\":{\"button\":\"Options\",\"sections\":[{\"title\":\"A\",\"rows\":[{\"id\":\"a1\",\"title\":\"First\",\"description\":\"One\"}]},{\"title\":\"B\",\"rows\":[{\"id\":\"b1\",\"title\":\"Second\"}]}]}}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"cta_url\",\"body\":{\"text\":\"Visit\"},\"action\":{\"name\":\"cta_url\",\"parameters\":{\"display_text\":\"Open\",\"url\":\"https://example.com\"}}}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"location_request_message\",\"body\":{\"text\":\"Where are you?\"},\"action\":{\"name\":\"send_location\"}}}",
      "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"context\":{\"message_id\":\"wamid.quoted\"},\"biz_opaque_callback_data\":\"order-7\",\"type\":\"text\",\"text\":{\"body\":\"Reply\"}}"
  })
  void everyMessageTypeIsAccepted(String body) {
    Wire.Reply reply = wire.send(body);

    assertThat(reply.code()).as(reply.body()).isEqualTo(200);
    assertThat(reply.at("messaging_product")).isEqualTo("whatsapp");
    assertThat(fake.sentMessages()).hasSize(1);
    assertThat(fake.sentMessages().get(0).status()).isEqualTo(DeliveryStatus.DELIVERED);
  }

  @Test
  void reactionToAKnownMessageIsAccepted() {
    String inbound = fake.userMessages().get(0).id();
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"reaction\","
        + "\"reaction\":{\"message_id\":\"" + inbound + "\",\"emoji\":\"\\uD83D\\uDC4D\"}}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(fake.sentMessages().get(0).field("reaction", "emoji")).isEqualTo("👍");
  }

  @Test
  void wrongTokenIsError190With401() {
    Wire.Reply reply = wire.withToken("nope").send(Wire.text("16505551234", "x"));

    assertThat(reply.code()).isEqualTo(401);
    assertThat(reply.body()).matches("\\{\"error\":\\{\"message\":\"Invalid OAuth access token - Cannot parse "
        + "access token\",\"type\":\"OAuthException\",\"code\":190,\"fbtrace_id\":\"A[A-Za-z0-9_-]+\"}}");
    assertThat(fake.sentMessages()).isEmpty();
  }

  @Test
  void missingTokenIsRejected() {
    Wire.Reply reply = wire.withToken("").send(Wire.text("16505551234", "x"));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo(2500L);
  }

  @Test
  void unknownPhoneNumberIdIsGraphMethodException() {
    Wire.Reply reply = wire.post("/v26.0/999/messages", Wire.text("16505551234", "x"));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "type")).isEqualTo("GraphMethodException");
    assertThat(reply.at("error", "code")).isEqualTo(100L);
    assertThat((String) reply.at("error", "message")).startsWith("Unsupported post request. Object with ID '999' "
        + "does not exist");
  }

  @Test
  void malformedJsonIsError100() {
    Wire.Reply reply = wire.send("{\"messaging_product\":");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo(100L);
    assertThat(reply.at("error", "message")).isEqualTo("(#100) Invalid parameter");
  }

  @Test
  void missingMessagingProductIsError100WithMetasDetails() {
    Wire.Reply reply = wire.send("{\"to\":\"16505551234\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}");

    assertThat(reply.code()).isEqualTo(400);
    Map<String, Object> error = Json.map(reply.json(), "error");
    assertThat(error).containsEntry("message", "(#100) Invalid parameter").containsEntry("type", "OAuthException")
        .containsEntry("code", 100L).containsKey("fbtrace_id")
        .containsEntry("error_data", Map.of("messaging_product", "whatsapp", "details",
            "The parameter messaging_product is required."));
    assertThat(error).doesNotContainKey("error_subcode");
  }

  @Test
  void missingRequiredParameterIs131008() {
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"text\","
        + "\"text\":{}}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "message")).isEqualTo("(#131008) Required parameter is missing");
    assertThat(reply.at("error", "error_data", "details")).isEqualTo("The parameter text['body'] is required.");
  }

  @Test
  void invalidValueIs131009() {
    String tooLong = "x".repeat(4097);
    Wire.Reply reply = wire.send(Wire.text("16505551234", tooLong));

    assertThat(reply.at("error", "message")).isEqualTo("(#131009) Parameter value is not valid");
    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("Param text['body'] must be at most 4096 characters long, was 4097.");
  }

  @Test
  void fourButtonsAreRejected() {
    StringBuilder buttons = new StringBuilder();
    for (int i = 0; i < 4; i++) {
      buttons.append(i == 0 ? "" : ",").append("{\"type\":\"reply\",\"reply\":{\"id\":\"b").append(i)
          .append("\",\"title\":\"B").append(i).append("\"}}");
    }
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"interactive\","
        + "\"interactive\":{\"type\":\"button\",\"body\":{\"text\":\"Pick\"},\"action\":{\"buttons\":[" + buttons
        + "]}}}");

    assertThat(reply.at("error", "code")).isEqualTo(131009L);
    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("Param interactive['action']['buttons'] must have 1 to 3 buttons, had 4.");
  }

  @Test
  void misspelledParameterIs100() {
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"text\","
        + "\"txt\":{\"body\":\"x\"}}");

    assertThat(reply.at("error", "code")).isEqualTo(100L);
  }

  @Test
  void mediaNeedsExactlyOneOfIdAndLink() {
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"image\","
        + "\"image\":{\"caption\":\"x\"}}");

    assertThat(reply.at("error", "code")).isEqualTo(131008L);
    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("Exactly one of image['id'] or image['link'] is required.");
  }

  @Test
  void markAsReadWithTypingIndicator() {
    UserMessage inbound = fake.userMessages().get(0);
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\""
        + inbound.id() + "\",\"typing_indicator\":{\"type\":\"text\"}}");

    assertThat(reply.code()).isEqualTo(200);
    assertThat(reply.body()).isEqualTo("{\"success\":true}");
    assertThat(fake.userMessages().get(0).readByBusiness()).isTrue();
    assertThat(fake.userMessages().get(0).typingIndicator()).isTrue();
  }

  @Test
  void aLaterPlainReadKeepsTheTypingIndicator() {
    // given a user message the app has not acknowledged
    UserMessage inbound = fake.userMessages().get(0);
    assertThat(inbound.readState()).isEqualTo(UserMessage.ReadState.UNREAD);

    // when the app marks it read with a typing indicator, then read again without one
    wire.send("{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\"" + inbound.id()
        + "\",\"typing_indicator\":{\"type\":\"text\"}}");
    wire.send("{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\"" + inbound.id() + "\"}");

    // then the indicator that was shown stays on record
    assertThat(fake.userMessages().get(0).readState())
        .isEqualTo(UserMessage.ReadState.READ_WITH_TYPING_INDICATOR);
  }

  @Test
  void aPlainReadIsReadWithoutTypingIndicator() {
    UserMessage inbound = fake.userMessages().get(0);

    wire.send("{\"messaging_product\":\"whatsapp\",\"status\":\"read\",\"message_id\":\"" + inbound.id() + "\"}");

    UserMessage read = fake.userMessages().get(0);
    assertThat(read.readState()).isEqualTo(UserMessage.ReadState.READ);
    assertThat(read.readByBusiness()).isTrue();
    assertThat(read.typingIndicator()).isFalse();
  }

  @Test
  void markAsReadOfAnUnknownMessageIs131009() {
    Wire.Reply reply = wire.send("{\"messaging_product\":\"whatsapp\",\"status\":\"read\","
        + "\"message_id\":\"wamid.unknown\"}");

    assertThat(reply.at("error", "code")).isEqualTo(131009L);
  }

  @Test
  void unknownPathListsTheRoutes() {
    Wire.Reply reply = wire.get("/v26.0/" + fake.phoneNumberId() + "/nothing_here");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "code")).isEqualTo(2500L);
    assertThat((String) reply.at("error", "error_data", "details")).contains("POST /{version}/{phone-number-id}/messages");
  }

  @Test
  void everyRequestIsJournaled() {
    wire.send(Wire.text("16505551234", "one"));
    wire.withToken("bad").send(Wire.text("16505551234", "two"));

    List<FakeRequest> requests = fake.requests();
    assertThat(requests).extracting(FakeRequest::responseCode).containsExactly(200, 401);
    assertThat(requests.get(0).isSendMessage()).isTrue();
    assertThat(requests.get(0).json()).containsEntry("to", "16505551234");
  }
}
