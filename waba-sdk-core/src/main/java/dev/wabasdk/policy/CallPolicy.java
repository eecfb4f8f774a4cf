package dev.wabasdk.policy;

import dev.wabasdk.message.Recipient;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine's calling decisions (Calling API), kept apart from the message rules: a business-initiated call needs
 * a granted, unexpired permission and room under the daily connected-call limit. Thread-safe: it only reads the
 * store.
 */
final class CallPolicy {
  private final ConversationStore store;
  private final CallPermissionRule rule;

  CallPolicy(ConversationStore store, CallPermissionRule rule) {
    this.store = store;
    this.rule = rule;
  }

  CallPermissionRule rule() {
    return rule;
  }

  /** The decision about calling {@code to} at {@code now}; throws {@link ConversationStoreException}. */
  Decision evaluate(Recipient to, long now) {
    if (to instanceof Recipient.Group) {
      return Decision.deny(CallPermissionRule.REASON, "Groups cannot be called.");
    }
    UserState user = store.user(to.value());
    Decision decision = rule.evaluate(user, now);
    Map<String, String> notes = new LinkedHashMap<>();
    long until = user.callPermissionUntil();
    notes.put("call_permission_until", until == UserState.PERMANENT ? "permanent"
        : until == 0 ? "none" : Instant.ofEpochSecond(until).toString());
    notes.put("connected_calls_24h",
        Integer.toString(user.businessCallsConnectedSince(now - ConversationStore.DAY_SECONDS + 1)));
    return decision.withFacts(new Facts(now, user, null, -1, false, null, null, false, Long.MIN_VALUE, notes));
  }
}
