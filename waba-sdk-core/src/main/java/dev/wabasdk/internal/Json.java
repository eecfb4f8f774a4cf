package dev.wabasdk.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * JSON for the whole SDK: Moshi's built-in adapters for maps, lists, strings, numbers and booleans. Request bodies
 * are built as insertion-ordered maps, responses are read as generic values and picked apart with the accessors
 * here, so no reflection or code generation is needed.
 *
 * <p>{@link #parse} reads untrusted JSON (webhook bodies, requests to the testkit's fake) into a tree with numbers
 * exact and bounded ({@link #MAX_NUMBER_LENGTH}); {@link JsonObject} reads such a tree leniently, and its errors,
 * like those of {@code parse}, name the JSON path. {@link #read} is Moshi's reading (numbers as {@code Double}) for
 * Graph API responses.
 */
public final class Json {
  private static final Moshi MOSHI = new Moshi.Builder().build();
  private static final JsonAdapter<Object> VALUE = MOSHI.adapter(Object.class);

  private Json() {}

  /**
   * The most characters a number literal may have. A JSON number has no size limit, and turning a literal of a million
   * digits into a {@code BigDecimal} or {@code BigInteger} takes seconds of CPU (quadratic), so an attacker with one
   * signed body could stall a thread; no number Meta or the Graph API sends comes near this.
   */
  public static final int MAX_NUMBER_LENGTH = 100;

  /**
   * Thrown when JSON is malformed or a value is not of the expected kind. The message starts with the JSON path, as
   * Moshi's do: {@code $.entry[0].time: expected a number or a numeric string, was "abc"}.
   */
  public static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String path, String problem) {
      super(path + ": " + problem, null, false, false);
    }
  }

  /**
   * How {@link #parse(String, NumberConverter)} turns a number literal (already checked to be at most
   * {@link #MAX_NUMBER_LENGTH} characters) into a value: modules differ (the webhooks keep every digit of ids as
   * {@code BigDecimal}, the testkit prefers {@code Long}). A {@link NumberFormatException} becomes a
   * {@link MalformedJsonException} naming the path.
   */
  @FunctionalInterface
  public interface NumberConverter {
    Object convert(String literal);
  }

  /** Numbers as {@code BigDecimal}, every digit kept: a {@code double} would round ids above 2^53. */
  public static final NumberConverter EXACT = BigDecimal::new;

  /** Parses exactly one JSON value from UTF-8 bytes into a tree with {@link #EXACT} numbers. */
  public static @Nullable Object parse(byte[] utf8) {
    return parse(utf8, EXACT);
  }

  /** Parses exactly one JSON value from UTF-8 bytes; see {@link #parse(String, NumberConverter)}. */
  public static @Nullable Object parse(byte[] utf8, NumberConverter numbers) {
    int[] longNumber = firstLongNumber(utf8);
    if (longNumber == null) {
      return parse(new Buffer().write(utf8), numbers);
    }
    // Moshi scans a number one byte at a time through Okio's segments, quadratic in its length: it is given the
    // document with that number cut just past the limit, so it reaches it fast and the error names its path.
    Buffer cut = new Buffer()
        .write(utf8, 0, longNumber[0] + MAX_NUMBER_LENGTH + 1)
        .write(utf8, longNumber[1], utf8.length - longNumber[1]);
    return parse(cut, numbers);
  }

  /**
   * The start and end of the first run of number characters outside strings longer than {@link #MAX_NUMBER_LENGTH},
   * or null. A linear scan; it need not understand the JSON beyond strings, as Moshi checks the rest.
   */
  private static int @Nullable [] firstLongNumber(byte[] utf8) {
    boolean inString = false;
    int runStart = -1;
    for (int i = 0; i < utf8.length; i++) {
      byte b = utf8[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
        continue;
      }
      boolean numberChar = (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
      if (numberChar) {
        if (runStart < 0) {
          runStart = i;
        }
        continue;
      }
      if (runStart >= 0 && i - runStart > MAX_NUMBER_LENGTH) {
        return new int[] {runStart, i};
      }
      runStart = -1;
      inString = b == '"';
    }
    return runStart >= 0 && utf8.length - runStart > MAX_NUMBER_LENGTH ? new int[] {runStart, utf8.length} : null;
  }

  /** Parses exactly one JSON value from a string into a tree with {@link #EXACT} numbers. */
  public static @Nullable Object parse(String json) {
    return parse(json, EXACT);
  }

  /**
   * Parses exactly one JSON value into a tree: objects become insertion-ordered {@code Map<String, Object>}, arrays
   * {@code List<Object>}, numbers whatever {@code numbers} makes of them.
   *
   * @throws MalformedJsonException naming the path, when the text is not one well-formed JSON value or a number
   *     literal is longer than {@link #MAX_NUMBER_LENGTH}
   */
  public static @Nullable Object parse(String json, NumberConverter numbers) {
    return parse(json.getBytes(StandardCharsets.UTF_8), numbers);
  }

  private static @Nullable Object parse(Buffer buffer, NumberConverter numbers) {
    JsonReader reader = JsonReader.of(buffer);
    try {
      Object value = readTree(reader, numbers);
      if (!atEnd(reader)) {
        throw new MalformedJsonException(reader.getPath(), "unexpected content after the JSON value");
      }
      return value;
    } catch (EOFException e) {
      throw new MalformedJsonException(reader.getPath(), "unexpected end of input");
    } catch (IOException | JsonDataException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new MalformedJsonException(reader.getPath(), withoutPath(message));
    }
  }

  private static boolean atEnd(JsonReader reader) throws IOException {
    try {
      return reader.peek() == JsonReader.Token.END_DOCUMENT;
    } catch (JsonEncodingException e) {
      return false; // Moshi cannot even tokenize what follows
    }
  }

  /** Moshi ends its messages with " at path $.x"; ours start with the path instead. */
  private static String withoutPath(String message) {
    int at = message.lastIndexOf(" at path ");
    return at >= 0 ? message.substring(0, at) : message;
  }

  /**
   * Reads one JSON value as a tree (see {@link #parse(String, NumberConverter)}).
   *
   * @throws MalformedJsonException for a number literal longer than {@link #MAX_NUMBER_LENGTH} (checked before any
   *     conversion) or one {@code numbers} cannot convert
   */
  public static @Nullable Object readTree(JsonReader reader, NumberConverter numbers) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, readTree(reader, numbers));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(readTree(reader, numbers));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER:
        return number(reader, numbers);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static Object number(JsonReader reader, NumberConverter numbers) throws IOException {
    String path = reader.getPath();
    // Moshi scans a literal in linear time; only the conversion is slow for long ones, so it is never attempted.
    String literal = reader.nextString();
    if (literal.length() > MAX_NUMBER_LENGTH) {
      throw new MalformedJsonException(path, "number longer than " + MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return numbers.convert(literal);
    } catch (NumberFormatException e) {
      // JSON allows any exponent; BigDecimal does not (e.g. 1e99999999999).
      throw new MalformedJsonException(path, "number out of range, was " + literal);
    }
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

  /**
   * Writes a tree (see {@link #writeTree(JsonWriter, Object)}) as compact JSON, null map values included, unlike
   * {@link #write}, which leaves them out as request bodies want.
   */
  public static String writeTree(@Nullable Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writeTree(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer failed", e);
    }
    return buffer.readUtf8();
  }

  /**
   * Writes a tree of maps, iterables, strings, booleans and numbers (anything else as its {@code toString()});
   * an integral {@code Double} is written without a fraction, as JSON does not tell 5 from 5.0. Null map values are
   * written or skipped as the writer's {@code serializeNulls} says.
   */
  public static void writeTree(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        writeTree(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        writeTree(writer, item);
      }
      writer.endArray();
    } else if (value instanceof String s) {
      writer.value(s);
    } else if (value instanceof Boolean b) {
      writer.value(b.booleanValue());
    } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      writer.value(d.longValue());
    } else if (value instanceof Number n) {
      writer.value(n);
    } else {
      writer.value(value.toString());
    }
  }

  /** Serialises maps, lists and scalars to compact JSON. */
  public static String write(@Nullable Object value) {
    return VALUE.toJson(value);
  }

  /** Parses any JSON value; objects become {@code Map<String,Object>}, numbers {@code Double}. */
  public static @Nullable Object read(String json) {
    return read(new Buffer().writeUtf8(json));
  }

  /** Parses any JSON value from a source, failing on trailing garbage. */
  public static @Nullable Object read(BufferedSource source) {
    try {
      JsonReader reader = JsonReader.of(source);
      Object value = reader.readJsonValue();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("trailing data after the JSON value at " + reader.getPath());
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  /** Parses a JSON object, failing when the value is not an object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> readObject(String json) {
    Object value = read(json);
    if (!(value instanceof Map)) {
      throw new UncheckedIOException(new IOException("expected a JSON object"));
    }
    return (Map<String, Object>) value;
  }

  /** The object under {@code key}, or null when absent or not an object. */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> object(@Nullable Map<String, ?> map, String key) {
    Object value = map == null ? null : map.get(key);
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  /** The list under {@code key}, or an empty list when absent or not a list. */
  @SuppressWarnings("unchecked")
  public static List<Object> list(@Nullable Map<String, ?> map, String key) {
    Object value = map == null ? null : map.get(key);
    return value instanceof List ? (List<Object>) value : List.of();
  }

  /** The first element of the list under {@code key}, or null when the list is absent, empty or starts otherwise. */
  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> firstObject(@Nullable Map<String, ?> map, String key) {
    List<Object> list = list(map, key);
    return !list.isEmpty() && list.get(0) instanceof Map ? (Map<String, Object>) list.get(0) : null;
  }

  /** The value under {@code key} as text (numbers and booleans converted), or null when absent. */
  public static @Nullable String string(@Nullable Map<String, ?> map, String key) {
    Object value = map == null ? null : map.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      return Long.toString(d.longValue());
    }
    return value instanceof Map || value instanceof List ? write(value) : value.toString();
  }

  /** The value under {@code key} as a long (numbers or numeric strings, as Meta sends both), or null. */
  public static @Nullable Long longValue(@Nullable Map<String, ?> map, String key) {
    Object value = map == null ? null : map.get(key);
    if (value instanceof Number n) {
      return n.longValue();
    }
    if (value instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** The value under {@code key} as a boolean, or null when absent or not a boolean. */
  public static @Nullable Boolean bool(@Nullable Map<String, ?> map, String key) {
    Object value = map == null ? null : map.get(key);
    return value instanceof Boolean b ? b : null;
  }

  /** Graph's times: {@code 2026-11-20T18:41:36+0000}, or with {@code +00:00} or {@code Z}. */
  private static final DateTimeFormatter GRAPH_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).appendPattern("[XXX][XX][X]").toFormatter();

  /** A Graph time string as an instant, or null when absent or unreadable (one bad time does not fail an answer). */
  public static @Nullable Instant graphTime(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value, GRAPH_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
