package dev.wabasdk.policy;

import dev.wabasdk.message.CallPermissionRequestMessage;
import java.time.Instant;

/**
 * Meta's limits on call permission requests per business and user pair (Calling API): at most
 * {@value #REQUESTS_PER_DAY} in 24 hours and {@value #REQUESTS_PER_WEEK} in 7 days; both reset when a call between
 * them connects (either direction). Meta counts free-form and template requests together, so this applies to
 * interactive {@link CallPermissionRequestMessage}s and to templates recorded as having a call permission request
 * component ({@link PolicyEngine#recordTemplate}); the engine records each as it sends it. On by default. Stateless
 * and thread-safe.
 */
public record CallPermissionRequestLimitRule() implements PolicyRule {
  /** The reason code of a call permission request over Meta's limit. */
  public static final String REASON = "call_permission_request_limit";
  /** Call permission requests Meta allows per user in 24 hours. */
  public static final int REQUESTS_PER_DAY = 1;
  /** Call permission requests Meta allows per user in 7 days. */
  public static final int REQUESTS_PER_WEEK = 2;

  private static final long WEEK_SECONDS = 7 * ConversationStore.DAY_SECONDS;

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.requestsCallPermission()) {
      return Decision.allow();
    }
    UserState user = context.user();
    long now = context.nowEpochSecond();
    // A connected call resets both limits: count only requests after it.
    long reset = user.lastCallConnectedAt() == 0 ? 0 : user.lastCallConnectedAt() + 1;
    int lastDay = user.callPermissionRequestsSince(Math.max(reset, now - ConversationStore.DAY_SECONDS + 1));
    if (lastDay >= REQUESTS_PER_DAY) {
      return Decision.deny(REASON, "A call permission request already went to this user in the last 24 hours;"
          + " Meta allows " + REQUESTS_PER_DAY + " per user in 24 hours (and " + REQUESTS_PER_WEEK
          + " in 7 days) until a call connects.");
    }
    int lastWeek = user.callPermissionRequestsSince(Math.max(reset, now - WEEK_SECONDS + 1));
    if (lastWeek >= REQUESTS_PER_WEEK) {
      context.note("call_permission_requests_7d", Integer.toString(lastWeek));
      return Decision.deny(REASON, lastWeek + " call permission requests already went to this user in the last 7"
          + " days; Meta allows " + REQUESTS_PER_WEEK + " per user in 7 days until a call connects"
          + (user.lastCallConnectedAt() == 0 ? "" : " (the last one connected at "
              + Instant.ofEpochSecond(user.lastCallConnectedAt()) + ")") + ".");
    }
    return Decision.allow();
  }
}
