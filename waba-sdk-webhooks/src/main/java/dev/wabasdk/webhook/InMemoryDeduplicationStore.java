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
 * {@code maxEntries} of them (the oldest go first, by when their key was claimed: a done mark takes its lease's
 * place). Good for one app instance; several instances need a shared store. Thread-safe: each call touches one key
 * of a concurrent map and that key's entry alone (expiry is checked on access). Keys are queued in the order
 * written, which for one TTL is the order they expire in: writes drop expired keys from the head of that queue, a
 * few at a time, and the bound drops the oldest; no call waits for another's clean-up.
 */
public final class InMemoryDeduplicationStore implements DeduplicationStore {

  /** The default bound: 100,000 keys (a few MB). */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  /**
   * Writes look at the queue's head for expired keys once per this many writes (more often only over the bound), so
   * a store under its bound does not touch its oldest entry, a cache miss, on every write.
   */
  private static final int TRIM_EVERY = 64;

  /** The queue is swept whole when it holds this many more nodes than the map holds entries (and twice as many). */
  private static final int SWEEP_SLACK = 1024;

  /**
   * One key's lease or done mark ({@code token} empty). A lease turns into its done mark in place, so a claim and
   * its completion cost one map insertion and one queue node between them. An entry is in the map exactly while
   * {@code superseded} is false; every decision on it, every change of its fields and its removal from the map
   * (which sets {@code superseded}) happen under its lock, so each store call stays atomic. The lock is always
   * taken before the map's own (no map callback takes it), so there is no lock-order cycle.
   */
  private static final class Entry {
    final String key;
    String token;
    /** Read without the lock only as a hint (the sweep); decided on under it. */
    volatile long expiresAt;
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
  }

