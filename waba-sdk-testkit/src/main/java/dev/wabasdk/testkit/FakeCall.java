package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.FakeEngine;
import java.time.Instant;

/**
 * A call a {@link FakeUser} placed to the business ({@link FakeUser#calls()}). Thread-safe: a handle on the fake's
 * state, which the fake guards.
 */
public final class FakeCall {
  private final FakeEngine engine;
  private final String waId;
  private final String callId;
  private final Instant startedAt;

  /** When the user placed the call (the fake clock). */
  public Instant startedAt() {
    return startedAt;
  }

  FakeCall(FakeEngine engine, String waId, String callId, Instant startedAt) {
    this.engine = engine;
    this.waId = waId;
    this.callId = callId;
    this.startedAt = startedAt;
  }

  /** The call id ({@code wacid...}) the webhooks carry. */
  public String id() {
    return callId;
  }

  /**
   * The user hangs up now (advance the fake clock first for a longer call): Meta's {@code calls} webhook with
   * {@code event: terminate}, status {@code COMPLETED}, start and end times and the duration (from the call's
   * start, or from when the app accepted it).
   */
  public void hangsUp() {
    engine.userHangsUp(waId, callId);
  }

  @Override
  public String toString() {
    return "FakeCall[" + callId + " from " + waId + "]";
  }
}
