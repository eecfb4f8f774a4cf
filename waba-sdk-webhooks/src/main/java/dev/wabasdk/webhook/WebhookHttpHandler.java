package dev.wabasdk.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.wabasdk.webhook.internal.QueryString;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link WebhookProcessor} with the JDK's built-in {@code com.sun.net.httpserver}, for apps without a web
 * framework: {@code GET} answers the verification handshake, {@code POST} handles notifications, other methods get
 * 405. Mount it on your own {@code HttpServer} with {@code server.createContext("/webhook", handler)}, or let
 * {@link WebhookHttpServer} do it. Bodies over the processor's limit are refused without being read in full.
 * On your own server, set an executor (the JDK's default runs every handler on its one dispatcher thread) and mind
 * that this handler does not limit how long a client may take to send a request; {@link WebhookHttpServer} does both.
 * Thread-safe.
 */
public final class WebhookHttpHandler implements HttpHandler {

  private static final Logger log = LoggerFactory.getLogger(WebhookHttpHandler.class);

  private final WebhookProcessor processor;
  private final @Nullable RequestWatchdog watchdog;

  /** Serves {@code processor}; reads are not time-limited here (your {@code HttpServer}'s settings apply). */
  public WebhookHttpHandler(WebhookProcessor processor) {
    this(processor, null);
  }

  WebhookHttpHandler(WebhookProcessor processor, @Nullable RequestWatchdog watchdog) {
    this.processor = Objects.requireNonNull(processor, "processor == null");
    this.watchdog = watchdog;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    if (watchdog != null) {
      watchdog.readingBody();
    }
    try (exchange) {
      WebhookResponse response;
      String method = exchange.getRequestMethod();
      if ("GET".equals(method)) {
        Map<String, String> query = QueryString.parse(exchange.getRequestURI().getRawQuery());
        response = processor.verify(query.get("hub.mode"), query.get("hub.verify_token"), query.get("hub.challenge"));
      } else if ("POST".equals(method)) {
        response = post(exchange);
      } else {
        exchange.getResponseHeaders().set("Allow", "GET, POST");
        response = WebhookResponse.of(405, "method not allowed");
      }
      byte[] body = response.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      exchange.sendResponseHeaders(response.statusCode(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException e) {
      log.debug("Webhook connection failed before the response was sent", e);
      throw e;
    }
  }

  private WebhookResponse post(HttpExchange exchange) throws IOException {
    int limit = processor.maxBodyBytes();
    String declared = exchange.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      try {
        long length = Long.parseLong(declared.trim());
        if (length > limit) {
          return processor.payloadTooLarge(length);
        }
      } catch (NumberFormatException e) {
        return WebhookResponse.of(400, "invalid Content-Length");
      }
    }
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      // Read one byte past the limit so an oversized chunked body is detected without buffering all of it.
      body = in.readNBytes(limit + 1);
    }
    if (body.length > limit) {
      return processor.payloadTooLarge(body.length);
    }
    if (watchdog == null) {
      return processor.handle(exchange.getRequestHeaders(), body);
    }
    // Listeners are never interrupted by a read deadline; the response write gets one again.
    watchdog.processing();
    try {
      return processor.handle(exchange.getRequestHeaders(), body);
    } finally {
      watchdog.responding();
    }
  }
}
