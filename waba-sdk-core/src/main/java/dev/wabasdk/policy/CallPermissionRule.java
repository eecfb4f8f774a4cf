package dev.wabasdk.policy;

import java.time.Instant;

/**
 * Business-initiated calls only to users who granted a call permission that has not expired (Calling API). Meta
 * refuses a call without one (138006). The engine applies it in {@link PolicyEngine#evaluateCall} and
 * {@link PolicyEngine#checkCall}; the permission comes from {@link PolicyEngine#recordCallPermission}. Immutable and
 * thread-safe.
 */
public final class CallPermissionRule {
  /** The reason code of a call to a user without a granted, unexpired permission. */
  public static final String REASON = "call_permission_required";

  /** This rule's decision about calling a user in {@code user} state at {@code now} (epoch seconds). */
  public Decision evaluate(UserState user, long now) {
    long until = user.callPermissionUntil();
    if (until == UserState.PERMANENT || now < until) {
      return Decision.allow();
    }
    return Decision.deny(REASON, until == 0
        ? "This user has not granted the business permission to call; send a call permission request first."
        : "The user's call permission expired at " + Instant.ofEpochSecond(until)
            + "; send a new call permission request first.");
  }

  @Override
  public String toString() {
    return "CallPermissionRule";
  }
}
