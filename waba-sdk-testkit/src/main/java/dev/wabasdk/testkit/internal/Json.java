package dev.wabasdk.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fake's view of core's JSON tree helper ({@link dev.wabasdk.internal.Json}): parsing and writing are core's
 * (number length capped, errors naming the JSON path); what is the fake's own is its number representation
 * ({@code Long} for ids and counts) and the terse accessors below. Stateless.
 */
public final class Json {
  private Json() {}

  /** Thrown for malformed JSON; the fake answers it with Graph error 100. The message names the JSON path. */
  public static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(message);
    }
  }

  public static @Nullable Object parse(String json) {
    try {
      return dev.wabasdk.internal.Json.parse(json, Json::number);
    } catch (dev.wabasdk.internal.Json.MalformedJsonException e) {
      throw new MalformedJsonException(String.valueOf(e.getMessage()));
    }
  }

  /** Parses a JSON object, or throws {@link MalformedJsonException} when the text is not one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new MalformedJsonException("$: expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  /** Whole numbers up to 18 digits as {@code Long} (ids, counts, timestamps), any other as {@code Double}. */
  private static Object number(String literal) {
    if (literal.matches("-?\\d{1,18}")) {
      return Long.parseLong(literal);
    }
    return Double.parseDouble(literal);
  }

  public static String write(@Nullable Object value) {
    return dev.wabasdk.internal.Json.writeTree(value);
  }

  /** Builds an ordered map from alternating keys and values; null values are skipped. */
  public static Map<String, Object> obj(@Nullable Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      Object v = keysAndValues[i + 1];
      if (v != null) {
        map.put((String) keysAndValues[i], v);
      }
    }
    return map;
  }

  /** Reads a nested value by object keys; null when a step is missing or not an object. */
  public static @Nullable Object at(@Nullable Object root, String... path) {
    Object current = root;
    for (String key : path) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  public static @Nullable String string(@Nullable Object root, String... path) {
    Object v = at(root, path);
    return v instanceof String s ? s : null;
  }

  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> map(@Nullable Object root, String... path) {
    Object v = at(root, path);
    return v instanceof Map ? (Map<String, Object>) v : null;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> list(@Nullable Object root, String... path) {
    Object v = at(root, path);
    return v instanceof List ? (List<Object>) v : List.of();
  }

  /** Deep copy into mutable ordered containers, so stored state never aliases caller data. */
  @SuppressWarnings("unchecked")
  public static @Nullable Object copy(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(v -> out.add(copy(v)));
      return out;
    }
    return value;
  }
}
