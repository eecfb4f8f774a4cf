package dev.wabasdk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ready-to-run webhook endpoint on the JDK's built-in HTTP server, for apps without a web framework:
 *
 * <pre>{@code
 * try (WebhookHttpServer server = WebhookHttpServer.builder(processor)
 *     .address(new InetSocketAddress(8080))
 *     .path("/webhooks/whatsapp")
 *     .start()) {
 *   ...
 * }
 * }</pre>
 *
 * Hostile or broken clients cannot hold it up: each request is read and processed on its own worker thread (never
 * on the JDK server's dispatcher thread, so a slow listener delays only its own request), the request line and
 * headers must arrive within {@link Builder#headerTimeout}, the body within {@link Builder#bodyTimeout} (the
 * connection is closed otherwise), and at most {@link Builder#maxConnections} requests are in progress at once
 * (beyond that a new request's connection is closed at once, never queued; Meta redelivers). Connections that are
 * open but have not sent a byte hold no thread.
 *
 * <p>Plain HTTP: Meta requires HTTPS with a valid certificate, so put a TLS-terminating proxy in front. Thread-safe.
 */
public final class WebhookHttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(WebhookHttpServer.class);
  private static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);
  private static final int MAX_CONNECTIONS_LIMIT = 10_000;
  // Log "busy" at most this often; under attack every rejected connection would otherwise log a line.
  private static final long BUSY_LOG_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

  private final HttpServer server;
  private final ThreadPoolExecutor workers;
  private final RequestWatchdog watchdog;
  private final String path;
  private final Duration headerTimeout;
  private final Duration bodyTimeout;
  private final int maxConnections;
  private final Duration closeTimeout;
  private final AtomicLong lastBusyLog = new AtomicLong(System.nanoTime() - BUSY_LOG_INTERVAL_NANOS);

  private WebhookHttpServer(Builder builder) {
    this.path = builder.path;
    this.headerTimeout = builder.headerTimeout;
    this.bodyTimeout = builder.bodyTimeout;
    this.maxConnections = builder.maxConnections;
    this.closeTimeout = builder.closeTimeout;
    try {
      server = HttpServer.create(builder.address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not bind the webhook server to " + builder.address, e);
    }
    AtomicInteger threads = new AtomicInteger();
    // No queue: a request either gets a worker now or its connection is closed, so nothing waits unboundedly.
    workers =
        new ThreadPoolExecutor(
            maxConnections,
            maxConnections,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "waba-webhook-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    workers.allowCoreThreadTimeOut(true);
    watchdog = new RequestWatchdog(headerTimeout, bodyTimeout, "waba-webhook-watchdog");
    WebhookHttpHandler handler = new WebhookHttpHandler(builder.processor, watchdog);
    String servedPath = path;
    server.createContext(
        servedPath,
        exchange -> {
          // createContext matches by prefix; only the exact path is the webhook.
          if (!servedPath.equals(exchange.getRequestURI().getPath())) {
            try (exchange) {
              exchange.sendResponseHeaders(404, -1);
            }
            return;
          }
          handler.handle(exchange);
        });
    // The JDK server hands each readable connection to this executor, which reads the request there. A rejection
    // (all workers busy, or closing) makes the JDK server close that connection.
    server.setExecutor(
        exchange -> {
          try {
            workers.execute(watchdog.guard(exchange));
          } catch (RejectedExecutionException e) {
            logBusy();
            throw e;
          }
        });
    server.start();
  }

  /**
   * Binds {@code address} and serves {@code processor} on {@code path} (e.g. {@code /webhooks/whatsapp}) with the
   * default limits of {@link #builder}.
   *
   * @throws IllegalArgumentException when {@code path} does not start with {@code /}
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static WebhookHttpServer start(WebhookProcessor processor, InetSocketAddress address, String path) {
    return builder(processor).address(address).path(path).start();
  }

  /** A builder serving {@code processor}; {@link Builder#start()} binds the port. */
  public static Builder builder(WebhookProcessor processor) {
    return new Builder(processor);
  }

  /** The port the server listens on (useful after binding port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The webhook path. */
  public String path() {
    return path;
  }

  /**
   * Stops taking new requests (their connections are closed), lets the requests in progress finish for up to {@link
   * Builder#closeTimeout}, then releases the port, closes every connection and interrupts listeners still running.
   */
  @Override
  public void close() {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(closeTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
        log.warn("Webhook requests still running after the close timeout of {}; interrupting them", closeTimeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.stop(0);
      workers.shutdownNow();
      watchdog.close();
    }
  }

  private void logBusy() {
    if (workers.isShutdown()) {
      return;
    }
    long now = System.nanoTime();
    long last = lastBusyLog.get();
    if (now - last >= BUSY_LOG_INTERVAL_NANOS && lastBusyLog.compareAndSet(last, now)) {
      log.warn(
          "Webhook server busy: {} requests in progress (maxConnections); closing new connections until one ends",
          maxConnections);
    }
  }

  @Override
  public String toString() {
    return "WebhookHttpServer{port="
        + port()
        + ", path="
        + path
        + ", headerTimeout="
        + headerTimeout
        + ", bodyTimeout="
        + bodyTimeout
        + ", maxConnections="
        + maxConnections
        + "}";
  }

  /**
   * Configures a {@link WebhookHttpServer}. Defaults: address {@code 0.0.0.0:8080}, path {@code /webhooks/whatsapp},
   * header timeout 5 s, body timeout 10 s, 64 connections, close timeout 5 s. Not thread-safe.
   */
  public static final class Builder {
    private final WebhookProcessor processor;
    private InetSocketAddress address = new InetSocketAddress(8080);
    private String path = "/webhooks/whatsapp";
    private Duration headerTimeout = Duration.ofSeconds(5);
    private Duration bodyTimeout = Duration.ofSeconds(10);
    private int maxConnections = 64;
    private Duration closeTimeout = Duration.ofSeconds(5);

    private Builder(WebhookProcessor processor) {
      this.processor = Objects.requireNonNull(processor, "processor == null");
    }

    /** The address to bind; port 0 picks a free port ({@link WebhookHttpServer#port()} tells which). */
    public Builder address(InetSocketAddress address) {
      this.address = Objects.requireNonNull(address, "address == null");
      return this;
    }

    /** The webhook path, e.g. {@code /webhooks/whatsapp}; other paths answer 404. */
    public Builder path(String path) {
      Objects.requireNonNull(path, "path == null");
      if (!path.startsWith("/")) {
        throw new IllegalArgumentException("path must start with /, was: " + path);
      }
      this.path = path;
      return this;
    }

    /**
     * How long a client may take, from the moment its first byte arrives, to send the request line and all
     * headers (between 1 ms and 10 minutes).
     */
    public Builder headerTimeout(Duration headerTimeout) {
      this.headerTimeout = timeout("headerTimeout", headerTimeout, Duration.ofMillis(1));
      return this;
    }

    /**
     * How long a client may take to send the body once the headers are in, and to take the response (between 1 ms
     * and 10 minutes). Listeners are not limited by it.
     */
    public Builder bodyTimeout(Duration bodyTimeout) {
      this.bodyTimeout = timeout("bodyTimeout", bodyTimeout, Duration.ofMillis(1));
      return this;
    }

    /**
     * How many requests may be read or processed at once, each on its own thread (1 to 10,000). A connection whose
     * request arrives beyond it is closed without an answer.
     */
    public Builder maxConnections(int maxConnections) {
      if (maxConnections < 1 || maxConnections > MAX_CONNECTIONS_LIMIT) {
        throw new IllegalArgumentException(
            "maxConnections must be between 1 and " + MAX_CONNECTIONS_LIMIT + ", was: " + maxConnections);
      }
      this.maxConnections = maxConnections;
      return this;
    }

    /** How long {@link WebhookHttpServer#close()} waits for requests in progress (0 to 10 minutes). */
    public Builder closeTimeout(Duration closeTimeout) {
      this.closeTimeout = timeout("closeTimeout", closeTimeout, Duration.ZERO);
      return this;
    }

    /**
     * Binds the address and starts serving.
     *
     * @throws UncheckedIOException when the address cannot be bound
     */
    public WebhookHttpServer start() {
      return new WebhookHttpServer(this);
    }

    private static Duration timeout(String field, Duration value, Duration min) {
      Objects.requireNonNull(value, field + " == null");
      if (value.compareTo(min) < 0 || value.compareTo(MAX_TIMEOUT) > 0) {
        throw new IllegalArgumentException(
            field + " must be between " + min + " and " + MAX_TIMEOUT + ", was: " + value);
      }
      return value;
    }
  }
}
