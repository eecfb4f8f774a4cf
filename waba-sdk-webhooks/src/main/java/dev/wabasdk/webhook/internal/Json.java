package dev.wabasdk.webhook.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads JSON into plain {@code Map}/{@code List}/{@code String}/{@link BigDecimal}/{@code Boolean}/null trees and
 * writes them back. Numbers stay {@link BigDecimal} so ids such as {@code message_template_id} keep every digit
 * (a {@code double} would round ids above 2^53).
 */
public final class Json {
  // The tree reading and writing are core's; only the number representation is this module's own.
  private static final dev.wabasdk.internal.Json.NumberReader NUMBERS = Json::number;

  private Json() {}

  /** Thrown when the bytes are not one well-formed JSON value. */
  public static final class MalformedJsonException extends RuntimeException {
    MalformedJsonException(String message, @Nullable Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /** Parses exactly one JSON value from UTF-8 bytes. */
  public static @Nullable Object parse(byte[] utf8) {
    return parse(new Buffer().write(utf8));
  }

  /** Parses exactly one JSON value from a string. */
  public static @Nullable Object parse(String json) {
    return parse(new Buffer().writeUtf8(json));
  }

  private static @Nullable Object parse(Buffer buffer) {
    JsonReader reader = JsonReader.of(buffer);
    try {
      Object value = dev.wabasdk.internal.Json.readTree(reader, NUMBERS);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedJsonException("unexpected content after the JSON value at " + reader.getPath(), null);
      }
      return value;
    } catch (EOFException e) {
      throw new MalformedJsonException("unexpected end of input at " + reader.getPath(), e);
    } catch (IOException | JsonDataException e) {
      throw new MalformedJsonException(e.getMessage() == null ? e.toString() : e.getMessage(), e);
    }
  }

  /** Keeps every digit: a {@code double} would round ids above 2^53. */
  private static Object number(JsonReader reader) throws IOException {
    String literal = reader.nextString();
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException e) {
      // JSON allows any exponent; BigDecimal does not (e.g. 1e99999999999). Meta never sends such numbers.
      throw new JsonDataException("number out of range at " + reader.getPath());
    }
  }

  /** Serialises a tree built by {@link #parse} back to compact JSON. */
  public static String write(@Nullable Object value) {
    return dev.wabasdk.internal.Json.writeTree(value);
  }

  /** A deep, unmodifiable copy of a tree built by {@link #parse}. */
  public static @Nullable Object unmodifiableCopy(@Nullable Object value) {
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>(map.size() * 2);
      for (Map.Entry<?, ?> e : map.entrySet()) {
        copy.put(String.valueOf(e.getKey()), unmodifiableCopy(e.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (Object item : list) {
        copy.add(unmodifiableCopy(item));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
