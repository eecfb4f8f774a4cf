package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import org.jspecify.annotations.Nullable;

/**
 * The atomic claims an allowed send makes in the store (pair-rate credit, a place under the messaging limit), so
 * app instances sharing a store never both pass a check only one may pass. Thread-safe: the store is.
 */
final class SendClaims {
  private final ConversationStore store;
  private final @Nullable PairRateRule pairRate;
  private final PolicyRule[] rules;

  SendClaims(ConversationStore store, @Nullable PairRateRule pairRate, PolicyRule[] rules) {
    this.store = store;
    this.pairRate = pairRate;
    this.rules = rules;
  }

  /** The first pair-rate rule: one user has one pair rate, so only it claims and records sends. */
  static @Nullable PairRateRule pairRate(PolicyRule[] rules) {
    for (PolicyRule rule : rules) {
      if (rule instanceof PairRateRule pairRate) {
        return pairRate;
      }
    }
    return null;
  }

  /** Claims the pair rate's send credit, then the messaging limit's place; false when another instance had it. */
  boolean claim(PolicyContext context) {
    String key = context.recipient().value();
    long now = context.nowEpochSecond();
    if (pairRate != null && !store.claimSend(key, now, pairRate.intervalSeconds(), pairRate.burst())) {
      return false;
    }
    if (!context.businessInitiated() || context.alreadyReached()) {
      return true;
    }
    for (PolicyRule rule : rules) {
      if (rule instanceof MessagingLimitRule limitRule) {
        MessagingLimitTier tier = context.tier() != null ? context.tier() : limitRule.assumedTier();
        Integer limit = tier == null ? null : tier.uniqueUsers();
        if (limit != null && !context.reachStore().claimReach(key, now, limit)) {
          return false;
        }
      }
    }
    return true;
  }
}
