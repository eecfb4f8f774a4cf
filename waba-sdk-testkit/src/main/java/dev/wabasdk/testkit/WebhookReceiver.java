package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.testkit.internal.NoDelayServerSocketFactory;
import dev.wabasdk.testkit.internal.Signatures;
import dev.wabasdk.testkit.internal.UnqueuedDispatcher;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.MockWebServer;

/**
 * A loopback webhook endpoint for tests that do not run their own server: it checks
 * {@code X-Hub-Signature-256} against the app secret (answering 401 when it does not match, as an app should),
 * records the raw payloads it accepted, and can answer non-2xx on demand to exercise Meta's retries.
 *
 * <pre>{@code
 * try (WebhookReceiver receiver = WebhookReceiver.start(fake.appSecret())) {
 *   fake.webhookUrl(receiver.url());
 *   fake.user("+4915112345678").sends("hi");
 *   List<String> payloads = receiver.awaitPayloads(1, Duration.ofSeconds(5));
 * }
 * }</pre>
 */
public final class WebhookReceiver implements Closeable {
  private final String appSecret;
  private final MockWebServer server = new MockWebServer();
  private final Object lock = new Object();
  private final List<String> payloads = new ArrayList<>();
  private int rejected;
  private int failNext;
  private int failStatus = 500;

  private WebhookReceiver(String appSecret) {
    this.appSecret = appSecret;
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new UnqueuedDispatcher(server, new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return receive(request);
      }
    }));
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the webhook receiver", e);
    }
  }

  /** Starts a receiver that verifies signatures made with {@code appSecret}. */
  public static WebhookReceiver start(String appSecret) {
    if (appSecret == null || appSecret.isBlank()) {
      throw new IllegalArgumentException("appSecret must not be blank");
    }
    return new WebhookReceiver(appSecret);
  }

  /** The URL to give the fake, e.g. {@code http://127.0.0.1:49153/webhooks/whatsapp}. */
  public String url() {
    return server.url("/webhooks/whatsapp").toString();
  }

  private MockResponse receive(RecordedRequest request) {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    String signature = request.getHeaders().get("X-Hub-Signature-256");
    synchronized (lock) {
      try {
        if (!"POST".equals(request.getMethod()) || signature == null
            || !Signatures.verify(appSecret, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), signature)) {
          rejected++;
          return new MockResponse.Builder().code(401).body("invalid signature").build();
        }
        if (failNext > 0) {
          failNext--;
          // Marked, so the fake does not count the test's own failures as the app's listener failures.
          return new MockResponse.Builder().code(failStatus)
              .setHeader(dev.wabasdk.testkit.internal.WebhookSender.FAILING_ON_PURPOSE, "true")
              .body("failing on purpose").build();
        }
        payloads.add(body);
        return new MockResponse.Builder().code(200).body("").build();
      } finally {
        lock.notifyAll();
      }
    }
  }

  /** Answers the next {@code count} correctly signed webhooks with {@code httpStatus} (e.g. 500). */
  public WebhookReceiver failNext(int count, int httpStatus) {
    if (count < 0 || httpStatus < 300 || httpStatus > 599) {
      throw new IllegalArgumentException("need count >= 0 and a non-2xx status, was " + count + ", " + httpStatus);
    }
    synchronized (lock) {
      failNext = count;
      failStatus = httpStatus;
    }
    return this;
  }

  /** Payloads accepted so far (valid signature, answered 2xx), in arrival order. */
  public List<String> payloads() {
    synchronized (lock) {
      return List.copyOf(payloads);
    }
  }

  /** Accepted payloads parsed as JSON objects. */
  public List<Map<String, Object>> events() {
    return payloads().stream().map(Json::parseObject).toList();
  }

  /** How many requests had a missing or wrong signature. */
  public int rejectedCount() {
    synchronized (lock) {
      return rejected;
    }
  }

  /** Every request received, accepted or not. */
  public int requestCount() {
    return server.getRequestCount();
  }

  /** Waits until at least {@code count} payloads were accepted; {@link AssertionError} on timeout. */
  public List<String> awaitPayloads(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (payloads.size() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("expected " + count + " webhooks within " + timeout + " but got "
              + payloads.size() + ": " + payloads);
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for webhooks", e);
        }
      }
      return List.copyOf(payloads);
    }
  }

  /** Forgets recorded payloads and pending failures. */
  public void clear() {
    synchronized (lock) {
      payloads.clear();
      rejected = 0;
      failNext = 0;
    }
  }

  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "WebhookReceiver[" + url() + "]";
  }
}
