package dev.wabasdk.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.message.PacingStatus;
import dev.wabasdk.message.SendResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Reads Meta's answer to a send ({@code {"contacts":[{"input","wa_id","user_id"}],"messages":[{"id",
 * "message_status"}]}}) with a streaming {@link JsonReader} straight into a {@link SendResult}, without a map tree.
 * It reads what the tree reading did: the first element of each list when it is an object, numbers and booleans as
 * text, and it refuses what that refused (malformed JSON, a root that is not an object, trailing data, a field twice).
 * Stateless.
 */
final class SendResultReader {
  private static final JsonReader.Options ROOT = JsonReader.Options.of("messages", "contacts");
  private static final JsonReader.Options MESSAGE = JsonReader.Options.of("id", "message_status");
  private static final JsonReader.Options CONTACT = JsonReader.Options.of("input", "wa_id", "user_id");

  private SendResultReader() {}

  static SendResult read(okhttp3.Response response) throws IOException {
    BufferedSource source = response.body().source();
    source.request(Long.MAX_VALUE); // the whole body first: a transport failure stays an IOException
    try {
      return read(source);
    } catch (IOException malformed) {
      // As before: an unreadable 2xx answer is not a network failure (GraphClient reports its outcome as unknown).
      throw new UncheckedIOException(malformed.getMessage(), malformed);
    }
  }

  static SendResult read(BufferedSource source) throws IOException {
    JsonReader reader = JsonReader.of(source);
    @Nullable String[] message = new String[2];
    @Nullable String[] contact = new String[3];
    reader.beginObject();
    int seen = 0;
    while (reader.hasNext()) {
      int field = reader.selectName(ROOT);
      if (field < 0) {
        reader.skipName();
        reader.skipValue();
        continue;
      }
      seen = once(reader, seen, field);
      readFirst(reader, field == 0 ? MESSAGE : CONTACT, field == 0 ? message : contact);
    }
    reader.endObject();
    if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
      throw new JsonDataException("trailing data after the JSON value at " + reader.getPath());
    }
    String id = message[0];
    if (id == null) {
      // Meta answered 200 but we cannot tell which message it accepted.
      throw new WabaException(
          "Meta answered 200 without messages[0].id: the message was probably accepted, outcome unknown",
          Outcome.UNKNOWN, false, null);
    }
    String status = message[1];
    return new SendResult(id, contact[0], contact[1], contact[2], status == null ? null : new PacingStatus(status));
  }

  /** Reads the fields of the list's first element when it is an object; skips anything else. */
  private static void readFirst(JsonReader reader, JsonReader.Options names, @Nullable String[] into)
      throws IOException {
    if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
      reader.skipValue();
      return;
    }
    reader.beginArray();
    if (reader.hasNext()) {
      if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
        reader.beginObject();
        int seen = 0;
        while (reader.hasNext()) {
          int field = reader.selectName(names);
          if (field < 0) {
            reader.skipName();
            reader.skipValue();
            continue;
          }
          seen = once(reader, seen, field);
          into[field] = text(reader);
        }
        reader.endObject();
      } else {
        reader.skipValue();
      }
      while (reader.hasNext()) {
        reader.skipValue();
      }
    }
    reader.endArray();
  }

  private static int once(JsonReader reader, int seen, int field) {
    if ((seen & (1 << field)) != 0) {
      throw new JsonDataException("a field appears twice at " + reader.getPath());
    }
    return seen | (1 << field);
  }

  /** A value as text, as {@code Json.string} reads a tree: numbers and booleans converted, objects written. */
  private static @Nullable String text(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      return reader.nextString();
    }
    Map<String, Object> holder = new HashMap<>(2);
    holder.put("v", reader.readJsonValue());
    return Json.string(holder, "v");
  }
}
