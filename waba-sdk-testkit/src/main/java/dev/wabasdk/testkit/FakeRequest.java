package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request the fake received, kept in {@link FakeWhatsApp#requests()} and matched by faults. Immutable
 * and thread-safe.
 *
 * @param method the HTTP method
 * @param path the path, e.g. {@code /v26.0/106540352242922/messages}
 * @param query the raw query string, or null
 * @param contentType the {@code Content-Type} header, or null
 * @param body the body as UTF-8 text (empty when there is none)
 * @param responseCode the HTTP status the fake answered (0 while the request is being answered or when the
 *     connection was dropped)
 */
public record FakeRequest(String method, String path, @Nullable String query, @Nullable String contentType,
    String body, int responseCode) {

  /** The body parsed as a JSON object. */
  public Map<String, Object> json() {
    return Json.parseObject(body);
  }

  /** True when this request sends a message ({@code POST /{version}/{phone-number-id}/messages}). */
  public boolean isSendMessage() {
    return method.equals("POST") && path.matches("/v\\d+\\.\\d+/[^/]+/messages");
  }
}
