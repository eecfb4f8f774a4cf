package dev.wabasdk.conversational;

import java.util.concurrent.CompletableFuture;

/**
 * Reads and changes the conversational components of the client's phone number. Obtain it from
 * {@code WhatsApp.conversationalComponents()}. Thread-safe.
 *
 * <p>A tap on an ice breaker or a command arrives as an ordinary text message webhook. With the welcome message on,
 * Meta sends a message webhook of type {@code request_welcome} when a user opens a chat for the first time; the
 * reply is the app's. (Meta's guide has said that welcome messages do not work as intended at times.)
 */
public interface ConversationalComponentsApi {
  /**
   * The current components ({@code GET /{phone-number-id}?fields=conversational_automation}); components never set
   * read as off and empty.
   */
  ConversationalComponents get();

  /** The asynchronous twin of {@link #get()}. */
  CompletableFuture<ConversationalComponents> getAsync();

  /**
   * Changes the components that are set in {@code update} ({@code POST /{phone-number-id}/conversational_automation});
   * the others stay as they are.
   *
   * @throws IllegalArgumentException when {@code update} sets nothing
   */
  void update(ConversationalComponents update);

  /** The asynchronous twin of {@link #update}. */
  CompletableFuture<Void> updateAsync(ConversationalComponents update);
}
