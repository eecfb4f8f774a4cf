package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.CustomerServiceWindowRule;
import dev.wabasdk.policy.PolicyEngine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's reply snippet: a webhook listener answering through the core client (Graph API on loopback). */
class ReplyBotTest {

  private final MockWebServer graph = new MockWebServer();
  private WhatsApp whatsApp;

  @BeforeEach
  void start() throws Exception {
    graph.start(0);
    whatsApp =
        WhatsApp.builder()
            .accessToken("EAAG-test-token")
            .phoneNumberId("106540352242922")
            .baseUrl(graph.url("/").toString())
            .noRateLimit()
            .build();
  }

  @AfterEach
  void stop() {
    whatsApp.close();
    graph.close();
  }

  private void enqueueSent() {
    graph.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"wamid.REPLY\"}]}")
            .build());
  }

  @Test
  void repliesToThePhoneNumberOrToTheBusinessScopedUserId() throws Exception {
    WebhookProcessor processor =
        WebhookProcessor.builder()
            .appSecret(APP_SECRET)
            .verifyToken(VERIFY_TOKEN)
            .on(InboundTextMessage.class, m ->
                whatsApp.messages().send(Message.text(m.from().recipient(), "You said: " + m.body())))
            .build();
    enqueueSent();
    enqueueSent();

    byte[] fromPhone = bytes("text.json");
    byte[] fromUsername = bytes("bsuid-message.json");
    assertThat(processor.handle(signedHeaders(fromPhone), fromPhone).statusCode()).isEqualTo(200);
    assertThat(processor.handle(signedHeaders(fromUsername), fromUsername).statusCode()).isEqualTo(200);

    RecordedRequest first = graph.takeRequest(5, TimeUnit.SECONDS);
    assertThat(first.getUrl().encodedPath()).isEqualTo("/v26.0/106540352242922/messages");
    assertThat(first.getBody().utf8())
        .isEqualTo(
            "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\","
                + "\"type\":\"text\",\"text\":{\"body\":\"You said: Does it come in another color?\"}}");
    RecordedRequest second = graph.takeRequest(5, TimeUnit.SECONDS);
    assertThat(second.getBody().utf8())
        .isEqualTo(
            "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\","
                + "\"recipient\":\"US.13491208655302741918\",\"type\":\"text\","
                + "\"text\":{\"body\":\"You said: hello from a username\"}}");
  }

  @Test
  void aReplyFromAListenerPassesThePolicyCheckBecauseTheEngineWasFedFirst() throws Exception {
    // A minute after the fixture's message: its customer service window is open.
    PolicyEngine policy = PolicyEngine.builder()
        .clock(Clock.fixed(Instant.ofEpochSecond(1749416383L + 60), ZoneOffset.UTC))
        .build();
    try (WhatsApp guarded = WhatsApp.builder()
        .accessToken("EAAG-test-token")
        .phoneNumberId("106540352242922")
        .baseUrl(graph.url("/").toString())
        .noRateLimit()
        .addInterceptor(policy)
        .build()) {
      assertThatThrownBy(() -> guarded.messages().send(Message.text("16505551234", "Hello")))
          .isInstanceOfSatisfying(WabaPolicyException.class,
              e -> assertThat(e.decision().reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON));

      List<Throwable> failures = new ArrayList<>();
      WebhookProcessor processor = WebhookProcessor.builder()
          .appSecret(APP_SECRET)
          .verifyToken(VERIFY_TOKEN)
          .policyEngine(policy)
          .on(InboundTextMessage.class, m ->
              guarded.messages().send(Message.text(m.from().recipient(), "You said: " + m.body())))
          .errorHandler((event, listener, error) -> failures.add(error))
          .build();
      enqueueSent();

      byte[] body = bytes("text.json");
      assertThat(processor.handle(signedHeaders(body), body).statusCode()).isEqualTo(200);

      assertThat(failures).isEmpty();
      RecordedRequest reply = graph.takeRequest(5, TimeUnit.SECONDS);
      assertThat(reply.getBody().utf8()).contains("\"to\":\"16505551234\"", "You said: Does it come in another color?");
    }
  }
}
