package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.FakeEngine;
import dev.wabasdk.testkit.internal.FaultRule;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Faults on demand for Graph API calls (the control API is never affected):
 *
 * <pre>{@code
 * fake.faults().nextCalls(2).failWith(GraphErrorResponse.of(131000));
 * fake.faults().nextCalls(1).respondWithStatus(503);
 * fake.faults().matching(FakeRequest::isSendMessage).delay(Duration.ofSeconds(2));
 * fake.faults().nextCalls(1).dropConnection();
 * }</pre>
 *
 * <p>Thread-safe: faults are kept by the fake under its lock.
 */
public final class Faults {
  private final FakeEngine engine;

  Faults(FakeEngine engine) {
    this.engine = engine;
  }

  /** The next {@code count} Graph API calls. */
  public Fault nextCalls(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be at least 1, was " + count);
    }
    return new Fault(engine, r -> true, count);
  }

  /** Every Graph API call matching {@code matcher} (until {@link #clear()} or a reset). */
  public Fault matching(Predicate<FakeRequest> matcher) {
    return new Fault(engine, Objects.requireNonNull(matcher, "matcher"), -1);
  }

  /** Removes every fault not yet used up. */
  public void clear() {
    engine.clearFaults();
  }

  /** What to do to the calls a fault selects; each method installs the fault. Immutable and thread-safe. */
  public static final class Fault {
    private final FakeEngine engine;
    private final Predicate<FakeRequest> matcher;
    private final int times;

    Fault(FakeEngine engine, Predicate<FakeRequest> matcher, int times) {
      this.engine = engine;
      this.matcher = matcher;
      this.times = times;
    }

    /** Answer with this Graph error (JSON and HTTP status) instead of processing the call. */
    public void failWith(GraphErrorResponse error) {
      install(FaultRule.Kind.GRAPH_ERROR, Objects.requireNonNull(error, "error"), 0, Duration.ZERO);
    }

    /** Answer with this HTTP status (e.g. 500, 503) and a Graph error body, instead of processing the call. */
    public void respondWithStatus(int httpStatus) {
      if (httpStatus < 400 || httpStatus > 599) {
        throw new IllegalArgumentException("httpStatus must be 400..599, was " + httpStatus);
      }
      install(FaultRule.Kind.HTTP_STATUS, null, httpStatus, Duration.ZERO);
    }

    /**
     * Close the connection without answering (the call is not processed; a Resumable Upload API transfer keeps the
     * first half of its bytes, as a transfer broken mid-way does).
     */
    public void dropConnection() {
      install(FaultRule.Kind.DROP_CONNECTION, null, 0, Duration.ZERO);
    }

    /** Process the call normally but hold the response headers back for {@code latency} (real time). */
    public void delay(Duration latency) {
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative, was " + latency);
      }
      install(FaultRule.Kind.DELAY, null, 0, latency);
    }

    private void install(FaultRule.Kind kind, @Nullable GraphErrorResponse error, int status, Duration delay) {
      engine.addFault(new FaultRule(matcher, times, kind, error, status, delay));
    }
  }
}
