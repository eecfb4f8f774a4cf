package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.testkit.internal.Signatures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users as actors: Meta's webhook JSON, signed, retried and duplicated like Meta (cloud-api.md §6). */
class WebhookDeliveryTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String USER = "+4915112345678";
  private FakeWhatsApp fake;
  private WebhookReceiver receiver;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().webhookRetries(4, Duration.ofMillis(5)).start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  private static Map<String, Object> message(String payload) {
    return Json.map(Json.list(Json.at(Json.list(Json.list(Json.parseObject(payload), "entry").get(0), "changes")
        .get(0), "value"), "messages").get(0));
  }

  @Test
  void userTextIsMetasInboundPayloadSignedWithTheAppSecret() throws Exception {
    try (MockWebServer app = new MockWebServer()) {
      app.enqueue(new MockResponse.Builder().code(200).build());
      app.start();
      fake.webhookUrl(app.url("/webhooks/whatsapp").toString());

      UserMessage sent = fake.user(USER).named("Sheena Nelson").sends("Does it come in another color?");
      RecordedRequest request = app.takeRequest();

      String body = request.getBody().utf8();
      long ts = Instant.parse("2026-11-02T09:00:00Z").getEpochSecond();
      assertThat(body).isEqualTo("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\""
          + fake.businessAccountId() + "\",\"changes\":[{\"value\":{\"messaging_product\":\"whatsapp\","
          + "\"metadata\":{\"display_phone_number\":\"15550783881\",\"phone_number_id\":\"" + fake.phoneNumberId()
          + "\"},\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},\"wa_id\":\"4915112345678\","
          + "\"user_id\":\"" + fake.user(USER).userId() + "\"}],\"messages\":[{\"from\":\"4915112345678\",\"id\":\"" + sent.id() + "\",\"timestamp\":\"" + ts
          + "\",\"type\":\"text\",\"text\":{\"body\":\"Does it come in another color?\"}}]},\"field\":\"messages\"}]}]}");
      assertThat(request.getMethod()).isEqualTo("POST");
      assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
      assertThat(request.getHeaders().get("X-Hub-Signature-256"))
          .isEqualTo(Signatures.sign(fake.appSecret(), body.getBytes(StandardCharsets.UTF_8)))
          .matches("sha256=[0-9a-f]{64}");
      fake.awaitWebhooks(WAIT);
    }
  }

  @Test
  void nonSuccessAnswersAreRetriedWithTheSameSignedBytes() {
    receiver.failNext(2, 500);

    fake.user(USER).sends("hi");
    fake.awaitWebhooks(WAIT);

    assertThat(receiver.requestCount()).isEqualTo(3);
    assertThat(receiver.payloads()).hasSize(1);
    WebhookDelivery delivery = fake.webhooks().get(0);
    assertThat(delivery.attempts()).isEqualTo(3);
    assertThat(delivery.delivered()).isTrue();
    assertThat(delivery.lastStatusCode()).isEqualTo(200);
    assertThat(receiver.payloads().get(0)).isEqualTo(delivery.payload());
  }

  @Test
  void retriesAreBounded() {
    receiver.failNext(10, 503);

    fake.user(USER).sends("hi");
    fake.awaitWebhooks(WAIT);

    WebhookDelivery delivery = fake.webhooks().get(0);
    assertThat(delivery.attempts()).isEqualTo(4);
    assertThat(delivery.delivered()).isFalse();
    assertThat(delivery.lastStatusCode()).isEqualTo(503);
    assertThat(receiver.requestCount()).isEqualTo(4);
  }

  @Test
  void wrongAppSecretIsRejectedByAVerifyingReceiver() {
    try (WebhookReceiver strict = WebhookReceiver.start("another-secret")) {
      fake.webhookUrl(strict.url());
      fake.user(USER).sends("hi");
      fake.awaitWebhooks(WAIT);

      assertThat(strict.payloads()).isEmpty();
      assertThat(strict.rejectedCount()).isEqualTo(4);
    }
  }

  @Test
  void duplicatesOnDemand() {
    fake.duplicateNextWebhooks(1);

    UserMessage first = fake.user(USER).sends("once");
    fake.user(USER).sends("twice? no, once");
    fake.awaitWebhooks(WAIT);

    List<String> payloads = receiver.payloads();
    assertThat(payloads).hasSize(3);
    assertThat(payloads.get(0)).isEqualTo(payloads.get(1));
    assertThat(message(payloads.get(0)).get("id")).isEqualTo(first.id());
    assertThat(fake.webhooks()).extracting(WebhookDelivery::duplicate).containsExactly(false, true, false);
  }

  @Test
  void withoutAUrlWebhooksAreOnlyRecorded() {
    fake.webhookUrl(null);

    fake.user(USER).sends("hi");
    fake.awaitWebhooks(WAIT);

    assertThat(fake.webhooks()).singleElement().satisfies(w -> {
      assertThat(w.attempts()).isZero();
      assertThat(w.field()).isEqualTo("messages");
      assertThat(Json.string(message(w.payload()), "text", "body")).isEqualTo("hi");
    });
  }

  @Test
  void buttonListReactionImageAndLocationPayloads() {
    Wire wire = new Wire(fake);
    fake.user(USER).sends("menu");
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"interactive\",\"interactive\":{"
        + "\"type\":\"button\",\"body\":{\"text\":\"Cancel?\"},\"action\":{\"buttons\":[{\"type\":\"reply\",\"reply\":"
        + "{\"id\":\"cancel-button\",\"title\":\"Cancel\"}}]}}}");
    String buttons = fake.sentMessages().get(0).id();
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"interactive\",\"interactive\":{"
        + "\"type\":\"list\",\"body\":{\"text\":\"Pick\"},\"action\":{\"button\":\"Sizes\",\"sections\":[{\"rows\":["
        + "{\"id\":\"size-42\",\"title\":\"42\",\"description\":\"EU 42\"}]}]}}}");
    String list = fake.sentMessages().get(1).id();

    FakeUser user = fake.user(USER);
    assertThat(user.tapsButton("cancel-button").json()).containsEntry("type", "interactive")
        .containsEntry("context", Map.of("from", "15550783881", "id", buttons))
        .containsEntry("interactive", Map.of("type", "button_reply",
            "button_reply", Map.of("id", "cancel-button", "title", "Cancel")));
    assertThat(user.selectsListRow("size-42").json())
        .containsEntry("context", Map.of("from", "15550783881", "id", list))
        .containsEntry("interactive", Map.of("type", "list_reply",
            "list_reply", Map.of("id", "size-42", "title", "42", "description", "EU 42")));
    assertThat(user.reactsTo(buttons, "👍").json())
        .containsEntry("reaction", Map.of("message_id", buttons, "emoji", "👍"));
    UserMessage image = user.sendsImage(new byte[] {1, 2, 3}, "image/jpeg", "look");
    Map<String, Object> imageJson = Json.map(image.json(), "image");
    assertThat(imageJson).containsEntry("caption", "look").containsEntry("mime_type", "image/jpeg")
        .containsEntry("sha256", Signatures.sha256Hex(new byte[] {1, 2, 3}));
    assertThat(wire.get("/v26.0/" + imageJson.get("id")).at("mime_type")).isEqualTo("image/jpeg");
    assertThat(user.sendsLocation(52.52, 13.405, "Berlin", null).json().get("location"))
        .isEqualTo(Map.of("latitude", 52.52, "longitude", 13.405, "name", "Berlin"));
    assertThat(user.sendsRaw("{\"type\":\"order\",\"order\":{\"catalog_id\":\"1\",\"product_items\":[]}}").type())
        .isEqualTo("order");

    fake.awaitWebhooks(WAIT);
    assertThat(receiver.payloads()).hasSize(1 + 4 + 6);
  }

  @Test
  void tappingAButtonThatWasNeverSentIsAnError() {
    assertThatThrownBy(() -> fake.user(USER).tapsButton("nope"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"nope\"");
  }

  @Test
  void resetForgetsEverythingAndRewindsTheClock() {
    fake.user(USER).sends("hi");
    fake.clock().advance(Duration.ofHours(3));
    fake.awaitWebhooks(WAIT);

    fake.reset();

    assertThat(fake.userMessages()).isEmpty();
    assertThat(fake.webhooks()).isEmpty();
    assertThat(fake.requests()).isEmpty();
    assertThat(fake.isWindowOpen(USER)).isFalse();
    assertThat(fake.clock().instant()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
  }
}
