package dev.wabasdk.testkit.internal;

import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.internal.TemplateStore.TemplateRecord;
import dev.wabasdk.testkit.internal.Users.UserState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Meta's rules that decide the answer to a send: throughput (130429) and pair rate (131056) refuse it at once; a
 * block, the customer service window, a marketing opt-out, the messaging limit and unknown media fail it
 * asynchronously. Not thread-safe: used under {@link FakeEngine}'s lock.
 */
final class SendRules {
  private final FakeConfig config;
  private final Deque<Instant> recentSends = new ArrayDeque<>();
  // Meta's token bucket per recipient: tokens left and when they were last refilled.
  private final Map<String, double[]> pairTokens = new HashMap<>();
  private final Map<String, Instant> pairRefilled = new HashMap<>();
  // Unique users reached outside their window, with when: the messaging limit's moving 24 h.
  private final Map<String, Instant> businessInitiated = new LinkedHashMap<>();
  // Meta's account restrictions (account_update ACCOUNT_RESTRICTION): type to expiry.
  private final Map<String, Instant> restrictions = new HashMap<>();

  SendRules(FakeConfig config) {
    this.config = config;
  }

  /** Meta restricted the account in the way {@code type} names until {@code until}. */
  void restrict(String type, Instant until) {
    restrictions.put(type, until);
  }

  /**
   * Refuses a business-initiated send (a template or Direct Send outside the customer service window) while the
   * account is restricted from business-initiated messaging; replies in the window still go.
   */
  void checkRestriction(UserState user, boolean templateLike, Instant now) {
    Instant until = restrictions.get("RESTRICTED_BIZ_INITIATED_MESSAGING");
    if (until != null && now.isBefore(until) && templateLike && !user.windowOpen(now)) {
      throw GraphException.of(368, "Temporarily blocked for policies violations: the account is restricted from"
          + " business-initiated messaging (RESTRICTED_BIZ_INITIATED_MESSAGING) until " + until + ".");
    }
  }

  /** Checks throughput and pair rate and counts the send; a {@link GraphException} refuses it. */
  void admit(UserState user, Instant now) {
    throttle(now);
    pairRate(user, now);
    recentSends.addLast(now);
  }

  private void throttle(Instant now) {
    Instant horizon = now.minusSeconds(1);
    while (!recentSends.isEmpty() && !recentSends.peekFirst().isAfter(horizon)) {
      recentSends.removeFirst();
    }
    if (config.throughputMps() > 0 && recentSends.size() >= config.throughputMps()) {
      throw GraphException.of(130429, "Cloud API message throughput has been reached: " + config.throughputMps()
          + " messages per second.");
    }
  }

  private void pairRate(UserState user, Instant now) {
    if (config.pairRateBurst() <= 0) {
      return;
    }
    double[] tokens = pairTokens.computeIfAbsent(user.waId, k -> new double[] {config.pairRateBurst()});
    Instant refilled = pairRefilled.getOrDefault(user.waId, now);
    double elapsed = Duration.between(refilled, now).toNanos();
    tokens[0] = Math.min(config.pairRateBurst(), tokens[0] + elapsed / config.pairRateInterval().toNanos());
    pairRefilled.put(user.waId, now);
    if (tokens[0] < 1) {
      throw GraphException.of(131056, "Too many messages sent from this phone number to the same recipient ("
          + user.waId + ") in a short period of time.");
    }
    tokens[0] -= 1;
  }

  /** The error a send accepted at {@code now} fails with later, or null when it is delivered. */
  @Nullable GraphErrorResponse asyncFailure(UserState user, @Nullable TemplateRecord template, boolean directSend,
      @Nullable String mediaId, MediaStore media, Instant now) {
    if (user.blocked) {
      return GraphErrorResponse.of(131026, "Message undeliverable: the recipient cannot receive this message.");
    }
    boolean open = user.windowOpen(now);
    if (directSend) {
      // Delivered as a utility or authentication template: no window needed, counts toward the messaging limit.
      if (!open && !reachUser(user.waId, now)) {
        return GraphErrorResponse.of(131026, "Message undeliverable: the business portfolio reached its messaging "
            + "limit (" + config.messagingLimit().value() + ", " + config.messagingLimitUsers()
            + " unique users in 24 hours).");
      }
    } else if (template == null) {
      if (!open && config.enforceCustomerServiceWindow()) {
        return GraphErrorResponse.of(131047, "Message failed to send because more than 24 hours have passed since "
            + "the customer last replied to this number.");
      }
    } else {
      if (template.category.equals(TemplateCategory.MARKETING) && user.marketingStopped) {
        return GraphErrorResponse.of(131050, "Unable to deliver the message. This recipient has chosen to stop "
            + "receiving marketing messages on WhatsApp from your business.");
      }
      if (!open && !reachUser(user.waId, now)) {
        return GraphErrorResponse.of(131026, "Message undeliverable: the business portfolio reached its messaging "
            + "limit (" + config.messagingLimit().value() + ", " + config.messagingLimitUsers()
            + " unique users in 24 hours).");
      }
    }
    if (mediaId != null && !media.contains(mediaId)) {
      return GraphErrorResponse.of(131053, "Media upload error: unknown media id " + mediaId + ".");
    }
    return null;
  }

  /** Counts a business-initiated template to {@code waId}; false when the messaging limit has no room for them. */
  private boolean reachUser(String waId, Instant now) {
    Instant horizon = now.minus(Users.WINDOW);
    // Insertion order is time order (the fake clock never goes back): drop expired users from the head only, so a
    // campaign of 100,000 users costs O(1) per send instead of a scan of everyone reached.
    for (Iterator<Instant> it = businessInitiated.values().iterator(); it.hasNext(); ) {
      if (it.next().isAfter(horizon)) {
        break;
      }
      it.remove();
    }
    if (businessInitiated.containsKey(waId)) {
      return true;
    }
    if (businessInitiated.size() >= config.messagingLimitUsers()) {
      return false;
    }
    businessInitiated.put(waId, now);
    return true;
  }

  /** Unique users reached in the messaging limit's moving 24 h before {@code now}. */
  long messagingLimitUsage(Instant now) {
    Instant horizon = now.minus(Users.WINDOW);
    return businessInitiated.values().stream().filter(at -> at.isAfter(horizon)).count();
  }

  void reset() {
    recentSends.clear();
    pairTokens.clear();
    pairRefilled.clear();
    businessInitiated.clear();
    restrictions.clear();
  }
}
