package dev.wabasdk.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A ready-to-run webhook endpoint on the JDK's built-in HTTP server, for apps without a web framework:
 *
 * <pre>{@code
 * try (WebhookHttpServer server =
 *     WebhookHttpServer.start(processor, new InetSocketAddress(8080), "/webhooks/whatsapp")) {
 *   ...
 * }
 * }</pre>
 *
 * Plain HTTP: Meta requires HTTPS with a valid certificate, so put a TLS-terminating proxy in front. Thread-safe.
 */
public final class WebhookHttpServer implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;
  private final String path;

  private WebhookHttpServer(HttpServer server, ExecutorService executor, String path) {
    this.server = server;
    this.executor = executor;
    this.path = path;
  }

  /**
   * Binds {@code address} and serves {@code processor} on {@code path} (e.g. {@code /webhooks/whatsapp}).
   *
   * @throws IllegalArgumentException when {@code path} does not start with {@code /}
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static WebhookHttpServer start(WebhookProcessor processor, InetSocketAddress address, String path) {
    Objects.requireNonNull(processor, "processor == null");
    Objects.requireNonNull(address, "address == null");
    Objects.requireNonNull(path, "path == null");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /, was: " + path);
    }
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not bind the webhook server to " + address, e);
    }
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            Math.max(2, Runtime.getRuntime().availableProcessors()),
            runnable -> {
              Thread thread = new Thread(runnable, "waba-webhook-" + threads.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    WebhookHttpHandler handler = new WebhookHttpHandler(processor);
    server.createContext(
        path,
        exchange -> {
          // createContext matches by prefix; only the exact path is the webhook.
          if (!path.equals(exchange.getRequestURI().getPath())) {
            try (exchange) {
              exchange.sendResponseHeaders(404, -1);
            }
            return;
          }
          handler.handle(exchange);
        });
    server.setExecutor(executor);
    server.start();
    return new WebhookHttpServer(server, executor, path);
  }

  /** The port the server listens on (useful after binding port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The webhook path. */
  public String path() {
    return path;
  }

  /** Stops accepting requests and releases the port and threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "WebhookHttpServer{port=" + port() + ", path=" + path + "}";
  }
}
