package dev.wabasdk.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One field of a screen's data model: a JSON schema ({@code type}, {@code items}, {@code properties}...) with the
 * {@code __example__} value Meta requires for previews. Immutable and thread-safe.
 *
 * @param schema the field's whole declaration as Meta writes it
 */
public record DataField(Map<String, @Nullable Object> schema) {
  public DataField {
    schema = FlowCodec.copy(schema);
    if (!(schema.get("type") instanceof String)) {
      throw new IllegalArgumentException("DataField.schema needs a string \"type\", got " + schema.get("type"));
    }
  }

  /** A {@code string} field. */
  public static DataField string(String example) {
    return of("string", example);
  }

  /** A {@code number} field. */
  public static DataField number(Number example) {
    return of("number", example);
  }

  /** A {@code boolean} field. */
  public static DataField bool(boolean example) {
    return of("boolean", example);
  }

  /** An {@code array} field whose items follow {@code items} (a JSON schema, e.g. of {@code id}/{@code title}). */
  public static DataField array(Map<String, ?> items, List<?> example) {
    Map<String, @Nullable Object> schema = new LinkedHashMap<>();
    schema.put("type", "array");
    schema.put("items", items);
    schema.put("__example__", example);
    return new DataField(schema);
  }

  /** An {@code object} field with the given {@code properties} schema. */
  public static DataField object(Map<String, ?> properties, Map<String, ?> example) {
    Map<String, @Nullable Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("__example__", example);
    return new DataField(schema);
  }

  /** The schema of an array of {@code {id, title}} objects, the shape of a {@code data-source}. */
  public static Map<String, Object> optionItems() {
    return Map.of("type", "object", "properties",
        Map.of("id", Map.of("type", "string"), "title", Map.of("type", "string")));
  }

  private static DataField of(String type, Object example) {
    Objects.requireNonNull(example, "example == null");
    Map<String, @Nullable Object> schema = new LinkedHashMap<>();
    schema.put("type", type);
    schema.put("__example__", example);
    return new DataField(schema);
  }

  /** The JSON schema {@code type}. */
  public String type() {
    return (String) Objects.requireNonNull(schema.get("type"));
  }

  /** The {@code __example__} value, or null when there is none. */
  public @Nullable Object example() {
    return schema.get("__example__");
  }
}
