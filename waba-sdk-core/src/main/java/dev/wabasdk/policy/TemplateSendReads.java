package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the rules of a template send read from a {@link ConversationStore}, read in one step by
 * {@link ConversationStore#readTemplateSend}: the recipient, the template, one account restriction, the messaging
 * limit tier and the users reached in the moving 24 hours. Immutable and thread-safe (the user state is as
 * thread-safe as the store makes it).
 *
 * @param user the recipient's state, as {@link ConversationStore#user}
 * @param template the template translation, as {@link ConversationStore#template}
 * @param restrictedUntil the restriction's end, as {@link ConversationStore#restrictedUntil}
 * @param tier the messaging limit tier, as {@link ConversationStore#tier}
 * @param reachedUsers the users reached, as {@link ConversationStore#reachedUsers}
 * @since 0.5
 */
public record TemplateSendReads(UserState user, @Nullable TemplateInfo template, long restrictedUntil,
    @Nullable MessagingLimitTier tier, int reachedUsers) {
  /** Checks that {@code user} is set and {@code reachedUsers} is not negative. */
  public TemplateSendReads {
    Objects.requireNonNull(user, "user");
    if (reachedUsers < 0) {
      throw new IllegalArgumentException("reachedUsers: must be at least 0, was " + reachedUsers);
    }
  }
}
