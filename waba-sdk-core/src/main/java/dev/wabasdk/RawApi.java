package dev.wabasdk;

import dev.wabasdk.internal.GraphCall;
import dev.wabasdk.internal.GraphClient;
import dev.wabasdk.internal.ResponseHandler;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * The escape hatch for Graph API calls the SDK does not model yet: a path under the API version and a JSON body,
 * with the same authentication, error mapping, retries and logging as every other call. Bodies are maps and lists
 * of strings, numbers and booleans; answers come back the same way (numbers as {@code Double}).
 *
 * <pre>{@code
 * Map<String, Object> answer = whatsApp.raw().post("123456789/register", Map.of("messaging_product", "whatsapp", "pin", "123456"));
 * }</pre>
 */
public final class RawApi {
  private final GraphClient graph;

  RawApi(GraphClient graph) {
    this.graph = graph;
  }

  /** {@code GET /{version}/{path}} with optional query parameters. */
  public Map<String, Object> get(String path, Map<String, String> query) {
    return graph.execute(GraphCall.get(url(path, query)), ResponseHandler.jsonObject());
  }

  /** {@code GET /{version}/{path}}. */
  public Map<String, Object> get(String path) {
    return get(path, Map.of());
  }

  /**
   * {@code POST /{version}/{path}} with a JSON body. Not retried when the outcome is unknown (it may send a
   * message); use {@link #post(String, Map, boolean)} to declare it idempotent.
   */
  public Map<String, Object> post(String path, Map<String, ?> json) {
    return post(path, json, false);
  }

  /** {@code POST /{version}/{path}}; {@code idempotent} says whether repeating it is harmless. */
  public Map<String, Object> post(String path, Map<String, ?> json, boolean idempotent) {
    return graph.execute(GraphCall.post(url(path, Map.of()), json, idempotent), ResponseHandler.jsonObject());
  }

  /** {@code DELETE /{version}/{path}} with optional query parameters. */
  public Map<String, Object> delete(String path, Map<String, String> query) {
    return graph.execute(GraphCall.delete(url(path, query)), ResponseHandler.jsonObject());
  }

  /** The asynchronous twin of {@link #get(String, Map)}. */
  public CompletableFuture<Map<String, Object>> getAsync(String path, Map<String, String> query) {
    return graph.executeAsync(GraphCall.get(url(path, query)), ResponseHandler.jsonObject());
  }

  /** The asynchronous twin of {@link #post(String, Map, boolean)}. */
  public CompletableFuture<Map<String, Object>> postAsync(String path, Map<String, ?> json, boolean idempotent) {
    return graph.executeAsync(GraphCall.post(url(path, Map.of()), json, idempotent), ResponseHandler.jsonObject());
  }

  private HttpUrl url(String path, Map<String, String> query) {
    Objects.requireNonNull(path, "path");
    String trimmed = path.startsWith("/") ? path.substring(1) : path;
    if (trimmed.isEmpty() || trimmed.contains("?") || trimmed.contains("..")) {
      throw new IllegalArgumentException(
          "path: a Graph path without version or query such as '123/messages', was '" + path + "'");
    }
    HttpUrl.Builder b = graph.urlBuilder().addPathSegments(trimmed);
    query.forEach(b::addQueryParameter);
    return b.build();
  }
}
