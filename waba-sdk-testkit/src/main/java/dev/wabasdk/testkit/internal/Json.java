package dev.wabasdk.testkit.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Reflection-free JSON: parses to {@code Map/List/String/Number/Boolean/null} and writes those back. */
public final class Json {
  private Json() {}

  /** Thrown for malformed JSON; the fake answers it with Graph error 100. */
  public static final class MalformedJsonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MalformedJsonException(String message) {
      super(message);
    }
  }

  public static @Nullable Object parse(String json) {
    try {
      JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
      Object value = read(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new MalformedJsonException("trailing content after the JSON value");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      if (e instanceof MalformedJsonException m) {
        throw m;
      }
      throw new MalformedJsonException(String.valueOf(e.getMessage()));
    }
  }

  /** Parses a JSON object, or throws {@link MalformedJsonException} when the text is not one. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String json) {
    Object value = parse(json);
    if (!(value instanceof Map)) {
      throw new MalformedJsonException("expected a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private static @Nullable Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER: {
        String raw = reader.nextString();
        if (raw.matches("-?\\d{1,18}")) {
          return Long.parseLong(raw);
        }
        return Double.parseDouble(raw);
      }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new MalformedJsonException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  public static String write(@Nullable Object value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  private static void write(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        write(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Boolean b) {
      writer.value(b);
    } else if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
      writer.value(d.longValue());
    } else if (value instanceof Number n) {
      writer.value(n);
    } else {
      writer.value(String.valueOf(value));
    }
  }

  /** Builds an ordered map from alternating keys and values; null values are skipped. */
  public static Map<String, Object> obj(Object... keysAndValues) {
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
