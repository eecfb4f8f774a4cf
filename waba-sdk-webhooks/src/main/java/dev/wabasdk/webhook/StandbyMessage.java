package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's message to the business in a thread another responder owns ({@code standby.messages[]}). Not an
 * {@link InboundMessage} event: the owner answers it, not you. It still opens the customer service window of the
 * user and the business number, which the policy engine records. Immutable and thread-safe.
 *
 * @param message the message, typed exactly as the same item of a {@code messages} webhook (sender and profile
 *     name from {@code standby.contacts})
 */
public record StandbyMessage(InboundMessage message) implements StandbyEvent {

  public StandbyMessage {
    Objects.requireNonNull(message, "message == null");
  }

  /** {@code standby:message:<wamid>}: never the id of the same message on {@code messages}. */
  @Override
  public String eventId() {
    return "standby:" + message.eventId();
  }

  /** The user who wrote. */
  public WhatsAppUser from() {
    return message.from();
  }

  /** When the user sent it. */
  public Instant timestamp() {
    return message.timestamp();
  }

  @Override
  public WebhookMetadata metadata() {
    return message.metadata();
  }

  @Override
  public @Nullable String businessAccountId() {
    return message.businessAccountId();
  }

  @Override
  public RawJson raw() {
    return message.raw();
  }
}
