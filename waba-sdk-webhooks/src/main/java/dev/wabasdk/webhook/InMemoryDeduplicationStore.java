package dev.wabasdk.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link DeduplicationStore}: leases and done marks in memory until their TTL passes, at most
 * {@code maxEntries} of them (the oldest go first). Good for one app instance; several instances need a shared
 * store. Thread-safe: each call touches one key of a concurrent map (expiry is checked on access); expired entries
 * are swept occasionally, amortised over many calls, so no call holds a store-wide lock.
 */
public final class InMemoryDeduplicationStore implements DeduplicationStore {

  /** The default bound: 100,000 keys (a few MB). */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  /** A sweep runs at most once per this many writes (and once per a quarter of the entries, so it costs O(1) each). */
  private static final int SWEEP_EVERY = 1024;

  /** {@code token} is empty for a done mark. */
  private static final class Entry {
    final String key;
    final String token;
    final long expiresAt;
    /**
     * Set when the map no longer holds this entry (replaced or removed), so that the sweep and the bound can drop
     * its queue node without a map look-up (which, on old entries, costs cache misses on their keys).
     */
    volatile boolean superseded;

    Entry(String key, String token, long expiresAt) {
      this.key = key;
      this.token = token;
      this.expiresAt = expiresAt;
    }

    boolean isLease() {
      return !token.isEmpty();
    }

    /** {@code replacement} for this entry in the map, marking this one superseded. */
    @Nullable Entry supersededBy(@Nullable Entry replacement) {
      superseded = true;
      return replacement;
    }
  }

  private final int maxEntries;
  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  /** Entries in the order written (the oldest first), for the bound and the sweep; stale ones are skipped. */
  private final ConcurrentLinkedQueue<Entry> order = new ConcurrentLinkedQueue<>();
  private final AtomicInteger writesSinceSweep = new AtomicInteger();
  /** Starts at random so that leases of two stores do not share tokens. */
  private final AtomicLong leases = new AtomicLong(ThreadLocalRandom.current().nextLong() >>> 1);
  private final ReentrantLock sweeping = new ReentrantLock();

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
  public Claim claim(String key, Duration leaseTtl) {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(leaseTtl, "leaseTtl == null");
    long now = clock.millis();
    // The token only tells this store's own leases apart: a counter does, without UUID.randomUUID()'s SecureRandom.
    String token = Long.toString(leases.incrementAndGet(), 36);
    Entry lease = new Entry(key, token, now + Math.max(0, leaseTtl.toMillis()));
    Entry current = entries.compute(key, (k, existing) ->
        existing == null ? lease : existing.expiresAt > now ? existing : existing.supersededBy(lease));
    if (current != lease) {
      return current.isLease() ? Claim.inFlight(key) : Claim.done(key);
    }
    written(lease);
    return Claim.claimed(key, lease.token);
  }

  @Override
  public boolean complete(Claim claim, Duration doneTtl) {
    claim.requireClaimed();
    Objects.requireNonNull(doneTtl, "doneTtl == null");
    long now = clock.millis();
    Entry done = new Entry(claim.key(), "", now + Math.max(0, doneTtl.toMillis()));
    Entry current = entries.compute(claim.key(), (k, existing) ->
        existing == null ? done
            : existing.expiresAt <= now || existing.token.equals(claim.token()) ? existing.supersededBy(done)
            : existing);
    if (current != done) {
      return false;
    }
    written(done);
    return true;
  }

  @Override
  public void release(Claim claim) {
    claim.requireClaimed();
    entries.computeIfPresent(claim.key(), (k, existing) ->
        existing.token.equals(claim.token()) ? existing.supersededBy(null) : existing);
  }

  /** How many keys are remembered now (leases and done marks). */
  public int size() {
    sweep(clock.millis());
    return entries.size();
  }

  /** The entries held now, expired ones not yet swept included (for tests). */
  int entryCount() {
    return entries.size();
  }

  private void written(Entry entry) {
    order.add(entry);
    if (entries.size() > maxEntries) {
      // Drop the oldest live entries; queue nodes whose entry was replaced or removed are skipped.
      for (Entry eldest; entries.size() > maxEntries && (eldest = order.poll()) != null; ) {
        if (!eldest.superseded && entries.remove(eldest.key, eldest)) {
          eldest.superseded = true;
        }
      }
    }
    if (writesSinceSweep.incrementAndGet() >= Math.max(SWEEP_EVERY, entries.size() / 4)) {
      writesSinceSweep.set(0);
      sweep(clock.millis());
    }
  }

  private void sweep(long now) {
    if (!sweeping.tryLock()) {
      return; // another thread is sweeping
    }
    try {
      for (Iterator<Entry> it = order.iterator(); it.hasNext(); ) {
        Entry entry = it.next();
        if (entry.superseded) {
          it.remove(); // replaced or released
        } else if (entry.expiresAt <= now) {
          if (entries.remove(entry.key, entry)) {
            entry.superseded = true;
          }
          it.remove();
        }
      }
    } finally {
      sweeping.unlock();
    }
  }

  @Override
  public String toString() {
    return "InMemoryDeduplicationStore{maxEntries=" + maxEntries + "}";
  }
}
