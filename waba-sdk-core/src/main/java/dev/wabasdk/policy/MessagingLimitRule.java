package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The messaging limit: business-initiated messages (templates outside the customer service window) may reach at
 * most the tier's number of unique users in a moving 24 hours. Users already reached in the period and replies
 * inside an open window do not count. The tier comes from the store ({@link PolicyEngine#recordTier}). Meta sets
 * the limit per business portfolio, shared by all its numbers (since 2025-10-07): with
 * {@link PolicyEngine.Builder#portfolio} the count is the portfolio's, across its numbers and app instances.
 * Immutable and thread-safe.
 *
 * @param assumedTier the tier to apply while none is recorded; null to not limit until one is recorded
 */
public record MessagingLimitRule(@Nullable MessagingLimitTier assumedTier) implements PolicyRule {
  /** The reason code when the limit is reached. */
  public static final String REASON = "messaging_limit_reached";

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.businessInitiated()) {
      return Decision.allow();
    }
    if (context.alreadyReached()) {
      return Decision.allow();
    }
    MessagingLimitTier tier = context.tier();
    if (tier == null) {
      tier = assumedTier;
      if (tier != null) {
        context.note("messaging_limit_tier", "assumed " + tier);
      }
    }
    Integer limit = tier == null ? null : tier.uniqueUsers();
    int reached = context.reachedUsers(); // also a fact when there is no limit
    if (limit == null || reached < limit) {
      return Decision.allow();
    }
    String who = context.portfolioId() == null ? "The business has"
        : "The business portfolio " + context.portfolioId() + " (all its phone numbers together) has";
    return Decision.deny(REASON, who + " already reached " + reached + " unique users in the last 24 hours,"
        + " the limit of its messaging tier " + tier + ", so a template to a new user is not delivered until"
        + " earlier users drop out of the moving period (users reached since "
        + Instant.ofEpochSecond(context.nowEpochSecond() - ConversationStore.DAY_SECONDS + 1)
        + " can still be messaged).");
  }
}
