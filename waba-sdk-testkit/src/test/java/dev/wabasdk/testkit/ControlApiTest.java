package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code /testkit/} control API, as QA calls it with curl. */
class ControlApiTest {
  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    wire = new Wire(fake, "");
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  @Test
  void userMessageIsCompletedSignedAndDelivered() {
    Wire.Reply reply = wire.post("/testkit/users/4915112345678/messages", "{\"type\":\"text\",\"text\":{\"body\":\"hi\"}}");

    assertThat(reply.code()).isEqualTo(200);
    Map<String, Object> message = reply.json();
    assertThat(message).containsEntry("from", "4915112345678").containsEntry("type", "text")
        .containsEntry("text", Map.of("body", "hi"))
        .containsEntry("timestamp", Long.toString(fake.clock().instant().getEpochSecond()));
    assertThat((String) message.get("id")).startsWith("wamid.");
    List<String> payloads = receiver.awaitPayloads(1, Duration.ofSeconds(10));
    assertThat(payloads.get(0)).contains((String) message.get("id"));
    assertThat(fake.isWindowOpen("+4915112345678")).isTrue();
  }

  @Test
  void badUserMessageIs400() {
    Wire.Reply reply = wire.post("/testkit/users/4915112345678/messages", "{\"text\":{\"body\":\"hi\"}}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat((String) reply.at("error", "message")).contains("\"type\"");
  }

  @Test
  void clockAdvanceClosesTheWindow() {
    wire.post("/testkit/users/4915112345678/messages", "{\"type\":\"text\",\"text\":{\"body\":\"hi\"}}");

    Wire.Reply reply = wire.post("/testkit/clock/advance", "{\"seconds\":86400}");

    assertThat(reply.body()).isEqualTo("{\"now\":\"2026-11-03T09:00:00Z\",\"timestamp\":1793696400}");
    assertThat(fake.isWindowOpen("+4915112345678")).isFalse();
    assertThat(wire.post("/testkit/clock/advance", "{\"seconds\":-1}").code()).isEqualTo(400);
  }

  @Test
  void messagesListsWhatTheAppSentWithStatus() {
    fake.user("+4915112345678").sends("hi");
    Wire graph = new Wire(fake);
    graph.send(Wire.text("4915112345678", "Hello"));
    graph.send(Wire.text("16505551234", "outside the window"));

    Map<String, Object> all = wire.get("/testkit/messages").json();
    assertThat(Json.list(all, "data")).extracting(m -> Json.string(m, "status")).containsExactly("delivered", "failed");
    Map<String, Object> failed = Json.map(Json.list(all, "data").get(1));
    assertThat(Json.at(Json.list(failed, "errors").get(0), "code")).isEqualTo(131047L);
    assertThat(Json.at(failed, "message", "text", "body")).isEqualTo("outside the window");

    Map<String, Object> filtered = wire.get("/testkit/messages?to=4915112345678").json();
    assertThat(Json.list(filtered, "data")).singleElement().satisfies(m -> {
      assertThat(Json.string(m, "to")).isEqualTo("4915112345678");
      assertThat(Json.at(m, "pricing", "type")).isEqualTo("free_customer_service");
    });
  }

  @Test
  void templateStatusIsSetAndAnnounced() {
    FakeTemplate pending = fake.templates().preload("{\"name\":\"promo\",\"language\":\"en\",\"category\":\"MARKETING\","
        + "\"status\":\"PENDING\",\"components\":[{\"type\":\"BODY\",\"text\":\"Sale\"}]}");

    Wire.Reply reply = wire.post("/testkit/templates/" + pending.id() + "/status",
        "{\"status\":\"REJECTED\",\"reason\":\"PROMOTIONAL\"}");

    assertThat(reply.json()).containsEntry("status", "REJECTED").containsEntry("rejected_reason", "PROMOTIONAL");
    List<String> payloads = receiver.awaitPayloads(1, Duration.ofSeconds(10));
    assertThat(payloads.get(0)).contains("\"event\":\"REJECTED\"").contains("\"reason\":\"PROMOTIONAL\"");
    assertThat(wire.post("/testkit/templates/404/status", "{\"status\":\"APPROVED\"}").code()).isEqualTo(400);
    assertThat(Json.list(wire.get("/testkit/templates").json(), "data")).hasSize(1);
  }

  @Test
  void resetClearsState() {
    fake.user("+4915112345678").sends("hi");

    assertThat(wire.post("/testkit/reset", "").body()).isEqualTo("{\"success\":true}");

    assertThat(fake.userMessages()).isEmpty();
    assertThat(Json.list(wire.get("/testkit/messages").json(), "data")).isEmpty();
  }

  @Test
  void webhooksAndHealth() {
    fake.user("+4915112345678").sends("hi");
    fake.awaitWebhooks();

    Map<String, Object> webhook = Json.map(Json.list(wire.get("/testkit/webhooks").json(), "data").get(0));
    assertThat(webhook).containsEntry("sequence", 1L).containsEntry("field", "messages")
        .containsEntry("attempts", 1L).containsEntry("last_status_code", 200L).containsEntry("delivered", true)
        .containsEntry("duplicate", false);
    assertThat(Json.at(webhook, "payload", "object")).isEqualTo("whatsapp_business_account");

    Wire.Reply health = wire.get("/testkit/health");
    assertThat(health.json()).containsEntry("status", "UP").containsEntry("version", "dev")
        .containsEntry("now", "2026-11-02T09:00:00Z").containsEntry("webhook_url", receiver.url());
  }

  @Test
  void everyAnswerCarriesTheFakeVersion() throws java.io.IOException {
    try (okhttp3.Response response = Wire.CLIENT.newCall(new okhttp3.Request.Builder()
        .url(fake.baseUrl() + "v26.0/" + fake.phoneNumberId()).build()).execute()) {
      assertThat(response.header("X-Waba-Fake-Version")).isEqualTo("dev");
    }
  }

  @Test
  void unknownControlRouteListsTheRoutes() {
    Wire.Reply reply = wire.get("/testkit/nothing");

    assertThat(reply.code()).isEqualTo(404);
    assertThat((String) reply.at("error", "message")).contains("POST /testkit/clock/advance");
  }
}
