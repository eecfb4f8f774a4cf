package dev.wabasdk.calling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's call permission and what the business may do next, as {@code GET /{phone-number-id}/call_permissions}
 * answers. Immutable and thread-safe.
 *
 * @param status {@code permission.status}
 * @param expirationTime {@code permission.expiration_time}, for a temporary permission
 * @param actions {@code actions}: whether the business may send a permission request or start a call, and the
 *     limits that decide it
 */
public record CallPermission(CallPermissionStatus status, @Nullable Instant expirationTime, List<Action> actions) {

  /** {@code send_call_permission_request}. */
  public static final String SEND_CALL_PERMISSION_REQUEST = "send_call_permission_request";
  /** {@code start_call}. */
  public static final String START_CALL = "start_call";

  public CallPermission {
    Objects.requireNonNull(status, "status");
    actions = List.copyOf(actions);
  }

  /** Whether Meta says the business may call the user now ({@code start_call.can_perform_action}). */
  public boolean canStartCall() {
    return can(START_CALL);
  }

  /** Whether Meta says the business may send a call permission request now. */
  public boolean canSendPermissionRequest() {
    return can(SEND_CALL_PERMISSION_REQUEST);
  }

  private boolean can(String name) {
    return actions.stream().anyMatch(a -> a.actionName().equals(name) && a.canPerformAction());
  }

  /**
   * One action and its limits.
   *
   * @param actionName {@code action_name}, e.g. {@link #START_CALL}
   * @param canPerformAction {@code can_perform_action}
   * @param limits {@code limits}
   */
  public record Action(String actionName, boolean canPerformAction, List<Limit> limits) {
    public Action {
      Objects.requireNonNull(actionName, "action_name");
      limits = List.copyOf(limits);
    }
  }

  /**
   * One limit of an action.
   *
   * @param timePeriod {@code time_period} (ISO-8601, e.g. {@code PT24H}, {@code P7D})
   * @param maxAllowed {@code max_allowed}
   * @param currentUsage {@code current_usage}
   * @param limitExpirationTime {@code limit_expiration_time}, when the limit is reached
   */
  public record Limit(Duration timePeriod, int maxAllowed, int currentUsage, @Nullable Instant limitExpirationTime) {
    public Limit {
      Objects.requireNonNull(timePeriod, "time_period");
    }
  }
}
