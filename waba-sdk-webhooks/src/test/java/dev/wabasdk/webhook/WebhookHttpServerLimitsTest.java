package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link WebhookHttpServer}'s limits against hostile clients and slow listeners, over real loopback sockets. Every
 * wait is bounded; the class times out rather than hangs.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WebhookHttpServerLimitsTest {

  private static final String PATH = "/webhooks/whatsapp";
  private static final String TEXT = new String(bytes("text.json"), StandardCharsets.UTF_8);
  private static final String TEXT_ID = "wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=";
  private static final String TEXT_BODY = "Does it come in another color?";

  private final AtomicInteger ids = new AtomicInteger();
  private final Map<String, String> listenerThreads = new ConcurrentHashMap<>();
  private final CountDownLatch releaseSlowListeners = new CountDownLatch(1);
  private final AtomicInteger interruptedListeners = new AtomicInteger();
  private final List<SlowLorisClient> hostile = new ArrayList<>();
  private WebhookHttpServer server;

  @AfterEach
  void stop() throws IOException {
    releaseSlowListeners.countDown();
    for (SlowLorisClient client : hostile) {
      client.close();
    }
    if (server != null) {
      server.close();
    }
  }

  /** A listener that records its thread, and blocks (up to 20 s) on a message whose text is "slow". */
  private WebhookHttpServer.Builder server() {
    WebhookProcessor processor =
        WebhookProcessor.builder()
            .appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN)
            .on(
                InboundTextMessage.class,
                message -> {
                  listenerThreads.put(message.id(), Thread.currentThread().getName());
                  if (message.body().equals("slow")) {
                    try {
                      releaseSlowListeners.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      interruptedListeners.incrementAndGet();
                      Thread.currentThread().interrupt();
                    }
                  }
                })
            .build();
    return WebhookHttpServer.builder(processor)
        .address(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
        .path(PATH);
  }

  /** Meta's documented text message with a fresh message id (so de-duplication never interferes) and a text. */
  private byte[] textWebhook(String text) {
    String id = "wamid.test-" + ids.incrementAndGet();
    return TEXT.replace(TEXT_ID, id).replace(TEXT_BODY, text).getBytes(StandardCharsets.UTF_8);
  }

  private static String idOf(byte[] webhook) {
    String json = new String(webhook, StandardCharsets.UTF_8);
    int start = json.indexOf("wamid.test-");
    return json.substring(start, json.indexOf('"', start));
  }

  /** Posts a signed webhook on a new connection; the response or the failure. */
  private CompletableFuture<HttpResponse<String>> post(byte[] body) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    return client.sendAsync(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + PATH))
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .header("X-Hub-Signature-256", sign(body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private SlowLorisClient hostile(SlowLorisClient client) {
    hostile.add(client);
    return client;
  }

  @Test
  void slowLorisClientsNeitherDelayAValidWebhookNorKeepTheirConnections() throws Exception {
    server = server().headerTimeout(Duration.ofSeconds(1)).bodyTimeout(Duration.ofSeconds(1)).start();
    // Warm up the JDK's HTTP client so the waits below are the server's, not the client's start-up.
    assertThat(post(textWebhook("warm-up")).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    List<SlowLorisClient> attackers = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      attackers.add(hostile(SlowLorisClient.headersThenOneBodyByte(server.port(), PATH)));
      attackers.add(hostile(SlowLorisClient.headersByteByByte(server.port(), PATH, Duration.ofMillis(50))));
    }

    // Valid webhooks for 1.5 s while the attackers hold their connections open, one after the other.
    long longestNanos = 0;
    int sent = 0;
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
    while (System.nanoTime() < end && sent < 100) {
      byte[] body = textWebhook("hi " + sent);
      long start = System.nanoTime();
      HttpResponse<String> response = post(body).get(10, TimeUnit.SECONDS);
      longestNanos = Math.max(longestNanos, System.nanoTime() - start);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(listenerThreads).containsKey(idOf(body));
      sent++;
      Thread.sleep(100);
    }
    Duration longest = Duration.ofNanos(longestNanos);
    System.out.printf(
        "WebhookHttpServer under 4 slow-loris clients (1 s limits): %d valid webhooks, longest wait %d ms%n",
        sent, longest.toMillis());
    assertThat(longest).isLessThan(Duration.ofSeconds(2));
    assertThat(sent).isGreaterThanOrEqualTo(3);

    // Each attacker was cut off after its 1 s limit (headers, or the body once the headers were in).
    for (SlowLorisClient attacker : attackers) {
      Duration closedAfter = attacker.awaitClosedByServer(Duration.ofSeconds(3));
      assertThat(closedAfter).isNotNull().isBetween(Duration.ofMillis(900), Duration.ofMillis(3000));
    }
  }

  @Test
  void theHeaderAndTheBodyLimitsAreSeparate() throws Exception {
    server = server().headerTimeout(Duration.ofMillis(500)).bodyTimeout(Duration.ofSeconds(2)).start();
    SlowLorisClient headers = hostile(SlowLorisClient.headersByteByByte(server.port(), PATH, Duration.ofMillis(50)));
    SlowLorisClient body = hostile(SlowLorisClient.headersThenOneBodyByte(server.port(), PATH));
    assertThat(headers.awaitClosedByServer(Duration.ofSeconds(5)))
        .isNotNull()
        .isBetween(Duration.ofMillis(400), Duration.ofMillis(1500));
    assertThat(body.awaitClosedByServer(Duration.ofSeconds(5)))
        .isNotNull()
        .isBetween(Duration.ofMillis(1900), Duration.ofMillis(4000));
  }

  @Test
  void theHeaderLimitIsPerRequestSoAnIdleKeepAliveConnectionStaysUsable() throws Exception {
    server = server().headerTimeout(Duration.ofMillis(300)).bodyTimeout(Duration.ofMillis(300)).start();
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      socket.setSoTimeout(5000);
      for (int request = 0; request < 2; request++) {
        byte[] body = textWebhook("keep-alive " + request);
        String head =
            "POST " + PATH + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Hub-Signature-256: " + sign(body) + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().write(body);
        socket.getOutputStream().flush();
        String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
        assertThat(status).isEqualTo("HTTP/1.1 200");
        // Skip the rest of the small response: headers and the body "OK".
        String rest = "";
        while (!rest.endsWith("\r\n\r\nOK")) {
          int next = socket.getInputStream().read();
          assertThat(next).isNotNegative();
          rest += (char) next;
        }
        assertThat(listenerThreads).containsKey(idOf(body));
        Thread.sleep(800); // idle for longer than both limits: no request is in progress, nothing to time out
      }
    }
  }

  @Test
  void slowListenersDelayOnlyTheirOwnRequest() throws Exception {
    server = server().start();
    // Warm up the JDK's HTTP client so the measurement below is the server's time, not the client's start-up.
    assertThat(post(textWebhook("warm-up")).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    byte[] slow1 = textWebhook("slow");
    byte[] slow2 = textWebhook("slow");
    CompletableFuture<HttpResponse<String>> first = post(slow1);
    CompletableFuture<HttpResponse<String>> second = post(slow2);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!(listenerThreads.containsKey(idOf(slow1)) && listenerThreads.containsKey(idOf(slow2)))
        && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(listenerThreads).containsKeys(idOf(slow1), idOf(slow2));

    byte[] fast = textWebhook("quick");
    long start = System.nanoTime();
    HttpResponse<String> response = post(fast).get(10, TimeUnit.SECONDS);
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf("WebhookHttpServer with 2 blocked listeners: unrelated webhook answered in %d ms%n",
        waited.toMillis());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(waited).isLessThan(Duration.ofSeconds(2));
    assertThat(first).isNotDone();
    assertThat(second).isNotDone();

    releaseSlowListeners.countDown();
    assertThat(first.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(second.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    // Never the JDK server's dispatcher thread: each request's own worker.
    assertThat(listenerThreads.values()).allMatch(name -> name.startsWith("waba-webhook-"));
    assertThat(listenerThreads.get(idOf(slow1))).isNotEqualTo(listenerThreads.get(idOf(slow2)));
  }

  @Test
  void requestsBeyondMaxConnectionsAreClosedNotQueued() throws Exception {
    server = server().maxConnections(2).headerTimeout(Duration.ofSeconds(20)).bodyTimeout(Duration.ofSeconds(20))
        .start();
    SlowLorisClient first = hostile(SlowLorisClient.headersThenOneBodyByte(server.port(), PATH));
    SlowLorisClient second = hostile(SlowLorisClient.headersThenOneBodyByte(server.port(), PATH));
    Thread.sleep(300); // both are now held by the two workers

    long start = System.nanoTime();
    CompletableFuture<HttpResponse<String>> refused = post(textWebhook("hi"));
    assertThatThrownBy(() -> refused.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

    // A worker comes free when its client goes away; the next webhook is served.
    first.close();
    second.close();
    HttpResponse<String> served = null;
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (served == null && System.nanoTime() < until) {
      try {
        served = post(textWebhook("hi again")).get(5, TimeUnit.SECONDS);
      } catch (Exception stillBusy) {
        Thread.sleep(50);
      }
    }
    assertThat(served).isNotNull();
    assertThat(served.statusCode()).isEqualTo(200);
  }

  @Test
  void closeLetsTheRequestInProgressFinishThenReleasesThePort() throws Exception {
    server = server().closeTimeout(Duration.ofSeconds(5)).start();
    int port = server.port();
    byte[] slow = textWebhook("slow");
    CompletableFuture<HttpResponse<String>> inFlight = post(slow);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!listenerThreads.containsKey(idOf(slow)) && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
    Thread.sleep(300);
    assertThat(closing).isNotDone();
    releaseSlowListeners.countDown();

    assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    closing.get(5, TimeUnit.SECONDS);
    assertThat(interruptedListeners).hasValue(0);
    assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void closeWithNothingInProgressIsImmediateAndCloseTimeoutBoundsAStuckListener() throws Exception {
    server = server().start();
    long start = System.nanoTime();
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));

    server = server().closeTimeout(Duration.ofMillis(200)).start();
    byte[] slow = textWebhook("slow");
    CompletableFuture<HttpResponse<String>> stuck = post(slow);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!listenerThreads.containsKey(idOf(slow)) && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    start = System.nanoTime();
    server.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    until = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (interruptedListeners.get() == 0 && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    assertThat(interruptedListeners).hasValue(1);
    assertThatThrownBy(() -> stuck.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(IOException.class);
  }

  @Test
  void theReadmeBuilderServesWithItsLimits() throws Exception {
    server =
        server()
            .headerTimeout(Duration.ofSeconds(5))
            .bodyTimeout(Duration.ofSeconds(10))
            .maxConnections(64)
            .closeTimeout(Duration.ofSeconds(5))
            .start();
    assertThat(server)
        .hasToString(
            "WebhookHttpServer{port=" + server.port() + ", path=/webhooks/whatsapp, headerTimeout=PT5S, "
                + "bodyTimeout=PT10S, maxConnections=64}");
    byte[] body = textWebhook("hello");
    assertThat(post(body).get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    assertThat(listenerThreads).containsKey(idOf(body));
  }

  @Test
  void builderRejectsBadLimitsNamingTheFieldAndValue() {
    WebhookProcessor processor = WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN).build();
    WebhookHttpServer.Builder builder = WebhookHttpServer.builder(processor);
    assertThatThrownBy(() -> builder.headerTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headerTimeout must be between PT0.001S and PT10M, was: PT0S");
    assertThatThrownBy(() -> builder.bodyTimeout(Duration.ofMinutes(11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bodyTimeout must be between PT0.001S and PT10M, was: PT11M");
    assertThatThrownBy(() -> builder.closeTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("closeTimeout must be between PT0S and PT10M, was: PT-1S");
    assertThatThrownBy(() -> builder.maxConnections(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxConnections must be between 1 and 10000, was: 0");
    assertThatThrownBy(() -> builder.path("webhooks"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path must start with /, was: webhooks");
  }
}
