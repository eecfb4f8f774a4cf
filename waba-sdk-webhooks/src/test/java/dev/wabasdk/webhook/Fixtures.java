package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.webhook.internal.SignatureVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Meta's documented payloads (src/test/resources/payloads) and signing helpers. */
final class Fixtures {

  static final String APP_SECRET = "test-app-secret";
  static final String VERIFY_TOKEN = "test-verify-token";

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/payloads/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sign(byte[] body) {
    return new SignatureVerifier(APP_SECRET).sign(body);
  }

  static Map<String, List<String>> signedHeaders(byte[] body) {
    return Map.of("X-Hub-Signature-256", List.of(sign(body)), "Content-Type", List.of("application/json"));
  }

  static List<WebhookEvent> events(String name) {
    return WebhookProcessor.parse(bytes(name));
  }

  static <T extends WebhookEvent> T single(String name, Class<T> type) {
    List<WebhookEvent> events = events(name);
    assertThat(events).hasSize(1);
    assertThat(events.get(0)).isInstanceOf(type);
    return type.cast(events.get(0));
  }
}
