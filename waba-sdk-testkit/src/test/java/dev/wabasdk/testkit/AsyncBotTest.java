package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** A bot that answers webhooks on its own thread: the test waits for its reply without sleeping. */
class AsyncBotTest {

  @Test
  void waitsForTheAppsAsynchronousReply() throws Exception {
    ExecutorService botThreads = Executors.newSingleThreadExecutor();
    try (FakeWhatsApp fake = FakeWhatsApp.start(); MockWebServer bot = new MockWebServer()) {
      bot.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          Map<String, Object> event = Json.parseObject(request.getBody().utf8());
          List<Object> messages = Json.list(Json.at(Json.list(Json.list(event, "entry").get(0), "changes").get(0),
              "value"), "messages");
          if (!messages.isEmpty()) {
            String from = Json.string(messages.get(0), "from");
            botThreads.submit(() -> new Wire(fake).send(Wire.text(from, "Echo: "
                + Json.string(messages.get(0), "text", "body"))));
          }
          return new MockResponse.Builder().code(200).build();
        }
      });
      bot.start();
      fake.webhookUrl(bot.url("/webhooks/whatsapp").toString());

      fake.user("+4915112345678").sends("ping");
      List<SentMessage> sent = fake.awaitSentMessages(1);

      assertThat(sent).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("Echo: ping"));
      assertThat(fake.lastRequest().isSendMessage()).isTrue();
    } finally {
      botThreads.shutdownNow();
    }
  }

  @Test
  void timesOutWithWhatWasSent() {
    try (FakeWhatsApp fake = FakeWhatsApp.start()) {
      assertThatThrownBy(() -> fake.awaitSentMessages(1, Duration.ofMillis(20)))
          .isInstanceOf(AssertionError.class).hasMessageContaining("but it sent 0");
      assertThatThrownBy(fake::lastRequest).isInstanceOf(IllegalStateException.class);
    }
  }
}
