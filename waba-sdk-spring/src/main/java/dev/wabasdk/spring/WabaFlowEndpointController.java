package dev.wabasdk.spring;

import dev.wabasdk.webhook.flow.FlowEndpointProcessor;
import dev.wabasdk.webhook.flow.FlowEndpointResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp Flow endpoint at {@code waba.flows.path}: POST hands the raw body bytes (the signature covers them)
 * to the {@link FlowEndpointProcessor} and copies its answer (the encrypted response, or Meta's 421/427/432 codes).
 * Registered by {@link WabaFlowAutoConfiguration}; never component-scanned. Thread-safe.
 */
@RestController
@RequestMapping("${waba.flows.path:/flows/endpoint}")
public final class WabaFlowEndpointController {
  private final FlowEndpointProcessor processor;
  private final int maxBodyBytes;

  WabaFlowEndpointController(FlowEndpointProcessor processor, int maxBodyBytes) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A data-exchange request, health check or error notification from WhatsApp. */
  @PostMapping
  public ResponseEntity<String> request(@RequestHeader MultiValueMap<String, String> headers, InputStream body)
      throws IOException {
    // Reads one byte over the limit so the processor answers 413 without reading a huge body.
    byte[] bytes = body.readNBytes((int) Math.min(maxBodyBytes + 1L, Integer.MAX_VALUE - 8));
    FlowEndpointResponse response = processor.handle(headers, bytes);
    return ResponseEntity.status(response.statusCode())
        .contentType(MediaType.parseMediaType(response.contentType()))
        .body(response.body());
  }

  @Override
  public String toString() {
    return "WabaFlowEndpointController{processor=" + processor + "}";
  }
}
