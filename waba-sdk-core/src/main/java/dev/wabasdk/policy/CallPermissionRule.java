package dev.wabasdk.policy;

import java.time.Instant;

/**
 * Business-initiated calls only to users who granted a call permission that has not expired, and at most
 * {@link #connectedCallsPerDay()} connected business-initiated calls to one user in a moving 24 hours (Calling
 * API). Meta refuses a call without a permission (138006); its connected-call limit per business and user pair is
 * {@value #CONNECTED_CALLS_PER_DAY} in 24 hours (it was 5, then 10, in earlier versions of Meta's docs: pass the
 * number Meta documents for your account if it differs). The engine applies it in
 * {@link PolicyEngine#evaluateCall} and {@link PolicyEngine#checkCall}; the permission comes from
 * {@link PolicyEngine#recordCallPermission}, connected calls from {@link PolicyEngine#recordCallConnected}. Set
 * it with {@code PolicyEngine.builder().callPermissionRule(..)}. Immutable and thread-safe.
 */
public final class CallPermissionRule {
  /** The reason code of a call to a user without a granted, unexpired permission. */
  public static final String REASON = "call_permission_required";
  /** The reason code of a call over the daily connected-call limit. */
  public static final String LIMIT_REASON = "call_limit_reached";
  /** Meta's limit of connected business-initiated calls per business and user pair in 24 hours. */
  public static final int CONNECTED_CALLS_PER_DAY = 100;

  private final int connectedCallsPerDay;

  /** The rule with Meta's limit of {@value #CONNECTED_CALLS_PER_DAY} connected calls per user in 24 hours. */
  public CallPermissionRule() {
    this(CONNECTED_CALLS_PER_DAY);
  }

  /**
   * The rule with another daily limit of connected business-initiated calls per user.
   *
   * @param connectedCallsPerDay 1 to {@value ConversationStore#CALL_HISTORY}
   */
  public CallPermissionRule(int connectedCallsPerDay) {
    if (connectedCallsPerDay < 1 || connectedCallsPerDay > ConversationStore.CALL_HISTORY) {
      throw new IllegalArgumentException("connectedCallsPerDay: must be 1 to " + ConversationStore.CALL_HISTORY
          + ", was " + connectedCallsPerDay);
    }
    this.connectedCallsPerDay = connectedCallsPerDay;
  }

  /** The most connected business-initiated calls to one user in a moving 24 hours. */
  public int connectedCallsPerDay() {
    return connectedCallsPerDay;
  }

  /** This rule's decision about calling a user in {@code user} state at {@code now} (epoch seconds). */
  public Decision evaluate(UserState user, long now) {
    long until = user.callPermissionUntil();
    if (until != UserState.PERMANENT && now >= until) {
      return Decision.deny(REASON, until == 0
          ? "This user has not granted the business permission to call; send a call permission request first."
          : "The user's call permission expired at " + Instant.ofEpochSecond(until)
              + "; send a new call permission request first.");
    }
    int connected = user.businessCallsConnectedSince(now - ConversationStore.DAY_SECONDS + 1);
    if (connected >= connectedCallsPerDay) {
      return Decision.deny(LIMIT_REASON, "The business already had " + connected + " connected calls with this"
          + " user in the last 24 hours, Meta's limit of " + connectedCallsPerDay + " connected business-initiated"
          + " calls per user in 24 hours; call again once the oldest of them is 24 hours old.");
    }
    return Decision.allow();
  }

  @Override
  public String toString() {
    return "CallPermissionRule{connectedCallsPerDay=" + connectedCallsPerDay + "}";
  }
}
