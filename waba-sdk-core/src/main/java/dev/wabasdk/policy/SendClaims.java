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
    int onlyLimit = onlyLimit(context);
    if (pairRate != null && onlyLimit >= 0) {
      // Both claims in one step (one round trip to a remote store), deciding as the two below would.
      return store.claimSendAndReach(key, now, pairRate.intervalSeconds(), pairRate.burst(), onlyLimit);
    }
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

  /**
   * The limit of the one place this send claims in the engine's own store, or -1 when it claims none there or more
   * than one (then the claims are made one by one).
   */
  private int onlyLimit(PolicyContext context) {
    if (context.reachStore() != store || !context.businessInitiated() || context.alreadyReached()) {
      return -1;
    }
    int limit = -1;
    for (PolicyRule rule : rules) {
      if (rule instanceof MessagingLimitRule limitRule) {
        MessagingLimitTier tier = context.tier() != null ? context.tier() : limitRule.assumedTier();
        Integer ruleLimit = tier == null ? null : tier.uniqueUsers();
        if (ruleLimit != null) {
          if (limit >= 0) {
            return -1;
          }
          limit = ruleLimit;
        }
      }
    }
    return limit;
  }
}
