package dev.wabasdk.message;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaPolicyException;
import dev.wabasdk.internal.GraphCall;
import dev.wabasdk.internal.GraphClient;
import dev.wabasdk.internal.Json;
import dev.wabasdk.internal.ResponseHandler;
import dev.wabasdk.message.internal.MessageEncoder;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends messages and read receipts from one business phone number: {@code POST /{phone-number-id}/messages}.
 * Obtain it from {@code WhatsApp.messages()}. Thread-safe.
 */
public final class MessagesApi {
  private static final Logger LOG = LoggerFactory.getLogger("dev.wabasdk.policy");

  private final GraphClient graph;
  private final HttpUrl messagesUrl;
  private final @Nullable PolicyEngine policy;

  /** Used by {@code WhatsApp}; not meant to be called directly. */
  public MessagesApi(GraphClient graph, String phoneNumberId) {
    this(graph, phoneNumberId, null);
  }

  /** Used by {@code WhatsApp}; not meant to be called directly. */
  public MessagesApi(GraphClient graph, String phoneNumberId, @Nullable PolicyEngine policy) {
    this.graph = graph;
    this.messagesUrl = graph.url(phoneNumberId, "messages");
    this.policy = policy;
  }

  /**
   * Sends a message and returns Meta's acceptance.
   *
   * <p>With a policy engine, the message is evaluated first: in {@code ENFORCE} mode a decision other than ALLOW
   * throws and nothing is sent; in {@code WARN} mode it is logged and the message sent. The result carries the
   * decision, and the engine records the send.
   *
   * @throws WabaPolicyException when the engine, in {@code ENFORCE} mode, did not allow it (nothing was sent)
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it (nothing was sent)
   * @throws dev.wabasdk.error.WabaNetworkException when the transport failed; see its {@code outcome()}
   */
  public SendResult send(Message message) {
    GraphCall call = sendCall(message);
    Decision decision = check(message);
    return recorded(message, graph.execute(call, MessagesApi::parseSendResult), decision);
  }

  /**
   * The asynchronous twin of {@link #send}. A policy denial completes the future exceptionally with
   * {@link WabaPolicyException}.
   */
  public CompletableFuture<SendResult> sendAsync(Message message) {
    GraphCall call;
    Decision decision;
    try {
      call = sendCall(message);
      decision = check(message);
    } catch (WabaPolicyException e) {
      return CompletableFuture.failedFuture(e);
    }
    return graph.executeAsync(call, MessagesApi::parseSendResult).thenApply(r -> recorded(message, r, decision));
  }

  private @Nullable Decision check(Message message) {
    if (policy == null || policy.mode() == PolicyMode.OFF) {
      return null;
    }
    // ENFORCE claims the pair-rate slot and messaging-limit place atomically, so instances sharing a store agree.
    Decision decision = policy.mode() == PolicyMode.ENFORCE ? policy.admit(message) : policy.evaluate(message);
    if (!decision.isAllowed()) {
      if (policy.mode() == PolicyMode.ENFORCE) {
        throw new WabaPolicyException(decision);
      }
      // The recipient is not logged: explanations and facts carry no personal data.
      LOG.warn("Policy {} ({}), sending anyway (WARN mode): {} [{}]", decision.verdict(), decision.reasonCode(),
          decision.explanation(), decision.facts());
    }
    return decision;
  }

  private SendResult recorded(Message message, SendResult result, @Nullable Decision decision) {
    if (policy == null) {
      return result;
    }
    try {
      policy.recordSent(message, result, policy.clock().instant());
    } catch (RuntimeException e) {
      // The message is sent; a failing store must not turn that into an error the caller would retry.
      LOG.error("Policy engine could not record the send of {}", result.messageId(), e);
    }
    return result.withDecision(decision);
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
    @Nullable Map<String, Object> first = Json.firstObject(root, "messages");
    String id = Json.string(first, "id");
    if (id == null) {
      // Meta answered 200 but we cannot tell which message it accepted.
      throw new WabaException(
          "Meta answered 200 without messages[0].id: the message was probably accepted, outcome unknown",
          Outcome.UNKNOWN, false, null);
    }
    @Nullable Map<String, Object> contact = Json.firstObject(root, "contacts");
    String status = Json.string(first, "message_status");
    return new SendResult(
        id,
        Json.string(contact, "input"),
        Json.string(contact, "wa_id"),
        Json.string(contact, "user_id"),
        status == null ? null : new PacingStatus(status));
  }
}
