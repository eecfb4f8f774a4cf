package dev.wabasdk.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it. The fake uses it for every timestamp and every rule
 * (customer service windows, messaging limits, pair rate, throughput, media URL expiry, template review
 * delays), so {@code fake.clock().advance(Duration.ofHours(25))} closes windows without waiting. Share it with
 * the client under test ({@code WhatsApp.builder().clock(fake.clock())}) so both sides agree on "now".
 *
 * <p>Thread-safe: the time is held atomically; the fake's listeners run on the thread that advances it.
 */
public final class FakeClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;
  private final List<Runnable> listeners;

  FakeClock(Instant start) {
    this(new AtomicReference<>(start), ZoneOffset.UTC, new CopyOnWriteArrayList<>());
  }

  private FakeClock(AtomicReference<Instant> now, ZoneId zone, List<Runnable> listeners) {
    this.now = now;
    this.zone = zone;
    this.listeners = listeners;
  }

  /** Moves the clock forward and lets the fake act on what became due (e.g. delayed template reviews). */
  public FakeClock advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration must not be negative, was " + duration);
    }
    now.updateAndGet(i -> i.plus(duration));
    listeners.forEach(Runnable::run);
    return this;
  }

  /** Sets the clock to {@code instant}; it may not move backwards. */
  public FakeClock set(Instant instant) {
    Instant current = now.get();
    if (instant.isBefore(current)) {
      throw new IllegalArgumentException("the clock cannot go back: " + instant + " is before " + current);
    }
    return advance(Duration.between(current, instant));
  }

  /** Back to {@code start} on {@link FakeWhatsApp#reset()}; listeners are not told (nothing becomes due). */
  void reset(Instant start) {
    now.set(start);
  }

  void onAdvance(Runnable listener) {
    listeners.add(listener);
  }

  @Override
  public Instant instant() {
    return java.util.Objects.requireNonNull(now.get());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view in another zone that shares this clock's time. */
  @Override
  public Clock withZone(ZoneId zone) {
    return new FakeClock(now, zone, listeners);
  }

  @Override
  public String toString() {
    return "FakeClock[" + now.get() + "]";
  }
}
