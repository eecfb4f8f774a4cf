package dev.wabasdk.message.internal;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TextMessage;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a {@link Message} into the JSON body of {@code POST /{phone-number-id}/messages}, in Meta's field order. */
public final class MessageEncoder {

  private MessageEncoder() {}

  /** The whole request body as an ordered map, ready for Moshi. */
  public static Map<String, Object> encode(Message message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    Recipient recipient = message.recipient();
    body.put(recipient instanceof Recipient.PhoneNumber ? "to" : "recipient", recipient.value());
    if (message instanceof TextMessage text) {
      body.put("type", "text");
      Map<String, Object> payload = new LinkedHashMap<>();
      payload.put("body", text.body());
      if (text.previewUrl()) {
        payload.put("preview_url", true);
      }
      body.put("text", payload);
    }
    return body;
  }
}
