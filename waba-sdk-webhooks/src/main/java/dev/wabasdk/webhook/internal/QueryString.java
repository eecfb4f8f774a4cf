package dev.wabasdk.webhook.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parses {@code a=b&c=d} query strings; the first occurrence of a name wins, bad escapes drop the pair. Stateless
 * and thread-safe.
 */
public final class QueryString {

  private QueryString() {}

  public static Map<String, String> parse(@Nullable String rawQuery) {
    Map<String, String> result = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return result;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        result.putIfAbsent(
            URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // A malformed %-escape: ignore this pair, the handshake then fails with 403.
      }
    }
    return result;
  }
}
