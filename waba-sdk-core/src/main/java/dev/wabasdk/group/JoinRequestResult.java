package dev.wabasdk.group;

import java.util.List;
import java.util.Objects;

/**
 * What Meta did with a batch of join requests: the ids it approved (or rejected) and those that failed, each with
 * Meta's error. Immutable and thread-safe.
 *
 * @param succeeded {@code approved_join_requests} or {@code rejected_join_requests}
 * @param failed {@code failed_join_requests}
 */
public record JoinRequestResult(List<String> succeeded, List<Failure> failed) {
  public JoinRequestResult {
    succeeded = List.copyOf(succeeded);
    failed = List.copyOf(failed);
  }

  /** Whether every request went through. */
  public boolean allSucceeded() {
    return failed.isEmpty();
  }

  /**
   * One join request Meta could not handle.
   *
   * @param joinRequestId {@code join_request_id}
   * @param code the first error's {@code code}, 0 when none was given
   * @param message the first error's {@code message} (or {@code title})
   */
  public record Failure(String joinRequestId, int code, String message) {
    public Failure {
      Objects.requireNonNull(joinRequestId, "join_request_id");
      Objects.requireNonNull(message, "message");
    }
  }
}
