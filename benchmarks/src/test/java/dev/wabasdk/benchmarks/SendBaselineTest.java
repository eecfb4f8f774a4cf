package dev.wabasdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The send benchmark compares like with like: the baseline puts the SDK's exact request on the wire. */
class SendBaselineTest {

  @Test
  void rawBaselineSendsTheSdksBodyAndTheServerAnswersLikeMeta() throws IOException {
    try (LoopbackGraphServer server = LoopbackGraphServer.start()) {
      OkHttpClient http = SendBenchmark.okHttp();
      try (WhatsApp client = WhatsApp.builder().accessToken("token").phoneNumberId("106540352242922")
          .baseUrl(server.baseUrl()).okHttpClient(http).noRateLimit().build()) {
        SendResult result = client.messages().send(Message.text("4915110000000", SendBenchmark.BODY));
        assertThat(result.messageId()).startsWith("wamid.");
        assertThat(result.waId()).isEqualTo("4915110000000");
        String sdkBody = new String(server.lastBody(), StandardCharsets.UTF_8);
        assertThat(sdkBody).isEqualTo(SendBenchmark.rawJson("4915110000000"));
        assertThat(server.lastRequestHead()).startsWith("POST /v26.0/106540352242922/messages HTTP/1.1");

        Request raw = new Request.Builder()
            .url(server.baseUrl() + "v26.0/106540352242922/messages")
            .post(RequestBody.create(SendBenchmark.rawJson("4915110000000"),
                MediaType.get("application/json; charset=utf-8")))
            .build();
        try (Response response = http.newCall(raw).execute()) {
          assertThat(response.code()).isEqualTo(200);
          assertThat(response.body().string()).isEqualTo(LoopbackGraphServer.sendResponse("4915110000000"));
        }
        assertThat(server.lastBody()).isEqualTo(sdkBody.getBytes(StandardCharsets.UTF_8));
      } finally {
        http.dispatcher().executorService().shutdown();
      }
    }
  }

  @Test
  void inMemorySendsAnswerEachRecipientLikeMetaWithoutDenials() throws IOException {
    InMemorySendBenchmark benchmark = new InMemorySendBenchmark();
    benchmark.users = 50;
    benchmark.setUp();
    try {
      // Twice round the users each: the policy engine counts each send against the answered wa_id, so a wrong
      // answer would use up one user's pair-rate burst (45) and deny a send.
      for (int i = 0; i < 200; i += 2) { // both sides take the next user in turn
        assertThat(benchmark.sdkSend().waId()).isEqualTo(SendBenchmark.waId(i % 50));
        assertThat(benchmark.rawOkHttpSend())
            .isEqualTo(LoopbackGraphServer.sendResponse(SendBenchmark.waId((i + 1) % 50)));
      }
    } finally {
      benchmark.tearDown();
    }
  }

  @Test
  void webhookPayloadsAreAboutOneKilobyteAndUnique() {
    assertThat(WebhookBenchmark.textPayload(1).getBytes(StandardCharsets.UTF_8).length).isBetween(900, 1200);
    assertThat(WebhookBenchmark.textPayload(1)).isNotEqualTo(WebhookBenchmark.textPayload(2));
    assertThat(WebhookBenchmark.statusPayload(1)).contains("\"pricing\"").isNotEqualTo(
        WebhookBenchmark.statusPayload(2));
  }

  @Test
  void everyPooledWebhookIsNewToTheDeduplicationStore() throws Exception {
    for (String payload : new String[] {"text", "status"}) {
      WebhookBenchmark benchmark = new WebhookBenchmark();
      benchmark.payload = payload;
      benchmark.setUp();
      // Twice round the pool: the store evicts each key before it comes again, so each call is a full dispatch.
      for (int i = 0; i < 2 * 8192; i++) {
        assertThat(benchmark.sdkHandle().statusCode()).isEqualTo(200);
      }
      assertThat(benchmark.dispatched()).isEqualTo(2 * 8192);
    }
  }
}
