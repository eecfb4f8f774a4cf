package dev.wabasdk.testkit.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The flows users opened, by session id, so the console can walk one screen by screen across requests. Opening
 * (which may call the endpoint's INIT) happens outside the engine's lock; the map is touched under it. Thread-safe.
 */
final class FlowSessions {
  private static final int MAX = 1000;
  private final FakeEngine engine;
  private final Map<String, FlowSession> sessions = new LinkedHashMap<>();
  private long next;

  FlowSessions(FakeEngine engine) {
    this.engine = engine;
  }

  FlowSession open(FlowRunner.Start start) {
    String id;
    synchronized (engine.lock) {
      next++;
      id = "flow-session-" + next;
    }
    FlowSession session = FlowSession.open(id, engineRunner(), start);
    synchronized (engine.lock) {
      if (sessions.size() >= MAX) {
        sessions.remove(sessions.keySet().iterator().next()); // the oldest: a long console session stays bounded
      }
      sessions.put(id, session);
    }
    return session;
  }

  @Nullable FlowSession find(String id) {
    synchronized (engine.lock) {
      return sessions.get(id);
    }
  }

  void reset() {
    sessions.clear();
  }

  private FlowRunner engineRunner() {
    return engine.flowRunner();
  }
}
