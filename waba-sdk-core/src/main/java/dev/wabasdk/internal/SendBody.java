package dev.wabasdk.internal;

import com.squareup.moshi.JsonWriter;
import dev.wabasdk.message.DirectSend;
import dev.wabasdk.message.Envelope;
import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.message.internal.MessageEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a send request, written with Moshi's {@link JsonWriter} straight into a buffer. A text message without
 * extra fields (the common send) is written field by field, without building {@link MessageEncoder}'s map first;
 * other messages are encoded as that map and written here without Moshi's generic adapter (whose lookup by runtime
 * class takes a lock per value). Both produce exactly the bytes {@code Json.write(MessageEncoder.encode(message))}
 * does: tests compare them. Stateless.
 */
final class SendBody {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private SendBody() {}

  /** The request body of {@code POST /{phone-number-id}/messages} for {@code message}. */
  static RequestBody of(Message message) {
    return RequestBody.create(bytes(message).readByteString(), JSON);
  }

  /**
   * The request body of {@code POST /{phone-number-id}/marketing_messages}: the message as for {@code /messages},
   * then {@code product_policy} and {@code message_activity_sharing} when set (Meta's order). An extra field of the
   * same name set on the message wins, as extra fields do everywhere.
   */
  static RequestBody marketing(Message message, MarketingMessageOptions options) {
    Map<String, Object> body = new LinkedHashMap<>(MessageEncoder.encode(message));
    if (options.productPolicy() != null) {
      body.putIfAbsent("product_policy", options.productPolicy().value());
    }
    if (options.messageActivitySharing() != null) {
      body.putIfAbsent("message_activity_sharing", options.messageActivitySharing());
    }
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writeValue(writer, body);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer failed", e);
    }
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  /** The same JSON, in a buffer (for tests and callers that want the bytes). */
  static Buffer bytes(Message message) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      if (message instanceof TextMessage text && isPlain(text.envelope())) {
        writeText(writer, text);
      } else {
        writeValue(writer, MessageEncoder.encode(message));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer failed", e);
    }
    return buffer;
  }

  private static boolean isPlain(Envelope envelope) {
    // Extra fields may replace a modelled field in place: those messages take the map path, which merges them.
    return envelope.extraFields().isEmpty() && envelope.extraTypeFields().isEmpty();
  }

  /** MessageEncoder's field order for a text message: keep the two in step (SendBodyTest compares them). */
  private static void writeText(JsonWriter writer, TextMessage text) throws IOException {
    Recipient recipient = text.recipient();
    Envelope envelope = text.envelope();
    writer.beginObject();
    writer.name("messaging_product").value("whatsapp");
    writer.name("recipient_type").value(recipient instanceof Recipient.Group ? "group" : "individual");
    writer.name(recipient instanceof Recipient.UserId ? "recipient" : "to").value(recipient.value());
    String context = envelope.contextMessageId();
    if (context != null) {
      writer.name("context").beginObject().name("message_id").value(context).endObject();
    }
    String callbackData = envelope.bizOpaqueCallbackData();
    if (callbackData != null) {
      writer.name("biz_opaque_callback_data").value(callbackData);
    }
    writer.name("type").value("text");
    writer.name("text").beginObject().name("body").value(text.body());
    if (text.previewUrl()) {
      writer.name("preview_url").value(true);
    }
    writer.endObject();
    DirectSend directSend = envelope.directSend();
    if (directSend != null) {
      writer.name("category").value(directSend.category().value());
      if (directSend.ttl() != null) {
        writer.name("ttl_seconds").value(directSend.ttl().toSeconds());
      }
    }
    writer.endObject();
  }

  /**
   * Writes what MessageEncoder builds (maps, lists, strings, booleans, boxed numbers) as Moshi's built-in adapters
   * would: null map values left out, each number kind through its own adapter.
   */
  static void writeValue(JsonWriter writer, @Nullable Object value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else if (value instanceof String s) {
      writer.value(s);
    } else if (value instanceof Map<?, ?> map) {
      writer.beginObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (entry.getValue() != null) {
          writer.name(String.valueOf(entry.getKey()));
          writeValue(writer, entry.getValue());
        }
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
    } else if (value instanceof Double d) {
      writer.value(d.doubleValue());
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      writer.value(((Number) value).longValue());
    } else if (value instanceof Byte b) {
      writer.value(b & 0xff); // as Moshi's byte adapter writes it
    } else if (value instanceof Float f) {
      writer.value(f); // Moshi's float adapter writes the boxed Float, i.e. Float.toString
    } else {
      // Not produced by MessageEncoder: Moshi's own adapter decides, as before.
      try (BufferedSink sink = writer.valueSink()) {
        sink.writeUtf8(Json.write(value));
      }
    }
  }
}
