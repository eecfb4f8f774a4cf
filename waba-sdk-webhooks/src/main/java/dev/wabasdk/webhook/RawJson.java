package dev.wabasdk.webhook;

import dev.wabasdk.internal.Json;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The JSON object Meta sent for one event, kept so nothing is lost when Meta adds fields this SDK does not model
 * yet. Immutable and thread-safe; the JSON text (and the map tree) are produced on first use.
 *
 * <p>Numbers appear as {@link java.math.BigDecimal} in {@link #asMap()}, so large ids keep every digit.
 */
public final class RawJson {

  // The object as the webhook parser read it (a view, or its bytes, which the fast path validated), turned into the
  // map tree only when asked for (most listeners never look at raw JSON); or that map.
  private final @Nullable JsonView view;
  private final byte @Nullable [] bytes;
  private volatile @Nullable Map<String, @Nullable Object> value;
  private volatile @Nullable String json;

  private RawJson(
      @Nullable JsonView view, byte @Nullable [] bytes, @Nullable Map<String, @Nullable Object> value) {
    this.view = view;
    this.bytes = bytes;
    this.value = value;
  }

  /** Wraps an object the webhook parser read (never changed afterwards). */
  static RawJson wrap(JsonView view) {
    return new RawJson(view, null, null);
  }

  /**
   * The object at {@code body[start, end)}, which the fast path read as plain JSON: parsed only when asked for, to
   * the tree the view of the same object gives. A copy: the caller may reuse its body's array.
   */
  static RawJson span(byte[] body, int start, int end) {
    return new RawJson(null, Arrays.copyOfRange(body, start, end), null);
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
    return new RawJson(null, null, map);
  }

  /** {@link #parse(String)}, or null when the text is not a JSON object (a form reply's {@code response_json}). */
  static @Nullable RawJson parseOrNull(String json) {
    try {
      return parse(json);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The compact JSON text of this object (after parsing: whitespace and escapes may differ from the wire). */
  public String json() {
    String result = json;
    if (result == null) {
      result = Json.writeTree(map());
      json = result;
    }
    return result;
  }

  /** A deep, unmodifiable copy of the object as maps, lists, strings, {@code BigDecimal}s, booleans and nulls. */
  @SuppressWarnings("unchecked")
  public Map<String, @Nullable Object> asMap() {
    return (Map<String, @Nullable Object>) Objects.requireNonNull(Json.unmodifiableCopy(map()));
  }

  Map<String, @Nullable Object> map() {
    Map<String, @Nullable Object> result = value;
    if (result == null) {
      // Two threads may both build it: equal trees, either is fine.
      result = view != null ? view.map() : Objects.requireNonNull(
          WebhookJsonReader.parseObject(Objects.requireNonNull(bytes)), "not an object").map();
      value = result;
    }
    return result;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RawJson other && map().equals(other.map());
  }

  @Override
  public int hashCode() {
    return map().hashCode();
  }

  @Override
  public String toString() {
    return json();
  }
}
