package dev.wabasdk;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The escape hatch for Graph API calls the SDK does not model yet: a path under the API version and a JSON body,
 * with the same authentication, error mapping, retries and logging as every other call. Bodies are maps and lists
 * of strings, numbers and booleans; answers come back the same way (numbers as {@code Double}).
 *
 * <pre>{@code
 * Map<String, Object> answer = whatsApp.raw().post("123456789/register", Map.of("messaging_product", "whatsapp", "pin", "123456"));
 * }</pre>
 * Implementations must be thread-safe; the SDK's is.
 */
public interface RawApi {
  /** {@code GET /{version}/{path}} with optional query parameters. */
  Map<String, Object> get(String path, Map<String, String> query);

  /** {@code GET /{version}/{path}}. */
  Map<String, Object> get(String path);

  /**
   * {@code POST /{version}/{path}} with a JSON body. Not retried when the outcome is unknown (it may send a
   * message); use {@link #post(String, Map, boolean)} to declare it idempotent.
   */
  Map<String, Object> post(String path, Map<String, ?> json);

  /** {@code POST /{version}/{path}}; {@code idempotent} says whether repeating it is harmless. */
  Map<String, Object> post(String path, Map<String, ?> json, boolean idempotent);

  /** {@code DELETE /{version}/{path}} with optional query parameters. */
  Map<String, Object> delete(String path, Map<String, String> query);

  /** The asynchronous twin of {@link #get(String, Map)}. */
  CompletableFuture<Map<String, Object>> getAsync(String path, Map<String, String> query);

  /** The asynchronous twin of {@link #post(String, Map, boolean)}. */
  CompletableFuture<Map<String, Object>> postAsync(String path, Map<String, ?> json, boolean idempotent);
}
