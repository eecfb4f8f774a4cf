package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.testkit.internal.UnqueuedDispatcher;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A fake or receiver that runs for hours holds only what its journal keeps (cleared by {@code reset()} or
 * {@code clear()}): MockWebServer's own queue of every request read, which nothing here takes, stays empty.
 */
class RequestRetentionTest {
  private static final int SENDS = 300;

  @Test
  void mockWebServerQueuesEveryRequestThatNobodyTakes() throws Exception {
    try (MockWebServer plain = server(answerOk());
        MockWebServer unqueued = new MockWebServer()) {
      unqueued.setDispatcher(new UnqueuedDispatcher(unqueued, answerOk()));
      unqueued.start(InetAddress.getLoopbackAddress(), 0);
      OkHttpClient http = new OkHttpClient();
      for (int i = 0; i < 50; i++) {
        get(http, plain);
        get(http, unqueued);
      }

      assertThat(queued(plain)).as("the premise: MockWebServer keeps what nobody takes").isEqualTo(50);
      assertThat(queued(unqueued)).isZero();
      assertThat(unqueued.getRequestCount()).isEqualTo(50);
    }
  }

  @Test
  void aFakeResetHoldsNoRequestOnceItsJournalIsCleared() throws Exception {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().throughputMps(0).pairRate(0, Duration.ofSeconds(6))
        .messagingLimit(MessagingLimitTier.TIER_UNLIMITED).enforceCustomerServiceWindow(false).start();
        WhatsApp client = fake.clientBuilder().noRateLimit().build()) {
      for (int i = 0; i < SENDS; i++) {
        client.messages().send(Message.text("1650555" + String.format("%04d", i), "Your order shipped"));
      }
      assertThat(fake.requests()).hasSize(SENDS);

      fake.reset();

      assertThat(fake.requests()).isEmpty();
      assertThat(queued(serverOf(fake))).isZero();
    }
  }

  @Test
  void aReceiverHoldsOnlyThePayloadsItReturns() throws Exception {
    try (WebhookReceiver receiver = WebhookReceiver.start(FakeWhatsApp.DEFAULT_APP_SECRET);
        FakeWhatsApp fake = FakeWhatsApp.builder().webhookUrl(receiver.url()).start()) {
      for (int i = 0; i < 20; i++) {
        fake.user("1650555" + String.format("%04d", i)).sends("hi " + i);
      }
      fake.awaitWebhooks(Duration.ofSeconds(10));
      assertThat(receiver.requestCount()).isEqualTo(20);

      receiver.clear();

      assertThat(receiver.payloads()).isEmpty();
      assertThat(queued(serverOf(receiver))).isZero();
    }
  }

  private static Dispatcher answerOk() {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(200).body("ok").build();
      }
    };
  }

  private static MockWebServer server(Dispatcher dispatcher) throws IOException {
    MockWebServer server = new MockWebServer();
    server.setDispatcher(dispatcher);
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  private static void get(OkHttpClient http, MockWebServer server) throws IOException {
    try (Response response = http.newCall(new Request.Builder().url(server.url("/")).build()).execute()) {
      assertThat(response.code()).isEqualTo(200);
    }
  }

  /** Takes (and so counts) what the server still queues. */
  private static int queued(MockWebServer server) throws InterruptedException {
    int n = 0;
    while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
      n++;
    }
    return n;
  }

  /** The server inside; read by reflection, as neither class exposes it (and neither should). */
  private static MockWebServer serverOf(Object owner) throws ReflectiveOperationException {
    Field field = owner.getClass().getDeclaredField("server");
    field.setAccessible(true);
    return (MockWebServer) field.get(owner);
  }
}
