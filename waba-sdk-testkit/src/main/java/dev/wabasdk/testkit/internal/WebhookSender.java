package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.WebhookDelivery;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhooks like Meta: signed POSTs on a background thread owned by the fake, retried with
 * exponential backoff while the app answers non-2xx, optionally duplicated (at-least-once). First attempts
 * run in the order the events happened.
 */
public final class WebhookSender implements Closeable {
  private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
  private static final MediaType JSON = MediaType.get("application/json");

  private final String appSecret;
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final ScheduledExecutorService executor;
  private final OkHttpClient client;
  private final Object lock = new Object();
  private final List<Delivery> deliveries = new ArrayList<>();
  private volatile @Nullable String url;
  private volatile @Nullable String wabaOverride;
  private volatile @Nullable String numberOverride;
  /** The webhook fields Meta sends to an alternate callback URL (Meta's "Webhook overrides" page). */
  private static final java.util.Set<String> OVERRIDABLE_FIELDS = java.util.Set.of("messages", "message_echoes",
      "calls", "consumer_profile", "messaging_handovers", "standby", "group_lifecycle_update",
      "group_participants_update", "group_settings_update", "group_status_update", "smb_message_echoes",
      "smb_app_state_sync", "history", "account_settings_update");
  private long epoch;
  private long sequence;
  private int pending;
  private int duplicateNext;
  /** Non-2xx answers and reported listener errors since the last reset, described for a failing test. */
  private final List<String> failures = new ArrayList<>();
  private final List<Throwable> listenerErrors = new ArrayList<>();
  private boolean failuresExpected;
  /** Why the last failed attempt failed ("the app answered 500", "connection refused to ..."), or null. */
  private @Nullable String lastFailure;

  private static final class Delivery {
    final long sequence;
    final String field;
    final String payload;
    final String signature;
    final boolean duplicate;
    int attempts;
    int lastStatus = -1;

    Delivery(long sequence, String field, String payload, String signature, boolean duplicate) {
      this.sequence = sequence;
      this.field = field;
      this.payload = payload;
      this.signature = signature;
      this.duplicate = duplicate;
    }

    WebhookDelivery snapshot() {
      return new WebhookDelivery(sequence, field, payload, signature, attempts, lastStatus, duplicate);
    }
  }

