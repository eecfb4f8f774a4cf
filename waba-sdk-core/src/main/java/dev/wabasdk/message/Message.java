package dev.wabasdk.message;

/**
 * A message the business sends with {@code POST /{phone-number-id}/messages}. Every kind is an immutable record
 * whose limits are checked when it is built, so nothing invalid reaches the network.
 */
public sealed interface Message permits TextMessage {

  /** Who the message goes to. */
  Recipient recipient();
}
