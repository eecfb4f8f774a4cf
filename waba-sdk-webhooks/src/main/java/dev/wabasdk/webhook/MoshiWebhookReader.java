package dev.wabasdk.webhook;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.wabasdk.internal.Json;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Reads a webhook body into {@link JsonView}s with Moshi's streaming {@link JsonReader}: what {@code Json.parse}
 * accepts and refuses, with the same error messages (path first). The reference for {@link WebhookJsonReader}, which
 * hands it every body that leaves strict JSON's plain road (so malformed bodies get exactly these messages).
 * Stateless; thread-safe.
 */
final class MoshiWebhookReader {
  private static final String[] NAMES = WebhookJsonReader.NAMES;
  private static final String[] VALUES = WebhookJsonReader.VALUES;

  private static final JsonReader.Options NAME_OPTIONS = JsonReader.Options.of(NAMES);
  private static final JsonReader.Options VALUE_OPTIONS = JsonReader.Options.of(VALUES);

  private MoshiWebhookReader() {}

  /**
   * Parses exactly one JSON value from UTF-8 bytes.
   *
   * @return the object, or null when the body is well-formed JSON but not an object
   * @throws Json.MalformedJsonException naming the path, as {@code Json.parse} does, when the body is not one
   *     well-formed JSON value or a number literal is longer than {@link Json#MAX_NUMBER_LENGTH}
   */
  static @Nullable JsonView parseObject(byte[] utf8) {
    Buffer buffer = new Buffer();
    int[] longNumber = firstLongNumber(utf8);
    if (longNumber == null) {
      buffer.write(utf8);
    } else {
      // Moshi scans a number one byte at a time through Okio's segments, quadratic in its length: it is given the
      // document with that number cut just past the limit, so it reaches it fast and the error names its path.
      buffer.write(utf8, 0, longNumber[0] + Json.MAX_NUMBER_LENGTH + 1)
          .write(utf8, longNumber[1], utf8.length - longNumber[1]);
    }
    JsonReader reader = JsonReader.of(buffer);
    try {
      Object value = reader.peek() == JsonReader.Token.BEGIN_OBJECT
          ? readObject(reader, new JsonView(null, null, -1))
          : readValue(reader, null, null, -1);
      if (!atEnd(reader)) {
        throw new Json.MalformedJsonException(reader.getPath(), "unexpected content after the JSON value");
      }
      return value instanceof JsonView view ? view : null;
    } catch (EOFException e) {
      throw new Json.MalformedJsonException(reader.getPath(), "unexpected end of input");
    } catch (IOException | JsonDataException e) {
      String message = e.getMessage() == null ? e.toString() : e.getMessage();
      throw new Json.MalformedJsonException(reader.getPath(), withoutPath(message));
    }
  }

  private static JsonView readObject(JsonReader reader, JsonView object) throws IOException {
    List<String> names = new ArrayList<>();
    List<@Nullable Object> values = new ArrayList<>();
    reader.beginObject();
    while (reader.hasNext()) {
      int known = reader.selectName(NAME_OPTIONS);
      String name = known >= 0 ? NAMES[known] : reader.nextName();
      names.add(name);
      values.add(readValue(reader, object, name, -1));
    }
    reader.endObject();
    object.members(names.toArray(new String[0]), values.toArray());
    return object;
  }

  /** One value; an object's place (owner, member, index) names it in error messages. */
  private static @Nullable Object readValue(
      JsonReader reader, @Nullable JsonView owner, @Nullable String member, int index) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        return readObject(reader, new JsonView(owner, member, index));
      case BEGIN_ARRAY: {
        List<@Nullable Object> items = new ArrayList<>();
        List<JsonView> objects = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          // Objects in nested arrays are never asked for their path; they are named after the outer array.
          Object item = readValue(reader, owner, member, items.size());
          items.add(item);
          if (item instanceof JsonView view) {
            objects.add(view);
          }
        }
        reader.endArray();
        return new JsonView.Items(items.toArray(), objects.toArray(new JsonView[0]));
      }
      case STRING: {
        int known = reader.selectString(VALUE_OPTIONS);
        return known >= 0 ? VALUES[known] : reader.nextString();
      }
      case NUMBER:
        return number(reader);
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonDataException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  private static BigDecimal number(JsonReader reader) throws IOException {
    String path = reader.getPath();
    // Moshi scans a literal in linear time; only the conversion is slow for long ones, so it is never attempted.
    String literal = reader.nextString();
    if (literal.length() > Json.MAX_NUMBER_LENGTH) {
      throw new Json.MalformedJsonException(path, "number longer than " + Json.MAX_NUMBER_LENGTH + " characters");
    }
    try {
      return new BigDecimal(literal);
    } catch (NumberFormatException e) {
      // JSON allows any exponent; BigDecimal does not (e.g. 1e99999999999).
      throw new Json.MalformedJsonException(path, "number out of range, was " + literal);
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
   * The start and end of the first run of number characters outside strings longer than
   * {@link Json#MAX_NUMBER_LENGTH}, or null. A linear scan; it need not understand the JSON beyond strings, as Moshi
   * checks the rest.
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
      if (runStart >= 0 && i - runStart > Json.MAX_NUMBER_LENGTH) {
        return new int[] {runStart, i};
      }
      runStart = -1;
      inString = b == '"';
    }
    return runStart >= 0 && utf8.length - runStart > Json.MAX_NUMBER_LENGTH ? new int[] {runStart, utf8.length} : null;
  }
}
