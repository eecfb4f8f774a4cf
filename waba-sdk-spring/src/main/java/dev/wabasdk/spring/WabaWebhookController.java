package dev.wabasdk.spring;

import dev.wabasdk.spring.internal.WebhookObserver;
import dev.wabasdk.webhook.WebhookProcessor;
import dev.wabasdk.webhook.WebhookResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webhook endpoint at {@code waba.webhook.path}: GET answers Meta's subscription handshake, POST hands the raw
 * body bytes (never a parsed body, which would break the signature) to the {@link WebhookProcessor} and copies its
 * answer. Registered by {@link WabaWebhookAutoConfiguration} on servlet web applications; never component-scanned.
 * Thread-safe.
 */
@RestController
@RequestMapping("${waba.webhook.path:/webhooks/whatsapp}")
public final class WabaWebhookController {
  private final WebhookProcessor processor;
  private final List<WebhookObserver> observers;

  WabaWebhookController(WebhookProcessor processor, List<WebhookObserver> observers) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.observers = List.copyOf(observers);
  }

  /** Meta's subscription handshake: echoes {@code hub.challenge} when {@code hub.verify_token} matches. */
  @GetMapping
  public ResponseEntity<String> verify(
      @RequestParam(name = "hub.mode", required = false) @Nullable String mode,
      @RequestParam(name = "hub.verify_token", required = false) @Nullable String verifyToken,
      @RequestParam(name = "hub.challenge", required = false) @Nullable String challenge) {
    return toEntity(processor.verify(mode, verifyToken, challenge));
  }

  /** A notification: verified, parsed, de-duplicated and dispatched by the processor. */
  @PostMapping
  public ResponseEntity<String> notification(@RequestHeader MultiValueMap<String, String> headers, InputStream body)
      throws IOException {
    long start = System.nanoTime();
    // One byte more than the limit is enough for the processor to answer 413 without reading a huge body.
    byte[] bytes = body.readNBytes((int) Math.min(processor.maxBodyBytes() + 1L, Integer.MAX_VALUE - 8));
    WebhookResponse response = processor.handle(headers, bytes);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    for (WebhookObserver observer : observers) {
      observer.onNotification(response, elapsed);
    }
    return toEntity(response);
  }

  private static ResponseEntity<String> toEntity(WebhookResponse response) {
    return ResponseEntity.status(response.statusCode())
        .contentType(MediaType.parseMediaType(response.contentType()))
        .body(response.body());
  }

  @Override
  public String toString() {
    return "WabaWebhookController{processor=" + processor + "}";
  }
}
