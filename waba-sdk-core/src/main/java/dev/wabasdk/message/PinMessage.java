package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Pins or unpins a message in a group ({@code "type": "pin"}, Meta's "Pin and unpin group message"): one message per
 * request, by the group's admin (the business); a pin lasts 1 to 30 days. At most 3 messages are pinned at a time:
 * Meta unpins the oldest when a fourth is pinned. The answer carries a {@code wamid} with the usual status webhooks.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * whatsApp.messages().send(Message.pin(Recipient.group(groupId), "wamid.HBgLM...", 7));
 * whatsApp.messages().send(Message.unpin(Recipient.group(groupId), "wamid.HBgLM..."));
 * }</pre>
 *
 * @param recipient the group ({@link Recipient#group}); Meta refuses a pin whose {@code to} is not a group
 * @param operation {@code pin.type}: pin or unpin
 * @param messageId {@code pin.message_id}: the {@code wamid} of the group's message to pin or unpin
 * @param expirationDays {@code pin.expiration_days}: how long a pin lasts, 1 to 30 days; null for an unpin
 * @param envelope callback data and extra fields
 */
public record PinMessage(Recipient recipient, Operation operation, String messageId,
    @Nullable Integer expirationDays, Envelope envelope) implements Message {
  /** Meta's shortest pin, in days. */
  public static final int MIN_EXPIRATION_DAYS = 1;
  /** Meta's longest pin, in days. */
  public static final int MAX_EXPIRATION_DAYS = 30;
  /** Meta's limit on messages pinned in a group at a time. */
  public static final int MAX_PINNED = 3;

  /** What the request does to the message ({@code pin.type}). */
  public enum Operation {
    /** Pins the message for {@code expiration_days}. */
    PIN("pin"),
    /** Unpins the message. */
    UNPIN("unpin");

    private final String value;

    Operation(String value) {
      this.value = value;
    }

    /** Meta's value: {@code pin} or {@code unpin}. */
    public String value() {
      return value;
    }
  }

  public PinMessage {
    Checks.required(recipient, "to");
    if (!(recipient instanceof Recipient.Group)) {
      throw new IllegalArgumentException("to: a pin goes to a group (Recipient.group(..)), was "
          + recipient.getClass().getSimpleName() + " " + recipient.value());
    }
    Checks.required(operation, "pin.type");
    Checks.nonBlank(messageId, "pin.message_id");
    if (operation == Operation.PIN) {
      int days = Checks.required(expirationDays, "pin.expiration_days");
      if (days < MIN_EXPIRATION_DAYS || days > MAX_EXPIRATION_DAYS) {
        throw new IllegalArgumentException("pin.expiration_days: must be " + MIN_EXPIRATION_DAYS + " to "
            + MAX_EXPIRATION_DAYS + " days, was " + days);
      }
    } else if (expirationDays != null) {
      throw new IllegalArgumentException("pin.expiration_days: only a pin lasts a number of days, not an unpin (was "
          + expirationDays + ")");
    }
    Checks.required(envelope, "envelope");
  }

  /** A builder for a pin or unpin. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PinMessage}. */
  public static final class Builder extends MessageBuilder<Builder, PinMessage> {
    private @Nullable Operation operation;
    private @Nullable String messageId;
    private @Nullable Integer expirationDays;

    Builder() {}

    /** Pins the message {@code messageId} ({@code wamid}) for {@code expirationDays} (1 to 30). */
    public Builder pin(String messageId, int expirationDays) {
      this.operation = Operation.PIN;
      this.messageId = Objects.requireNonNull(messageId, "messageId == null");
      this.expirationDays = expirationDays;
      return this;
    }

    /** Unpins the message {@code messageId} ({@code wamid}). */
    public Builder unpin(String messageId) {
      this.operation = Operation.UNPIN;
      this.messageId = Objects.requireNonNull(messageId, "messageId == null");
      this.expirationDays = null;
      return this;
    }

    @Override
    public PinMessage build() {
      return new PinMessage(recipient(), Checks.required(operation, "pin.type"),
          Checks.required(messageId, "pin.message_id"), expirationDays, envelope());
    }
  }
}
