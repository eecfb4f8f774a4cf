package dev.wabasdk.webhook;

import dev.wabasdk.internal.Json;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON object Meta sent for one event, kept so nothing is lost when Meta adds fields this SDK does not model
 * yet. Immutable and thread-safe; the JSON text is produced on first use.
 *
 * <p>Numbers appear as {@link java.math.BigDecimal} in {@link #asMap()}, so large ids keep every digit.
 */
public final class RawJson {

  private final Map<String, @Nullable Object> value;
  private volatile @Nullable String json;

  private RawJson(Map<String, @Nullable Object> value) {
    this.value = value;
  }

  /** Wraps a parsed object; the map must not be changed afterwards (the webhook parser never does). */
  static RawJson wrap(Map<String, @Nullable Object> value) {
    return new RawJson(value);
  }

  /**
   * Parses a JSON object, e.g. to build an event in a test.
   *
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  public static RawJson parse(String json) {
    Objects.requireNonNull(json, "json == null");
    Object parsed;
    try {
      parsed = Json.parse(json);
    } catch (Json.MalformedJsonException e) {
      throw new IllegalArgumentException("json is not valid JSON: " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("json must be a JSON object, was: " + json);
    }
    @SuppressWarnings("unchecked")
    Map<String, @Nullable Object> map = (Map<String, @Nullable Object>) parsed;
    return new RawJson(map);
  }

  /** The compact JSON text of this object (after parsing: whitespace and escapes may differ from the wire). */
  public String json() {
    String result = json;
    if (result == null) {
      result = Json.writeTree(value);
      json = result;
    }
    return result;
  }

  /** A deep, unmodifiable copy of the object as maps, lists, strings, {@code BigDecimal}s, booleans and nulls. */
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> asMap() {
    return (Map<String, @Nullable Object>) Objects.requireNonNull(Json.unmodifiableCopy(value));
  }

  Map<String, @Nullable Object> map() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RawJson other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return json();
  }
}