  private final int maxEntries;
  private final Clock clock;
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
  /**
   * Entries in the order written (the oldest first), for the bound and expiry; stale ones are skipped. Only the
   * holder of {@link #trimming} takes nodes out, so what it sees at the head is what it removes.
   */
  private final ConcurrentLinkedQueue<Entry> order = new ConcurrentLinkedQueue<>();
  /** Nodes in {@link #order}, superseded ones included (they pile up only when keys are released or replaced). */
  private final AtomicInteger queued = new AtomicInteger();
  /** Starts at random so that leases of two stores do not share tokens. */
  private final AtomicLong leases = new AtomicLong(ThreadLocalRandom.current().nextLong() >>> 1);
  /** Held while taking nodes out of {@link #order}; writers only try it, so none waits for another's clean-up. */
  private final ReentrantLock trimming = new ReentrantLock();

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
    // The token only tells this store's own leases apart: a counter does, without UUID.randomUUID()'s SecureRandom;
    // in hex, which takes shifts where base 36 takes a 64-bit division per digit.
    String token = Long.toHexString(leases.incrementAndGet());
    Entry lease = new Entry(key, token, now + Math.max(0, leaseTtl.toMillis()));
    while (true) {
      Entry existing = entries.putIfAbsent(key, lease);
      if (existing == null) {
        written(lease, now);
        return Claim.claimed(key, token);
      }
      synchronized (existing) {
        if (existing.superseded) {
          continue; // replaced or removed since: try again
        }
        if (existing.expiresAt > now) {
          return existing.token.isEmpty() ? Claim.done(key) : Claim.inFlight(key);
        }
        existing.superseded = true; // expired: our lease takes its place
        entries.replace(key, existing, lease);
      }
      written(lease, now);
      return Claim.claimed(key, token);
    }
  }

  @Override
  public boolean complete(Claim claim, Duration doneTtl) {
    claim.requireClaimed();
    Objects.requireNonNull(doneTtl, "doneTtl == null");
    long now = clock.millis();
    long doneUntil = now + Math.max(0, doneTtl.toMillis());
    while (true) {
      Entry existing = entries.get(claim.key());
      if (existing == null) {
        Entry done = new Entry(claim.key(), "", doneUntil);
        if (entries.putIfAbsent(claim.key(), done) == null) {
          written(done, now);
          return true;
        }
        continue; // someone claimed the key meanwhile: decide against their entry
      }
      synchronized (existing) {
        if (existing.superseded) {
          continue; // replaced or removed since the look-up: read the map again
        }
        if (existing.expiresAt > now && !existing.token.equals(claim.token())) {
          return false; // another claim holds or completed the key
        }
        // Our lease (expired or not), or an expired entry nobody renewed: it becomes the done mark in place.
        existing.token = "";
        existing.expiresAt = doneUntil;
        return true;
      }
    }
  }

  @Override
  public void release(Claim claim) {
    claim.requireClaimed();
    Entry existing = entries.get(claim.key());
    if (existing != null) {
      synchronized (existing) {
        // A superseded entry is gone already; tokens are never reused, so no other entry can be this lease.
        if (!existing.superseded && existing.token.equals(claim.token())) {
          remove(existing);
        }
      }
    }
  }

  /** How many keys are remembered now (leases and done marks). */
  public int size() {
    trimming.lock();
    try {
      sweep(clock.millis());
    } finally {
      trimming.unlock();
    }
    return entries.size();
  }

  /** The entries held now, expired ones not yet swept included (for tests). */
  int entryCount() {
    return entries.size();
  }

  private void written(Entry entry, long now) {
    order.add(entry);
    int nodes = queued.incrementAndGet();
    if (entries.size() <= maxEntries && nodes % TRIM_EVERY != 0) {
      return; // nothing to drop now: the oldest entry is not even looked at
    }
    // Over the bound, another writer holding the lock may have finished before our entry came in: try again after.
    while (trimming.tryLock()) {
      try {
        trim(now);
      } finally {
        trimming.unlock();
      }
      if (entries.size() <= maxEntries) {
        return;
      }
    }
  }

  /**
   * Drops the queue's head while it is superseded, expired or over the bound; sweeps the whole queue when it holds
   * many superseded nodes. The caller holds {@link #trimming}.
   */
  private void trim(long now) {
    for (Entry eldest; (eldest = order.peek()) != null; ) {
      if (!eldest.superseded && (eldest.expiresAt <= now || entries.size() > maxEntries)) {
        synchronized (eldest) {
          // An entry renewed since the test above (a lease turned done mark) is kept unless over the bound.
          if (!eldest.superseded && (eldest.expiresAt <= now || entries.size() > maxEntries)) {
            remove(eldest);
          }
        }
      }
      if (!eldest.superseded) {
        break; // live and not expired, and the map within its bound: the rest is younger
      }
      order.poll(); // the lock holder alone takes nodes out: this is eldest's node
      queued.decrementAndGet();
    }
    int nodes = queued.get();
    int live = entries.size();
    if (nodes > 2 * live && nodes - live > SWEEP_SLACK) {
      sweep(now); // released or replaced keys piled up behind a live head: O(nodes), once per as many writes
    }
  }

  /** Takes a live entry out of the map; the caller holds its lock. */
  private void remove(Entry entry) {
    entry.superseded = true;
    entries.remove(entry.key, entry);
  }

  /** Drops every expired entry and every superseded node. The caller holds {@link #trimming}. */
  private void sweep(long now) {
    for (Iterator<Entry> it = order.iterator(); it.hasNext(); ) {
      Entry entry = it.next();
      if (!entry.superseded && entry.expiresAt <= now) {
        synchronized (entry) {
          if (!entry.superseded && entry.expiresAt <= now) {
            remove(entry);
          }
        }
      }
      if (entry.superseded) {
        it.remove(); // expired, replaced or released
        queued.decrementAndGet();
      }
    }
  }

  @Override
  public String toString() {
    return "InMemoryDeduplicationStore{maxEntries=" + maxEntries + "}";
  }
}
