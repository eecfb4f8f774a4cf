package dev.wabasdk.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default {@link DeduplicationStore}: keys in memory until their TTL passes, at most {@code maxEntries} of
 * them (the oldest go first). Good for one app instance; several instances need a shared store. Thread-safe.
 */
public final class InMemoryDeduplicationStore implements DeduplicationStore {

  /** The default bound: 100,000 keys (a few MB). */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  private final int maxEntries;
  private final Clock clock;
  /** Key to expiry (epoch millis), in insertion order, which is close to expiry order for a fixed TTL. */
  private final LinkedHashMap<String, Long> expiries = new LinkedHashMap<>();

  /** A store holding at most {@value #DEFAULT_MAX_ENTRIES} keys, on the system clock. */
  public InMemoryDeduplicationStore() {
    this(DEFAULT_MAX_ENTRIES, Clock.systemUTC());
  }

  /**
   * A store holding at most {@code maxEntries} keys, with time from {@code clock}.
   *
   * @throws IllegalArgumentException when {@code maxEntries} is not positive
   */
  public InMemoryDeduplicationStore(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
    }
    this.maxEntries = maxEntries;
    this.clock = Objects.requireNonNull(clock, "clock == null");
  }

  @Override
  public boolean markSeen(String key, Duration ttl) {
    Objects.requireNonNull(key, "key == null");
    long now = clock.millis();
    long expiry = now + Math.max(0, ttl.toMillis());
    synchronized (expiries) {
      evictExpired(now);
      Long existing = expiries.get(key);
      if (existing != null && existing > now) {
        return false;
      }
      expiries.remove(key);
      expiries.put(key, expiry);
      if (expiries.size() > maxEntries) {
        Iterator<String> eldest = expiries.keySet().iterator();
        eldest.next();
        eldest.remove();
      }
      return true;
    }
  }

  @Override
  public void forget(String key) {
    synchronized (expiries) {
      expiries.remove(key);
    }
  }

  /** How many keys are remembered now. */
  public int size() {
    synchronized (expiries) {
      evictExpired(clock.millis());
      return expiries.size();
    }
  }

  private void evictExpired(long now) {
    Iterator<Map.Entry<String, Long>> it = expiries.entrySet().iterator();
    while (it.hasNext()) {
      if (it.next().getValue() > now) {
        return;
      }
      it.remove();
    }
  }

  @Override
  public String toString() {
    return "InMemoryDeduplicationStore{maxEntries=" + maxEntries + "}";
  }
}
