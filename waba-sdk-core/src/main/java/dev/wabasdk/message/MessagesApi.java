package dev.wabasdk.message;

import java.util.concurrent.CompletableFuture;

/**
 * Sends messages and read receipts from one business phone number: {@code POST /{phone-number-id}/messages}.
 * Obtain it from {@code WhatsApp.messages()}; implement it (or mock it) to test code that sends. Implementations
 * must be thread-safe; the SDK's is.
 */
public interface MessagesApi {
  /**
   * Sends a message and returns Meta's acceptance.
   *
   * <p>The message passes the client's send interceptors first (e.g. the policy engine, which in {@code ENFORCE}
   * mode throws {@code WabaPolicyException} and sends nothing when it does not allow the message); what they
   * learned travels back as tags on the result ({@link SendResult#tag}).
   *
   * @throws IllegalArgumentException when the message breaks one of Meta's limits (nothing was sent)
   * @throws dev.wabasdk.error.WabaApiException when Meta refuses it (nothing was sent)
   * @throws dev.wabasdk.error.WabaNetworkException when the transport failed; see its {@code outcome()}
   */
  SendResult send(Message message);

  /**
   * The asynchronous twin of {@link #send}: the interceptors run on the client's threads, not the caller's. An
   * interceptor's exception (e.g. a policy denial) completes the future exceptionally.
   */
  CompletableFuture<SendResult> sendAsync(Message message);

  /** Marks an inbound message (and all earlier ones) as read: the user sees blue ticks. */
  void markAsRead(String messageId);

  /** The asynchronous twin of {@link #markAsRead}. */
  CompletableFuture<Void> markAsReadAsync(String messageId);

  /**
   * Marks an inbound message as read and shows the typing indicator to the user until the business replies or
   * 25 seconds pass, whichever comes first (Meta's API always does both together).
   */
  void showTypingIndicator(String messageId);

  /** The asynchronous twin of {@link #showTypingIndicator}. */
  CompletableFuture<Void> showTypingIndicatorAsync(String messageId);
}
