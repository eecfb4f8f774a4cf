package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.PacingStatus;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TextMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WhatsAppClientTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static TextMessage text(String to, String body) {
    return Message.text(Recipient.phoneNumber(to), body);
  }

  @Test
  void sendsTextWithMetaEnvelopeAndParsesTheAnswer() throws Exception {
    graph.enqueueSent("16505551234", "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5");

    SendResult result = graph.client().messages().send(text("+16505551234", "Does it come in another color?"));

    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
         "text":{"body":"Does it come in another color?"}}""");
    assertThat(result).isEqualTo(new SendResult(
        "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5", "+16505551234", "16505551234", null, null));
  }

  @Test
  void parsesBsuidAnswerTemplatePacingAndIgnoresUnknownFields() {
    graph.enqueue(200, """
        {"messaging_product":"whatsapp","future_field":{"x":[1,2]},
         "contacts":[{"input":"US.13491208655302741918","user_id":"US.13491208655302741918","new":true}],
         "messages":[{"id":"wamid.ABC","message_status":"held_for_quality_assessment","other":1}]}""");

    SendResult result = graph.client().messages().send(
        Message.text(Recipient.userId("US.13491208655302741918"), "hi"));

    assertThat(result.waId()).isNull();
    assertThat(result.userId()).isEqualTo("US.13491208655302741918");
    assertThat(result.messageStatus()).isEqualTo(PacingStatus.HELD_FOR_QUALITY_ASSESSMENT);
    assertThat(result.messageStatus().isKnown()).isTrue();
  }

  @Test
  void bsuidRecipientGoesOutAsRecipientField() throws Exception {
    graph.enqueueSent("1", "wamid.X");
    graph.client().messages().send(Message.text(Recipient.userId("US.13491208655302741918"), "hi"));
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","recipient":"US.13491208655302741918",
         "type":"text","text":{"body":"hi"}}""");
  }

  @Test
  void sendAsyncCompletesWithTheResult() throws Exception {
    graph.enqueueSent("16505551234", "wamid.ASYNC");
    SendResult result = graph.client().messages().sendAsync(text("16505551234", "hi")).get();
    assertThat(result.messageId()).isEqualTo("wamid.ASYNC");
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
         "text":{"body":"hi"}}""");
  }

  @Test
  void marksAsReadAndShowsTypingIndicator() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    graph.client().messages().markAsRead("wamid.IN1");
    graph.client().messages().showTypingIndicator("wamid.IN2");

    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","status":"read","message_id":"wamid.IN1"}""");
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","status":"read","message_id":"wamid.IN2","typing_indicator":{"type":"text"}}""");
  }

  @Test
  void rawRequestsGetAuthAndErrors() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    Map<String, Object> answer = graph.client().raw().post(
        GraphServerExtension.PHONE_NUMBER_ID + "/register", Map.of("messaging_product", "whatsapp"));
    RecordedRequest request = graph.take();
    assertThat(answer).containsEntry("success", true);
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/106540352242922/register");
    assertThat(request.getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\"}");
    GraphServerExtension.assertHeaders(request);

    graph.enqueue(200, "{\"id\":\"106540352242922\",\"verified_name\":\"Acme\"}");
    assertThat(graph.client().raw().get("106540352242922", Map.of("fields", "verified_name")))
        .containsEntry("verified_name", "Acme");
    assertThat(graph.take().getUrl().query()).isEqualTo("fields=verified_name");

    assertThatThrownBy(() -> graph.client().raw().get("../x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("path");
  }

  @Test
  void twoClientsWithDifferentSettingsCoexist() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(0);
      other.enqueue(new mockwebserver3.MockResponse.Builder().code(200)
          .body("{\"messages\":[{\"id\":\"wamid.OTHER\"}]}").build());
      graph.enqueueSent("16505551234", "wamid.FIRST");
      try (WhatsApp second = WhatsApp.builder().accessToken("second-token").phoneNumberId("999")
          .apiVersion("v24.0").baseUrl(other.url("/").toString())
          .clock(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)).build()) {

        assertThat(graph.client().messages().send(text("16505551234", "a")).messageId()).isEqualTo("wamid.FIRST");
        assertThat(second.messages().send(text("16505551234", "b")).messageId()).isEqualTo("wamid.OTHER");

        RecordedRequest first = graph.take();
        RecordedRequest fromSecond = other.takeRequest();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/106540352242922/messages");
        assertThat(fromSecond.getUrl().encodedPath()).isEqualTo("/v24.0/999/messages");
        assertThat(fromSecond.getHeaders().get("Authorization")).isEqualTo("Bearer second-token");
        assertThat(second.clock().instant()).isEqualTo(Instant.EPOCH);
        assertThat(graph.client().apiVersion()).isEqualTo("v26.0");
      }
    }
  }

  @Test
  void builderRejectsMissingAndInvalidSettings() {
    assertThatThrownBy(() -> WhatsApp.builder().phoneNumberId("1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("accessToken");
    assertThatThrownBy(() -> WhatsApp.builder().accessToken("t").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("phoneNumberId");
    assertThatThrownBy(() -> WhatsApp.builder().apiVersion("26"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("apiVersion").hasMessageContaining("'26'");
    assertThatThrownBy(() -> WhatsApp.builder().phoneNumberId("12/34"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phoneNumberId");
    assertThatThrownBy(() -> WhatsApp.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> WhatsApp.builder().readTimeout(java.time.Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
  }

  @Test
  void invalidRecipientIsRejectedBeforeAnyCall() {
    assertThatThrownBy(() -> Recipient.phoneNumber("+1 (650) abc"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to").hasMessageContaining("+1 (650) abc");
    assertThatThrownBy(() -> Recipient.phoneNumber("+1234567890123456"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("15 digits");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