  public WebhookSender(String appSecret, @Nullable String url, int maxAttempts, Duration initialBackoff) {
    this.appSecret = appSecret;
    this.url = url;
    this.maxAttempts = maxAttempts;
    this.initialBackoff = initialBackoff;
    ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "fake-whatsapp-webhooks");
      t.setDaemon(true);
      return t;
    });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor = pool;
    this.client = new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(5))
        .readTimeout(Duration.ofSeconds(20))
        .retryOnConnectionFailure(false)
        .build();
  }

  public void url(@Nullable String url) {
    this.url = url;
  }

  public @Nullable String url() {
    return url;
  }

  public void duplicateNext(int count) {
    synchronized (lock) {
      duplicateNext += count;
    }
  }

  /** Records the webhook and schedules its delivery when a URL is configured. */
  public void submit(String field, String payload) {
    String signature = Signatures.sign(appSecret, payload.getBytes(StandardCharsets.UTF_8));
    synchronized (lock) {
      Delivery delivery = new Delivery(++sequence, field, payload, signature, false);
      deliveries.add(delivery);
      schedule(delivery, 0);
      if (duplicateNext > 0) {
        duplicateNext--;
        Delivery copy = new Delivery(delivery.sequence, field, payload, signature, true);
        deliveries.add(copy);
        schedule(copy, 0);
      }
    }
  }

  /**
   * Sets the alternate callback URLs of the WABA and of the number (null: none). Meta sends the fields that support
   * overrides to the number's URL, else the WABA's, else the app's; the others always go to the app's.
   */
  public void overrides(@Nullable String wabaUrl, @Nullable String numberUrl) {
    this.wabaOverride = wabaUrl;
    this.numberOverride = numberUrl;
  }

  private @Nullable String targetFor(String field) {
    String number = numberOverride;
    String waba = wabaOverride;
    if (OVERRIDABLE_FIELDS.contains(field) && (number != null || waba != null)) {
      return number != null ? number : waba;
    }
    return url;
  }

  private void schedule(Delivery delivery, long delayMillis) {
    String target = targetFor(delivery.field);
    if (target == null || executor.isShutdown()) {
      return;
    }
    long scheduledEpoch = epoch;
    if (delivery.attempts == 0) {
      pending++;
    }
    executor.schedule(() -> attempt(delivery, target, scheduledEpoch), delayMillis, TimeUnit.MILLISECONDS);
  }

  private void attempt(Delivery delivery, String target, long scheduledEpoch) {
    int status = -1;
    String failure = null;
    boolean onPurpose = false;
    try {
      Request request = new Request.Builder()
          .url(target)
          .header("X-Hub-Signature-256", delivery.signature)
          .header("User-Agent", "facebookexternalua")
          .post(RequestBody.create(delivery.payload.getBytes(StandardCharsets.UTF_8), JSON))
          .build();
      try (Response response = client.newCall(request).execute()) {
        status = response.code();
        if (status < 200 || status >= 300) {
          onPurpose = response.header(FAILING_ON_PURPOSE) != null;
          String body = response.peekBody(300).string().strip();
          failure = "the app answered " + status + (body.isEmpty() ? "" : ": " + body);
        }
      }
    } catch (IOException | RuntimeException e) {
      failure = unreachable(target, e);
      log.debug("Webhook POST to {} failed: {}", target, e.toString());
    }
    synchronized (lock) {
      if (scheduledEpoch != epoch) {
        return;
      }
      delivery.attempts++;
      delivery.lastStatus = status;
      boolean delivered = status >= 200 && status < 300;
      if (failure != null) {
        lastFailure = failure;
        // An app that answers is judged by its answer; one that is not running yet is the test's setup.
        if (status != -1 && !onPurpose) {
          failures.add("webhook #" + delivery.sequence + " (" + delivery.field + "), attempt " + delivery.attempts
              + ": " + failure);
        }
      }
      if (!delivered && delivery.attempts < maxAttempts && !executor.isShutdown()) {
        long backoff = initialBackoff.toMillis() << Math.min(delivery.attempts - 1, 20);
        log.debug("Webhook answered {}; retry {} in {} ms", status, delivery.attempts + 1, backoff);
        executor.schedule(() -> attempt(delivery, target, scheduledEpoch), backoff, TimeUnit.MILLISECONDS);
        return;
      } else if (!delivered) {
        log.warn("Webhook delivery to {} gave up after {} attempts ({})", target, delivery.attempts, failure);
      }
      pending--;
      lock.notifyAll();
    }
  }

  /** Why a POST got no answer, as QA reads it in the console. */
  private static String unreachable(String target, Exception e) {
    if (e instanceof java.net.ConnectException) {
      return "connection refused to " + target;
    }
    if (e instanceof java.net.SocketTimeoutException) {
      return "no answer from " + target + " in time";
    }
    if (e instanceof java.net.UnknownHostException) {
      return "unknown host in " + target;
    }
    return "no answer from " + target + ": " + e;
  }

  /** The header {@code WebhookReceiver} sets on the failures a test asked for, which are not the app's. */
  public static final String FAILING_ON_PURPOSE = "X-Testkit-Failing-On-Purpose";

  /** Why the last failed attempt failed, or null when none failed since the last reset. */
  public @Nullable String lastFailure() {
    synchronized (lock) {
      return lastFailure;
    }
  }

  /** A listener error the app reported (through the SDK's error handler); it fails the test unless expected. */
  public void recordListenerError(Throwable error) {
    synchronized (lock) {
      listenerErrors.add(error);
      failures.add("a webhook listener threw " + error);
    }
  }

  public List<String> failures() {
    synchronized (lock) {
      return List.copyOf(failures);
    }
  }

  public List<Throwable> listenerErrors() {
    synchronized (lock) {
      return List.copyOf(listenerErrors);
    }
  }

  /** Forgets the failures seen so far and the expectation, keeping the deliveries (a new test on a shared fake). */
  public void clearFailures() {
    synchronized (lock) {
      failures.clear();
      listenerErrors.clear();
      failuresExpected = false;
    }
  }

  public void expectFailures() {
    synchronized (lock) {
      failuresExpected = true;
    }
  }

  public boolean failuresExpected() {
    synchronized (lock) {
      return failuresExpected;
    }
  }

  /** Waits up to {@code timeout} for deliveries in flight, without failing when some are still pending. */
  public void settle(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return;
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Meta's verification handshake: {@code GET <url>?hub.mode=subscribe&hub.challenge=..&hub.verify_token=..};
   * true when the app answers 200 with the challenge as body.
   */
  public boolean verify(String verifyToken, String challenge) {
    String target = url;
    if (target == null) {
      throw new IllegalStateException("no webhook URL is configured");
    }
    okhttp3.HttpUrl base = okhttp3.HttpUrl.parse(target);
    if (base == null) {
      throw new IllegalStateException("the webhook URL is not an http(s) URL: " + target);
    }
    Request request = new Request.Builder().url(base.newBuilder()
        .addQueryParameter("hub.mode", "subscribe")
        .addQueryParameter("hub.challenge", challenge)
        .addQueryParameter("hub.verify_token", verifyToken)
        .build()).get().build();
    try (Response response = client.newCall(request).execute()) {
      return response.code() == 200 && challenge.equals(response.body().string());
    } catch (IOException e) {
      log.debug("Webhook verification GET to {} failed: {}", target, e.toString());
      return false;
    }
  }

  public List<WebhookDelivery> deliveries() {
    synchronized (lock) {
      return deliveries.stream().map(Delivery::snapshot).toList();
    }
  }

  /** Waits until every scheduled delivery was answered 2xx or gave up. */
  public void await(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (pending > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(pending + " webhook deliveries still pending after " + timeout
              + " (is the app's webhook endpoint at " + url + " answering?)");
        }
        try {
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting for webhooks", e);
        }
      }
    }
  }

  /** Forgets every delivery and cancels retries still scheduled. */
  public void reset() {
    synchronized (lock) {
      epoch++;
      deliveries.clear();
      pending = 0;
      duplicateNext = 0;
      failures.clear();
      listenerErrors.clear();
      failuresExpected = false;
      lastFailure = null;
      lock.notifyAll();
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      epoch++;
      pending = 0;
      lock.notifyAll();
    }
    executor.shutdownNow();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
