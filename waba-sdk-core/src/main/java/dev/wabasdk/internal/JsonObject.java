package dev.wabasdk.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A JSON object of a tree from {@link Json#parse}, with its path in the document, read leniently: a member of the
 * wrong kind reads as absent, except where a method says it throws, and then the {@link Json.MalformedJsonException}
 * names the member's path ({@code $.entry[0].changes[0].value.statuses[0].timestamp: ...}). Immutable when its map
 * is not changed; thread-safe then.
 *
 * @param map the object's members
 * @param path where it sits, e.g. {@code $.entry[0]}
 */
public record JsonObject(Map<String, @Nullable Object> map, String path) {

  public JsonObject {
    Objects.requireNonNull(map, "map");
    Objects.requireNonNull(path, "path");
  }

  /** The document's top-level object. */
  public static JsonObject root(Map<String, @Nullable Object> map) {
    return new JsonObject(map, "$");
  }

  /** The path of a member of this object. */
  public String pathOf(String name) {
    return path + "." + name;
  }

  public @Nullable Object get(String name) {
    return map.get(name);
  }

  /** The object under {@code name}, or null when absent or not an object. */
  public @Nullable JsonObject object(String name) {
    Object value = map.get(name);
    return value instanceof Map<?, ?> ? new JsonObject(cast(value), pathOf(name)) : null;
  }

  /** The objects in the array under {@code name} (other items skipped), each with its index in its path. */
  public List<JsonObject> objects(String name) {
    Object value = map.get(name);
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      return List.of();
    }
    List<JsonObject> result = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof Map<?, ?> item) {
        result.add(new JsonObject(cast(item), pathOf(name) + "[" + i + "]"));
      }
    }
    return result;
  }

  /** A member as text: strings as they are, numbers and booleans as their text (Meta is not consistent about ids). */
  public @Nullable String string(String name) {
    Object value = map.get(name);
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      // toPlainString of 1e999999999 would allocate a billion digits: only for sane scales.
      return Math.abs((long) d.scale()) <= Json.MAX_NUMBER_LENGTH ? d.toPlainString() : d.toString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    return null;
  }

  /** True only for {@code true} or {@code "true"}. */
  public boolean bool(String name) {
    Object value = map.get(name);
    return Boolean.TRUE.equals(value) || "true".equals(value);
  }

  /**
   * A number, or a string holding one (Meta sends both).
   *
   * @return null when absent or JSON null
   * @throws Json.MalformedJsonException naming the path when the member is something else
   */
  public @Nullable BigDecimal number(String name) {
    Object value = map.get(name);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal d) {
      return d;
    }
    if (value instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    if (value instanceof String s && s.strip().length() <= Json.MAX_NUMBER_LENGTH) {
      try {
        return new BigDecimal(s.strip());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new Json.MalformedJsonException(
        pathOf(name), "expected a number or a numeric string, was " + describe(value));
  }

  /** {@link #number}, or null when the member is malformed. */
  public @Nullable BigDecimal numberOrNull(String name) {
    try {
      return number(name);
    } catch (Json.MalformedJsonException e) {
      return null;
    }
  }

  /** A whole number in the int range, or 0 when absent, malformed or out of range (never expands a huge exponent). */
  public int intOrZero(String name) {
    BigDecimal value = numberOrNull(name);
    if (value == null || Math.abs((long) value.scale()) > Json.MAX_NUMBER_LENGTH
        || value.precision() - value.scale() > 10) {
      return 0;
    }
    return value.intValue();
  }

  /**
   * Unix seconds, as a number or a numeric string.
   *
   * @return null when absent or JSON null
   * @throws Json.MalformedJsonException naming the path when the member is not whole seconds in {@link Instant}'s range
   */
  public @Nullable Instant epochSeconds(String name) {
    BigDecimal seconds = number(name);
    if (seconds == null) {
      return null;
    }
    if (Math.abs((long) seconds.scale()) <= Json.MAX_NUMBER_LENGTH && seconds.precision() - seconds.scale() <= 18) {
      try {
        return Instant.ofEpochSecond(seconds.longValueExact());
      } catch (ArithmeticException | DateTimeException e) {
        // reported below
      }
    }
    throw new Json.MalformedJsonException(pathOf(name), "expected whole Unix seconds, was " + describe(map.get(name)));
  }

  /** {@link #epochSeconds}, or null when the member is malformed. */
  public @Nullable Instant epochSecondsOrNull(String name) {
    try {
      return epochSeconds(name);
    } catch (Json.MalformedJsonException e) {
      return null;
    }
  }

  /** A short description of a value for an error message (long strings cut, containers by kind). */
  private static String describe(@Nullable Object value) {
    if (value instanceof String s) {
      return "\"" + (s.length() > 40 ? s.substring(0, 40) + "..." : s) + "\"";
    }
    if (value instanceof Map<?, ?>) {
      return "an object";
    }
    if (value instanceof List<?>) {
      return "an array";
    }
    return String.valueOf(value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, @Nullable Object> cast(Object map) {
    return (Map<String, @Nullable Object>) map;
  }
}
