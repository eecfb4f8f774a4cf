package dev.wabasdk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.SlowLorisClient;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, promise 4: hostile clients (slow-loris connections that send headers and then trickle or stop) and slow
 * listeners never keep a valid webhook waiting. Measures the longest time a valid signed webhook waited for its answer
 * while they were connected.
 */
class HostileClientsTest {
  private static final String SECRET = "fault-suite-app-secret";
  private static final String PATH = "/webhooks/whatsapp";

  @Test
  void aValidWebhookIsAnsweredPromptlyWhileSlowClientsAndSlowListenersHoldConnections() throws Exception {
    AtomicInteger dispatched = new AtomicInteger();
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(SECRET).verifyToken("fault-suite-verify")
        .on(InboundTextMessage.class, m -> {
          if (m.body().startsWith("slow")) {
            sleep(3000); // a listener far slower than the header and body limits
          }
          dispatched.incrementAndGet();
        })
        .build();
    try (WebhookHttpServer server = WebhookHttpServer.builder(processor)
        .address(new InetSocketAddress("127.0.0.1", 0)).path(PATH)
        .headerTimeout(Duration.ofSeconds(1)).bodyTimeout(Duration.ofSeconds(1)).maxConnections(32).start()) {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      URI uri = URI.create("http://127.0.0.1:" + server.port() + PATH);
      List<SlowLorisClient> hostile = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        hostile.add(SlowLorisClient.headersThenOneBodyByte(server.port(), PATH));
        hostile.add(SlowLorisClient.headersByteByByte(server.port(), PATH, Duration.ofMillis(200)));
      }
      List<Thread> slowListeners = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        byte[] body = WebhookFaultsTest.textMessage("wamid.SLOW" + i, "4915112000001");
        String slow = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("Where is my order?", "slow");
        Thread t = new Thread(() -> post(http, uri, slow.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        t.start();
        slowListeners.add(t);
      }
      long longest = 0;
      int answered200 = 0;
      for (int i = 0; i < 30; i++) {
        byte[] body = WebhookFaultsTest.textMessage("wamid.VALID" + i, "4915112000002");
        long start = System.nanoTime();
        int status = post(http, uri, body);
        longest = Math.max(longest, System.nanoTime() - start);
        if (status == 200) {
          answered200++;
        }
        sleep(50);
      }
      int closedByServer = 0;
      for (SlowLorisClient c : hostile) {
        if (c.awaitClosedByServer(Duration.ofSeconds(5)) != null) {
          closedByServer++;
        }
        c.close();
      }
      for (Thread t : slowListeners) {
        t.join(10_000);
      }
      System.out.printf("[fault-suite] hostile clients: 8 slow-loris connections and 2 listeners blocked 3 s; 30 valid"
          + " webhooks, %d answered 200, longest wait %d ms; hostile connections closed by the server: %d of 8%n",
          answered200, longest / 1_000_000, closedByServer);
      assertThat(answered200).isEqualTo(30);
      assertThat(Duration.ofNanos(longest)).as("longest wait of a valid webhook").isLessThan(Duration.ofSeconds(2));
      assertThat(closedByServer).as("hostile connections the server closed").isEqualTo(8);
    }
  }

  private static int post(HttpClient http, URI uri, byte[] body) {
    try {
      HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
          .header("Content-Type", "application/json")
          .header(WebhookProcessor.SIGNATURE_HEADER, WebhookProcessor.signatureFor(SECRET, body))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
