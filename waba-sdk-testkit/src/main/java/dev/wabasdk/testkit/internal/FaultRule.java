package dev.wabasdk.testkit.internal;

import dev.wabasdk.testkit.FakeRequest;
import dev.wabasdk.testkit.GraphErrorResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One injected fault: what it matches, how often, and what it does. Not thread-safe: its count changes under
 * {@link FakeEngine}'s lock.
 */
public final class FaultRule {
  /** What the fault does to a matching request. */
  public enum Kind { GRAPH_ERROR, HTTP_STATUS, DROP_CONNECTION, DELAY }

  final Predicate<FakeRequest> matcher;
  final Kind kind;
  final @Nullable GraphErrorResponse error;
  final int status;
  final Duration delay;
  private int remaining;

  /** {@code times} < 0 means every matching request. */
  public FaultRule(Predicate<FakeRequest> matcher, int times, Kind kind, @Nullable GraphErrorResponse error, int status,
      Duration delay) {
    this.matcher = matcher;
    this.remaining = times;
    this.kind = kind;
    this.error = error;
    this.status = status;
    this.delay = delay;
  }

  /** Claims one use when the request matches; called under the engine's lock. */
  boolean claim(FakeRequest request) {
    if (remaining == 0 || !matcher.test(request)) {
      return false;
    }
    if (remaining > 0) {
      remaining--;
    }
    return true;
  }

  boolean exhausted() {
    return remaining == 0;
  }
}
