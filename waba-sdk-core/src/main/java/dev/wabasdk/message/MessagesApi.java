package dev.wabasdk.message;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.internal.GraphCall;
import dev.wabasdk.internal.GraphClient;
import dev.wabasdk.internal.Json;
import dev.wabasdk.internal.ResponseHandler;
import dev.wabasdk.message.internal.MessageEncoder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;

/**
 * Sends messages and read receipts from one business phone number: {@code POST /{phone-number-id}/messages}.
 * Obtain it from {@code WhatsApp.messages()}. Thread-safe.
 */
public final class MessagesApi {
  private final GraphClient graph;
  private final HttpUrl messagesUrl;

  /** Used by {@code WhatsApp}; not meant to be called directly. */
  public MessagesApi(GraphClient graph, String phoneNumberId) {
    this.graph = graph;
    this.messagesUrl = graph.url(phoneNumberId, "messages");
  }

  /**
   * Sends a message and returns Meta's acceptance.
   *
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it (nothing was sent)
   * @throws dev.wabasdk.error.WabaNetworkException when the transport failed; see its {@code outcome()}
   */
  public SendResult send(Message message) {
    return graph.execute(sendCall(message), MessagesApi::parseSendResult);
  }

  /** The asynchronous twin of {@link #send}. */
  public CompletableFuture<SendResult> sendAsync(Message message) {
    return graph.executeAsync(sendCall(message), MessagesApi::parseSendResult);
  }

  /** Marks an inbound message (and all earlier ones) as read: the user sees blue ticks. */
  public void markAsRead(String messageId) {
    graph.execute(readCall(messageId, false), ResponseHandler.jsonObject());
  }

  /** The asynchronous twin of {@link #markAsRead}. */
  public CompletableFuture<Void> markAsReadAsync(String messageId) {
    return graph.executeAsync(readCall(messageId, false), ResponseHandler.jsonObject()).thenApply(r -> null);
  }

  /**
   * Marks an inbound message as read and shows the typing indicator to the user until the business replies or
   * 25 seconds pass, whichever comes first (Meta's API always does both together).
   */
  public void showTypingIndicator(String messageId) {
    graph.execute(readCall(messageId, true), ResponseHandler.jsonObject());
  }

  /** The asynchronous twin of {@link #showTypingIndicator}. */
  public CompletableFuture<Void> showTypingIndicatorAsync(String messageId) {
    return graph.executeAsync(readCall(messageId, true), ResponseHandler.jsonObject()).thenApply(r -> null);
  }

  private GraphCall sendCall(Message message) {
    Objects.requireNonNull(message, "message");
    return GraphCall.send(messagesUrl, MessageEncoder.encode(message));
  }

  private GraphCall readCall(String messageId, boolean typing) {
    Objects.requireNonNull(messageId, "messageId");
    if (messageId.isBlank()) {
      throw new IllegalArgumentException("message_id: must not be blank");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messaging_product", "whatsapp");
    body.put("status", "read");
    body.put("message_id", messageId);
    if (typing) {
      body.put("typing_indicator", Map.of("type", "text"));
    }
    // Marking as read twice is harmless, so it may be retried like a read.
    return GraphCall.post(messagesUrl, body, true);
  }

  private static SendResult parseSendResult(okhttp3.Response response) throws java.io.IOException {
    Map<String, Object> root = Json.readObject(response.body().string());
    List<Object> messages = Json.list(root, "messages");
    @SuppressWarnings("unchecked")
    Map<String, Object> first = messages.isEmpty() || !(messages.get(0) instanceof Map)
        ? null
        : (Map<String, Object>) messages.get(0);
    String id = Json.string(first, "id");
    if (id == null) {
      // Meta answered 200 but we cannot tell which message it accepted.
      throw new WabaException(
          "Meta answered 200 without messages[0].id: the message was probably accepted, outcome unknown",
          Outcome.UNKNOWN, false, null);
    }
    List<Object> contacts = Json.list(root, "contacts");
    @SuppressWarnings("unchecked")
    Map<String, Object> contact = contacts.isEmpty() || !(contacts.get(0) instanceof Map)
        ? null
        : (Map<String, Object>) contacts.get(0);
    String status = Json.string(first, "message_status");
    return new SendResult(
        id,
        Json.string(contact, "input"),
        Json.string(contact, "wa_id"),
        Json.string(contact, "user_id"),
        status == null ? null : new MessageStatus(status));
  }
}
