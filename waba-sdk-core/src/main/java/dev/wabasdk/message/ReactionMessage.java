package dev.wabasdk.message;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reaction to a message ({@code "type": "reaction"}): one emoji, or the empty string to remove the reaction.
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to
 * @param messageId {@code reaction.message_id}: the {@code wamid} of the message reacted to
 * @param emoji {@code reaction.emoji}: exactly one emoji, or {@code ""} to remove the reaction
 * @param envelope reply context, callback data and extra fields
 */
public record ReactionMessage(Recipient recipient, String messageId, String emoji, Envelope envelope)
    implements Message {

  public ReactionMessage {
    Checks.required(recipient, "to");
    Checks.nonBlank(messageId, "reaction.message_id");
    Checks.required(emoji, "reaction.emoji");
    if (!emoji.isEmpty() && !Checks.isSingleEmoji(emoji)) {
      throw new IllegalArgumentException("reaction.emoji: must be exactly one emoji, or \"\" to remove the "
          + "reaction, was " + Checks.preview(emoji));
    }
    Checks.required(envelope, "envelope");
  }

  /** Whether this removes an earlier reaction (empty emoji). */
  public boolean isRemoval() {
    return emoji.isEmpty();
  }

  /** A builder for a reaction. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReactionMessage}. */
  public static final class Builder extends MessageBuilder<Builder, ReactionMessage> {
    private @Nullable String messageId;
    private @Nullable String emoji;

    Builder() {}

    /** <strong>Required.</strong> The {@code wamid} of the message to react to. */
    public Builder messageId(String messageId) {
      this.messageId = Objects.requireNonNull(messageId, "messageId == null");
      return this;
    }

    /** <strong>Required.</strong> One emoji, or {@code ""} to remove the reaction. */
    public Builder emoji(String emoji) {
      this.emoji = Objects.requireNonNull(emoji, "emoji == null");
      return this;
    }

    @Override
    public ReactionMessage build() {
      return new ReactionMessage(recipient(), Checks.required(messageId, "reaction.message_id"),
          Checks.required(emoji, "reaction.emoji"), envelope());
    }
  }
}
