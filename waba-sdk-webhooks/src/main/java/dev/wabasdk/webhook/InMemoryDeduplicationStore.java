package dev.wabasdk.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link DeduplicationStore}: leases and done marks in memory until their TTL passes, at most
 * {@code maxEntries} of them (the oldest go first, by when their key was claimed: a done mark takes its lease's
 * place). Good for one app instance; several instances need a shared store. Thread-safe: each call touches one key
 * of a concurrent map and that key's entry alone (expiry is checked on access), plus a short hold of the ring
 * that keeps the keys in the order written, which for one TTL is the order they expire in: a write appends to it,
 * and drops expired keys from its head, a few at a time, and the oldest key over the bound.
 */
public final class InMemoryDeduplicationStore implements DeduplicationStore {

  /** The default bound: 100,000 keys (a few MB). */
  public static final int DEFAULT_MAX_ENTRIES = 100_000;

  /**
   * Writes look at the ring's head for expired keys once per this many writes (on every write only over the bound),
   * so a store under its bound does not touch its oldest entry, a cache miss, on every write. A power of two.
   */
  private static final int TRIM_EVERY = 64;

  /**
   * One key's lease or done mark ({@code token} empty). A lease turns into its done mark in place, so a claim and
   * its completion cost one map insertion and one ring slot between them. An entry is in the map exactly while
   * {@code superseded} is false; every decision on it, every change of its fields and its removal from the map
   * (which sets {@code superseded}) happen under its lock, so each store call stays atomic. Locks are taken in one
   * order: the ring's, an entry's, the map's own (no map callback takes ours; no entry's holder takes the ring's),
   * so there is no lock-order cycle.
   */
  private static final class Entry {
    final String key;
    String token;
    /** Read without the lock only as a hint (the ring's clean-up); decided on under it. */
    volatile long expiresAt;
    /**
     * Set when the map no longer holds this entry (replaced or removed), so that the ring's clean-up and the bound
     * can drop its slot without a map look-up (which, on old entries, costs cache misses on their keys).
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
  /** Guards the ring: {@link #order}, {@link #head}, {@link #count} and {@link #writes}. */
  private final ReentrantLock ordering = new ReentrantLock();
  /**
   * The entries in the order written, oldest at {@link #head}, superseded ones included until they reach the head
   * or the ring fills up (then it is compacted before it grows). An array, not linked nodes: no node per write, and
   * the head is found without a cache miss.
   */
  private @Nullable Entry[] order = new Entry[16];
  private int head;
  private int count;
  private int writes;
  /** Starts at random so that leases of two stores do not share tokens. */
  private final AtomicLong leases = new AtomicLong(ThreadLocalRandom.current().nextLong() >>> 1);

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
    ordering.lock();
    try {
      compact(clock.millis());
    } finally {
      ordering.unlock();
    }
    return entries.size();
  }

  /** The entries held now, expired ones not yet swept included (for tests). */
  int entryCount() {
    return entries.size();
  }

  /** Appends a new entry to the ring, then drops expired and over-the-bound ones from its head. */
  private void written(Entry entry, long now) {
    ordering.lock();
    try {
      if (count == order.length) {
        compact(now);
        if (count > order.length / 2) { // mostly live: grow (a compaction per doubling keeps appends O(1))
          Entry[] grown = new Entry[order.length * 2];
          for (int i = 0; i < count; i++) {
            grown[i] = order[(head + i) & (order.length - 1)];
          }
          order = grown;
          head = 0;
        }
      }
      order[(head + count) & (order.length - 1)] = entry;
      count++;
      if (entries.size() > maxEntries || (++writes & (TRIM_EVERY - 1)) == 0) {
        trim(now);
      }
    } finally {
      ordering.unlock();
    }
  }

  /** Drops the ring's head while it is superseded, expired or over the bound. The caller holds {@link #ordering}. */
  private void trim(long now) {
    while (count > 0) {
      Entry eldest = Objects.requireNonNull(order[head]);
      if (!eldest.superseded && (eldest.expiresAt <= now || entries.size() > maxEntries)) {
        synchronized (eldest) {
          // An entry renewed since the test above (a lease turned done mark) is kept unless over the bound.
          if (!eldest.superseded && (eldest.expiresAt <= now || entries.size() > maxEntries)) {
            remove(eldest);
          }
        }
      }
      if (!eldest.superseded) {
        return; // live and not expired, and the map within its bound: the rest is younger
      }
      order[head] = null;
      head = (head + 1) & (order.length - 1);
      count--;
    }
  }

  /**
   * Drops every expired entry and keeps the live ones in order, at the ring's start. The caller holds
   * {@link #ordering}.
   */
  private void compact(long now) {
    int mask = order.length - 1;
    int kept = 0;
    for (int i = 0; i < count; i++) {
      Entry entry = Objects.requireNonNull(order[(head + i) & mask]);
      order[(head + i) & mask] = null;
      if (!entry.superseded && entry.expiresAt <= now) {
        synchronized (entry) {
          if (!entry.superseded && entry.expiresAt <= now) {
            remove(entry);
          }
        }
      }
      if (!entry.superseded) {
        order[(head + kept) & mask] = entry; // kept <= i: never over a slot still to read
        kept++;
      }
    }
    count = kept;
  }

  /** Takes a live entry out of the map; the caller holds its lock. */
  private void remove(Entry entry) {
    entry.superseded = true;
    entries.remove(entry.key, entry);
  }

  @Override
  public String toString() {
    return "InMemoryDeduplicationStore{maxEntries=" + maxEntries + "}";
  }
}
