package dev.wabasdk.username;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * The business username of the client's phone number ({@code /{phone-number-id}/username}). Obtain it from
 * {@code WhatsApp.username()}. Thread-safe.
 *
 * <p>A username is unique across WhatsApp and a number has at most one. Meta's errors: {@code 147001} (the username
 * is not available), {@code 147002} (the account may not request a username), {@code 147003} / {@code 147004} (a
 * Facebook / Instagram account must be linked), {@code 147005} (another number of the portfolio has it: use
 * {@link TransferAction#FORCE_TRANSFER}). Meta confirms changes with the {@code business_username_update} webhook.
 *
 * <pre>{@code
 * List<String> reserved = whatsApp.username().suggestions();
 * UsernameStatus status = whatsApp.username().set("acme_support");   // RESERVED until usernames launch
 * }</pre>
 */
public interface UsernameApi {
  /** The number's username and its status ({@code GET}), or null when it has none. */
  @Nullable BusinessUsername get();

  /** The asynchronous twin of {@link #get()}. */
  CompletableFuture<@Nullable BusinessUsername> getAsync();

  /**
   * Claims or changes the number's username ({@code POST}, {@code transfer_action: none}).
   *
   * @return the new status, e.g. {@link UsernameStatus#RESERVED}
   * @throws IllegalArgumentException when the username breaks Meta's format rules ({@link BusinessUsername#check})
   */
  UsernameStatus set(String username);

  /** As {@link #set(String)}, with a transfer action. */
  UsernameStatus set(String username, TransferAction transferAction);

  /** The asynchronous twin of {@link #set(String, TransferAction)}. */
  CompletableFuture<UsernameStatus> setAsync(String username, TransferAction transferAction);

  /** Removes the number's username ({@code DELETE}). */
  void delete();

  /** The asynchronous twin of {@link #delete()}. */
  CompletableFuture<Void> deleteAsync();

  /** The usernames Meta reserved for the business ({@code GET /{phone-number-id}/username_suggestions}). */
  List<String> suggestions();

  /** The asynchronous twin of {@link #suggestions()}. */
  CompletableFuture<List<String>> suggestionsAsync();

  /** What to do when another phone number of the same business portfolio has the username ({@code transfer_action}). */
  enum TransferAction {
    /** Fail with {@code 147005} (Meta's default). */
    NONE,
    /** Move the username from the other number to this one. */
    FORCE_TRANSFER
  }
}
