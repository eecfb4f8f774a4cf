package dev.wabasdk.flow;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Reading and writing Flow JSON trees; package-private plumbing of {@link FlowJson}. */
final class FlowCodec {
  private FlowCodec() {}

  /** Thrown when a known property has a shape the typed model cannot hold: the component is kept raw instead. */
  static final class Mismatch extends RuntimeException {
    Mismatch(String message) {
      super(message, null, false, false);
    }
  }

  /** A deep, unmodifiable, order-keeping copy of a JSON object; {@link Ref}s become their strings. */
  @SuppressWarnings("unchecked")
  static Map<String, @Nullable Object> copy(Map<String, ? extends @Nullable Object> map) {
    Objects.requireNonNull(map, "map == null");
    return (Map<String, @Nullable Object>) deepCopy(map);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> copyPayload(Map<String, ?> map) {
    Objects.requireNonNull(map, "payload == null");
    return (Map<String, Object>) deepCopy(map);
  }

  static @Nullable Object deepCopy(@Nullable Object value) {
    if (value instanceof Map<?, ?> m) {
      Map<String, @Nullable Object> out = new LinkedHashMap<>();
      m.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
      return Collections.unmodifiableMap(out);
    }
    if (value instanceof List<?> l) {
      List<@Nullable Object> out = new ArrayList<>(l.size());
      l.forEach(v -> out.add(deepCopy(v)));
      return Collections.unmodifiableList(out);
    }
    if (value instanceof Ref || value instanceof Dynamic<?>) {
      return value.toString();
    }
    return value instanceof Number n ? number(n) : value;
  }

  /** Integral numbers become {@code Long} so a built value equals the same value parsed. */
  static @Nullable Number number(@Nullable Number n) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      return n.longValue();
    }
    return n;
  }

  static <T> List<T> list(List<? extends T> list, String what) {
    Objects.requireNonNull(list, what + " == null");
    for (T t : list) {
      Objects.requireNonNull(t, what + " contains null");
    }
    return List.copyOf(list);
  }

  // ---- JSON text (Moshi's streaming reader and writer; this package stays free of the client's internals) ----

  /** Parses one JSON value: objects as insertion-ordered maps, integral numbers as {@code Long}, others as Double. */
  static @Nullable Object read(String json) {
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    try {
      Object value = readValue(reader);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IllegalArgumentException("not valid JSON: unexpected content after the value at " + reader.getPath());
      }
      return value;
    } catch (IOException | JsonDataException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
    }
  }

  private static @Nullable Object readValue(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT: {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          map.put(reader.nextName(), readValue(reader));
        }
        reader.endObject();
        return map;
      }
      case BEGIN_ARRAY: {
        List<@Nullable Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(readValue(reader));
        }
        reader.endArray();
        return list;
      }
      case STRING:
        return reader.nextString();
      case NUMBER: {
        String n = reader.nextString();
        if (n.length() > 100) {
          // Turning a huge literal into a number costs quadratic CPU; no Flow JSON has one.
          throw new JsonDataException("a number of " + n.length() + " characters at " + reader.getPath());
        }
        boolean integral = n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0 && n.length() < 19;
        return integral ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
      }
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** Compact JSON of a tree of maps, lists, strings, numbers, booleans and nulls. */
  static String write(@Nullable Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      writeValue(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer failed", e);
    }
    return buffer.readUtf8();
  }

  private static void writeValue(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        writer.name(String.valueOf(entry.getKey()));
        writeValue(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof Iterable<?> list) {
      writer.beginArray();
      for (Object item : list) {
        writeValue(writer, item);
      }
      writer.endArray();
    } else if (value instanceof Boolean b) {
      writer.value(b.booleanValue());
    } else if (value instanceof Number n) {
      writer.value(n);
    } else {
      writer.value(value.toString());
    }
  }

  // ---- writing ----

  /** Builds a component's JSON object in Meta's property order; nulls are left out. */
  static final class Writer {
    private final Map<String, @Nullable Object> out = new LinkedHashMap<>();

    Writer(String type) {
      out.put("type", type);
    }

    Writer put(String key, @Nullable Object value) {
      if (value != null) {
        out.put(key, toTree(value));
      }
      return this;
    }

    Map<String, @Nullable Object> done(Map<String, @Nullable Object> extra) {
      extra.forEach(out::putIfAbsent);
      return Collections.unmodifiableMap(out);
    }
  }

  static Object toTree(Object value) {
    if (value instanceof Dynamic<?> d) {
      return d.ref() != null ? d.ref().toString() : toTree(Objects.requireNonNull(d.value()));
    }
    if (value instanceof Ref r) {
      return r.toString();
    }
    if (value instanceof Component c) {
      return c.toJsonTree();
    }
    if (value instanceof Action a) {
      return action(a);
    }
    if (value instanceof Option o) {
      Map<String, @Nullable Object> m = new LinkedHashMap<>();
      m.put("id", o.id());
      m.put("title", o.title());
      putIf(m, "description", o.description());
      putIf(m, "metadata", o.metadata());
      putIf(m, "enabled", o.enabled());
      putIf(m, "image", o.image());
      putIf(m, "alt-text", o.altText());
      o.extra().forEach(m::putIfAbsent);
      return m;
    }
    if (value instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object item : l) {
        out.add(item == null ? null : toTree(item));
      }
      return out;
    }
    return value;
  }

  private static void putIf(Map<String, @Nullable Object> m, String key, @Nullable Object value) {
    if (value != null) {
      m.put(key, value);
    }
  }

  static Map<String, @Nullable Object> action(Action action) {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    if (action instanceof Action.Unknown u) {
      m.put("name", u.name());
      u.raw().forEach(m::putIfAbsent);
      return m;
    }
    m.put("name", action.name());
    if (action instanceof Action.Navigate n) {
      m.put("next", Map.of("type", "screen", "name", n.screen()));
      m.put("payload", n.payload());
    } else if (action instanceof Action.Complete c) {
      m.put("payload", c.payload());
    } else if (action instanceof Action.DataExchange d) {
      m.put("payload", d.payload());
    } else if (action instanceof Action.UpdateData u) {
      m.put("payload", u.payload());
    } else if (action instanceof Action.OpenUrl o) {
      m.put("url", o.url());
    }
    return m;
  }

  // ---- reading ----

  /** Reads a component's properties by kind, remembering which were used; the rest become {@code extra}. */
  static final class Reader {
    private final Map<String, @Nullable Object> in;
    private final Map<String, @Nullable Object> rest;

    Reader(Map<String, @Nullable Object> in) {
      this.in = in;
      this.rest = new LinkedHashMap<>(in);
      rest.remove("type");
    }

    private @Nullable Object take(String key) {
      rest.remove(key);
      return in.get(key);
    }

    @Nullable String str(String key) {
      Object v = take(key);
      if (v == null || v instanceof String) {
        return (String) v;
      }
      throw new Mismatch(key + " is not a string");
    }

    String requiredStr(String key) {
      String v = str(key);
      if (v == null) {
        throw new Mismatch(key + " is missing");
      }
      return v;
    }

    List<String> lines(String key) {
      Object v = take(key);
      if (v instanceof String s) {
        return List.of(s);
      }
      if (v instanceof List<?> l && l.stream().allMatch(String.class::isInstance) && l.size() != 1) {
        return l.stream().map(String.class::cast).toList();
      }
      throw new Mismatch(key + " is not a string or a list of strings");
    }

    @Nullable Dynamic<Boolean> bool(String key) {
      Object v = take(key);
      if (v == null) {
        return null;
      }
      if (v instanceof Boolean b) {
        return Dynamic.of(b);
      }
      return Dynamic.of(ref(key, v));
    }

    @Nullable Integer integer(String key) {
      Object v = take(key);
      if (v == null) {
        return null;
      }
      if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
        return n.intValue();
      }
      throw new Mismatch(key + " is not an integer");
    }

    @Nullable Number number(String key) {
      Object v = take(key);
      if (v == null || v instanceof Number) {
        return (Number) v;
      }
      throw new Mismatch(key + " is not a number");
    }

    @Nullable Dynamic<List<String>> strings(String key) {
      Object v = take(key);
      if (v == null) {
        return null;
      }
      if (v instanceof List<?> l && l.stream().allMatch(String.class::isInstance)) {
        return Dynamic.of(l.stream().map(String.class::cast).toList());
      }
      return Dynamic.of(ref(key, v));
    }

    @Nullable Dynamic<List<Option>> options(String key) {
      Object v = take(key);
      if (v == null) {
        return null;
      }
      if (v instanceof List<?> l) {
        List<Option> options = new ArrayList<>(l.size());
        for (Object item : l) {
          options.add(option(key, item));
        }
        return Dynamic.of(List.copyOf(options));
      }
      return Dynamic.of(ref(key, v));
    }

    @Nullable Action action(String key) {
      Object v = take(key);
      return v == null ? null : readAction(v);
    }

    List<Component> children(String key) {
      Object v = take(key);
      if (v == null) {
        return List.of();
      }
      if (v instanceof List<?> l) {
        return l.stream().map(FlowCodec::component).toList();
      }
      throw new Mismatch(key + " is not a list of components");
    }

    @Nullable Object raw(String key) {
      return take(key);
    }

    Map<String, @Nullable Object> rest() {
      return rest;
    }
  }

  private static Ref ref(String key, Object v) {
    Ref ref = v instanceof String s ? Ref.parse(s) : null;
    if (ref == null) {
      throw new Mismatch(key + " is neither a literal of its type nor a ${...} reference");
    }
    return ref;
  }

  @SuppressWarnings("unchecked")
  private static Option option(String key, @Nullable Object item) {
    if (!(item instanceof Map<?, ?>)) {
      throw new Mismatch(key + " has an entry that is not an object");
    }
    Reader r = new Reader((Map<String, @Nullable Object>) item);
    String id = r.requiredStr("id");
    String title = r.requiredStr("title");
    String description = r.str("description");
    String metadata = r.str("metadata");
    Object enabled = r.raw("enabled");
    if (enabled != null && !(enabled instanceof Boolean)) {
      throw new Mismatch(key + ".enabled is not a boolean");
    }
    String image = r.str("image");
    String altText = r.str("alt-text");
    return new Option(id, title, description, metadata, (Boolean) enabled, image, altText, r.rest());
  }

  @SuppressWarnings("unchecked")
  static Action readAction(Object v) {
    if (!(v instanceof Map<?, ?> raw) || !(raw.get("name") instanceof String name)) {
      throw new Mismatch("an action is not an object with a name");
    }
    Map<String, Object> m = (Map<String, Object>) raw;
    Object payload = m.get("payload");
    Map<String, Object> p = payload instanceof Map<?, ?> pm ? (Map<String, Object>) pm : Map.of();
    Map<String, Object> rest = new LinkedHashMap<>(m);
    rest.remove("name");
    boolean payloadOk = payload == null || payload instanceof Map<?, ?>;
    switch (name) {
      case "navigate": {
        Object next = m.get("next");
        if (payloadOk && next instanceof Map<?, ?> nm && "screen".equals(nm.get("type"))
            && nm.get("name") instanceof String screen && nm.size() == 2 && payload != null
            && keys(m, "name", "next", "payload")) {
          return new Action.Navigate(screen, p);
        }
        break;
      }
      case "complete":
        if (payloadOk && payload != null && keys(m, "name", "payload")) {
          return new Action.Complete(p);
        }
        break;
      case "data_exchange":
        if (payloadOk && payload != null && keys(m, "name", "payload")) {
          return new Action.DataExchange(p);
        }
        break;
      case "update_data":
        if (payloadOk && payload != null && keys(m, "name", "payload")) {
          return new Action.UpdateData(p);
        }
        break;
      case "open_url":
        if (m.get("url") instanceof String url && keys(m, "name", "url")) {
          return new Action.OpenUrl(url);
        }
        break;
      default:
        break;
    }
    // Unknown names and unusual shapes (an extra key, a missing payload) stay raw so nothing is lost.
    return new Action.Unknown(name, rest);
  }

  private static boolean keys(Map<String, Object> m, String... allowed) {
    return m.size() == allowed.length && List.of(allowed).containsAll(m.keySet());
  }

  @SuppressWarnings("unchecked")
  static Component component(@Nullable Object value) {
    if (!(value instanceof Map<?, ?> raw) || !(raw.get("type") instanceof String type)) {
      throw new IllegalArgumentException("a component must be a JSON object with a string \"type\", got " + value);
    }
    Map<String, @Nullable Object> m = (Map<String, @Nullable Object>) raw;
    try {
      Component c = ComponentCodec.read(type, new Reader(m));
      return c != null ? c : new UnknownComponent(type, m);
    } catch (Mismatch e) {
      // A known type with a shape the typed model cannot hold (a newer variant): keep it raw, lose nothing.
      return new UnknownComponent(type, m);
    }
  }
}
