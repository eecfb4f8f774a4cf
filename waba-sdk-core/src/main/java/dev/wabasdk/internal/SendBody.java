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
import java.util.Locale;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * The bytes of a send request, written straight into a buffer. A text message without extra fields (the common send)
 * is written as constant text and escaped strings, without building {@link MessageEncoder}'s map first;
 * other messages are encoded as that map and written here without Moshi's generic adapter (whose lookup by runtime
 * class takes a lock per value). Both produce exactly the bytes {@code Json.write(MessageEncoder.encode(message))}
 * does: tests compare them. Stateless.
 */
final class SendBody {
  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** Moshi's escapes of the control characters. */
  private static final String[] CONTROL_ESCAPES = controlEscapes();

  private static String[] controlEscapes() {
    String[] escapes = new String[0x20];
    for (int c = 0; c < escapes.length; c++) {
      escapes[c] = String.format(Locale.ROOT, "\\u%04x", c);
    }
    escapes['\t'] = "\\t";
    escapes['\b'] = "\\b";
    escapes['\n'] = "\\n";
    escapes['\r'] = "\\r";
    escapes['\f'] = "\\f";
    return escapes;
  }

  private SendBody() {}

  /** The request body of {@code POST /{phone-number-id}/messages} for {@code message}. */
  static RequestBody of(Message message) {
    return RequestBody.create(bytes(message).readByteString(), JSON);
  }

  /**
   * The request body of {@code POST /{phone-number-id}/marketing_messages}: the message as for {@code /messages},
   * then {@code product_policy}, {@code message_activity_sharing} and {@code bid_spec} (the max price multiplier, a
   * JSON number) when set (Meta's order). An extra field of the
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
    if (options.perMessageBidMultiplier() != null) {
      // Still bid_spec at send time: Meta renamed only the template-level object to optimization_spec.
      body.putIfAbsent("bid_spec", Map.of("per_message_bid_multiplier", options.perMessageBidMultiplier()));
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
    if (message instanceof TextMessage text && isPlain(text.envelope())) {
      writeText(buffer, text);
      return buffer;
    }
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writeValue(writer, MessageEncoder.encode(message));
    } catch (IOException e) {
      throw new UncheckedIOException("writing to an in-memory buffer failed", e);
    }
    return buffer;
  }

  private static boolean isPlain(Envelope envelope) {
    // Extra fields may replace a modelled field in place: those messages take the map path, which merges them.
    return envelope.extraFields().isEmpty() && envelope.extraTypeFields().isEmpty();
  }

  /**
   * MessageEncoder's field order for a text message, written as the constant text it mostly is (the commonest send;
   * a {@code JsonWriter} costs its scope stacks and per-name checks): keep the two in step (SendBodyTest compares
   * them, escapes included).
   */
  private static void writeText(Buffer out, TextMessage text) {
    Recipient recipient = text.recipient();
    Envelope envelope = text.envelope();
    out.writeUtf8("{\"messaging_product\":\"whatsapp\",\"recipient_type\":");
    out.writeUtf8(recipient instanceof Recipient.Group ? "\"group\"," : "\"individual\",");
    out.writeUtf8(recipient instanceof Recipient.UserId ? "\"recipient\":" : "\"to\":");
    string(out, recipient.value());
    String identityKeyHash = envelope.recipientIdentityKeyHash();
    if (identityKeyHash != null) {
      out.writeUtf8(",\"recipient_identity_key_hash\":");
      string(out, identityKeyHash);
    }
    String context = envelope.contextMessageId();
    if (context != null) {
      out.writeUtf8(",\"context\":{\"message_id\":");
      string(out, context);
      out.writeByte('}');
    }
    String callbackData = envelope.bizOpaqueCallbackData();
    if (callbackData != null) {
      out.writeUtf8(",\"biz_opaque_callback_data\":");
      string(out, callbackData);
    }
    out.writeUtf8(",\"type\":\"text\",\"text\":{\"body\":");
    string(out, text.body());
    if (text.previewUrl()) {
      out.writeUtf8(",\"preview_url\":true");
    }
    out.writeByte('}');
    DirectSend directSend = envelope.directSend();
    if (directSend != null) {
      out.writeUtf8(",\"category\":");
      string(out, directSend.category().value());
      if (directSend.ttl() != null) {
        out.writeUtf8(",\"ttl_seconds\":").writeDecimalLong(directSend.ttl().toSeconds());
      }
    }
    out.writeByte('}');
  }

  /** A JSON string escaped as Moshi's writer escapes it (SendBodyTest compares them on random text). */
  static void string(Buffer out, String value) {
    out.writeByte('"');
    int last = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      String replacement;
      if (c < 0x20) {
        replacement = CONTROL_ESCAPES[c];
      } else if (c == '"') {
        replacement = "\\\"";
      } else if (c == '\\') {
        replacement = "\\\\";
      } else if (c == '\u2028') {
        replacement = "\\u2028";
      } else if (c == '\u2029') {
        replacement = "\\u2029";
      } else {
        continue;
      }
      if (last < i) {
        out.writeUtf8(value, last, i);
      }
      out.writeUtf8(replacement);
      last = i + 1;
    }
    if (last < length) {
      out.writeUtf8(value, last, length);
    }
    out.writeByte('"');
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
