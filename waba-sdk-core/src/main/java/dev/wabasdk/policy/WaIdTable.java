package dev.wabasdk.policy;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory store's table of users known by a numeric {@code wa_id} whose state is only the times every
 * decision reads: an open-addressing table (linear probing) of {@value #WORDS} longs per user, the key (the
 * {@code wa_id} as a number) and the times side by side, so a look-up touches one or two cache lines and no object
 * per user. The slot is found from the key's {@link String#hashCode()} (cached in the string), so it is not made
 * to wait for the string's characters, which are only compared once the slot is loaded. Users with other state
 * (opt-outs, marketing history, calls, a linked user id) live in the store's map instead; a user is in one or the
 * other, never both.
 *
 * <p>Thread-safe: 256 segments, each written under its own monitor; readers take no lock but read a segment's
 * version (a sequence lock: odd while a writer changes the segment) and read again when it changed under them.
 * (256, so a segment's array stays below G1's humongous size at millions of users: a humongous array just over a
 * region's size would take two regions and double the bytes per user.)
 */
final class WaIdTable {
  /** Longs per slot: the key, then three words of two 32-bit times each (see {@link Snapshot}). */
  static final int WORDS = 4;
  private static final int SEGMENT_BITS = 8;
  private static final int INITIAL_SLOTS = 8;
  private static final VarHandle VERSION;

  static {
    try {
      VERSION = MethodHandles.lookup().findVarHandle(Segment.class, "version", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Segment[] segments = new Segment[1 << SEGMENT_BITS];
  /** Users in all segments: one count, so the store's size check on every write reads one field, not 256. */
  private final AtomicInteger size = new AtomicInteger();

  WaIdTable() {
    for (int i = 0; i < segments.length; i++) {
      segments[i] = new Segment(size);
    }
  }

  /**
   * The key of a {@code wa_id} in the table: its digits as a number; -1 for anything else (empty, longer than 18
   * characters, not all digits, or with a leading zero, which a number would lose).
   */
  static long key(String s) {
    int n = s.length();
    if (n == 0 || n > 18 || s.charAt(0) == '0') {
      return -1;
    }
    long v = 0;
    for (int i = 0; i < n; i++) {
      int d = s.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** {@code String.valueOf(key).hashCode()}, without the string (to move a key when a segment grows). */
  static int hashOf(long key) {
    int digits = 1;
    for (long p = 10; digits < 19 && key >= p; p *= 10) {
      digits++;
    }
    int h = 0;
    long div = 1;
    for (int i = 1; i < digits; i++) {
      div *= 10;
    }
    for (; div > 0; div /= 10) {
      h = 31 * h + (int) ('0' + (key / div) % 10);
    }
    return h;
  }

  private static int mix(int hash) {
    int x = hash * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** The segment of a key's string hash: its monitor guards every write to the key's slot. */
  Segment segment(int hash) {
    return segments[(hash * 0x9E3779B9) >>> (32 - SEGMENT_BITS)];
  }

  /**
   * The times of the user known by {@code s}, or null when the table has no slot for it (or {@code s} is not a
   * numeric {@code wa_id}). Takes no lock.
   */
  @Nullable Snapshot read(String s) {
    int hash = s.hashCode();
    int x = mix(hash);
    Segment seg = segment(hash);
    for (;;) {
      int version = (int) VERSION.getAcquire(seg);
      long[] t = seg.table;
      int mask = t.length / WORDS - 1;
      int i = x & mask;
      // The home slot's key is loaded before the string's characters are parsed: the two misses overlap.
      long k = t[i * WORDS];
      long key = key(s);
      if (key <= 0) {
        return null;
      }
      Snapshot found = null;
      for (int probes = 0; probes <= mask && k != 0; probes++) {
        int at = i * WORDS;
        if (k == key) {
          found = new Snapshot(t[at + 1], t[at + 2], t[at + 3]);
          break;
        }
        i = (i + 1) & mask;
        k = t[i * WORDS];
      }
      VarHandle.acquireFence();
      if ((version & 1) == 0 && (int) VERSION.getOpaque(seg) == version) {
        return found;
      }
      Thread.onSpinWait();
    }
  }

  /** The number of users in the table. */
  int size() {
    return size.get();
  }

  int segmentCount() {
    return segments.length;
  }

  Segment segmentAt(int index) {
    return segments[index];
  }

  /** One part of the table. Every method but the reader's is called holding the segment's monitor. */
  static final class Segment {
    @SuppressWarnings("unused") // through VERSION
    private int version;
    private long[] table = new long[INITIAL_SLOTS * WORDS];
    private int count;
    private final AtomicInteger tableSize;

    Segment(AtomicInteger tableSize) {
      this.tableSize = tableSize;
    }

    /** The slot of {@code key} (of string hash {@code hash}), or -1. */
    int find(int hash, long key) {
      long[] t = table;
      int mask = t.length / WORDS - 1;
      for (int i = mix(hash) & mask, probes = 0; probes <= mask; i = (i + 1) & mask, probes++) {
        long k = t[i * WORDS];
        if (k == key) {
          return i;
        }
        if (k == 0) {
          return -1;
        }
      }
      return -1;
    }

    /** The slots of this segment (occupied or not), for a sweep. */
    int slots() {
      return table.length / WORDS;
    }

    /** The key in {@code slot}, 0 when empty. */
    long keyAt(int slot) {
      return table[slot * WORDS];
    }

    /** Word {@code w} (1 to 3) of {@code slot}. */
    long word(int slot, int w) {
      return table[slot * WORDS + w];
    }

    /** Writes the words of {@code key}: in {@code slot} when it has one there, else in a new slot. */
    void put(int slot, int hash, long key, long w1, long w2, long w3) {
      begin();
      try {
        if (slot < 0) {
          if ((count + 1) * 4 > slots() * 3) {
            grow();
          }
          long[] t = table;
          int mask = t.length / WORDS - 1;
          slot = mix(hash) & mask;
          while (t[slot * WORDS] != 0) {
            slot = (slot + 1) & mask;
          }
          t[slot * WORDS] = key;
          count++;
          tableSize.incrementAndGet();
        }
        int at = slot * WORDS;
        table[at + 1] = w1;
        table[at + 2] = w2;
        table[at + 3] = w3;
      } finally {
        end();
      }
    }

    /**
     * Empties {@code slot}, moving later keys of its probe run back so every key stays reachable from its home slot
     * without tombstones. A sweep re-reads {@code slot}: another key may have moved into it.
     */
    void remove(int slot) {
      begin();
      try {
        long[] t = table;
        int mask = t.length / WORDS - 1;
        int hole = slot;
        for (int j = (hole + 1) & mask; t[j * WORDS] != 0; j = (j + 1) & mask) {
          int home = mix(hashOf(t[j * WORDS])) & mask;
          // The key at j may fill the hole unless its home lies cyclically in (hole, j].
          boolean stays = hole <= j ? hole < home && home <= j : hole < home || home <= j;
          if (!stays) {
            System.arraycopy(t, j * WORDS, t, hole * WORDS, WORDS);
            hole = j;
          }
        }
        for (int w = 0; w < WORDS; w++) {
          t[hole * WORDS + w] = 0;
        }
        count--;
        tableSize.decrementAndGet();
      } finally {
        end();
      }
    }

    private void grow() {
      long[] old = table;
      long[] t = new long[old.length * 2];
      int mask = t.length / WORDS - 1;
      for (int at = 0; at < old.length; at += WORDS) {
        long key = old[at];
        if (key != 0) {
          int i = mix(hashOf(key)) & mask;
          while (t[i * WORDS] != 0) {
            i = (i + 1) & mask;
          }
          System.arraycopy(old, at, t, i * WORDS, WORDS);
        }
      }
      table = t;
    }

    private void begin() {
      int v = (int) VERSION.getOpaque(this);
      VERSION.setOpaque(this, v + 1);
      VarHandle.storeStoreFence();
    }

    private void end() {
      int v = (int) VERSION.getOpaque(this);
      VERSION.setRelease(this, v + 1);
    }
  }

  /**
   * A user's times as one read found them; a value, not a live view. Each word holds two of the store's 32-bit
   * times: word 1 the last inbound message (high) and the pair-rate time (low), word 2 the end of the free entry
   * point window and the referral, word 3 the opt-in time and the time the user was last reached.
   */
  static final class Snapshot implements UserState {
    private final long w1;
    private final long w2;
    private final long w3;

    Snapshot(long w1, long w2, long w3) {
      this.w1 = w1;
      this.w2 = w2;
      this.w3 = w3;
    }

    static int high(long w) {
      return (int) (w >>> 32);
    }

    static int low(long w) {
      return (int) w;
    }

    static long pack(int high, int low) {
      return ((long) high << 32) | Integer.toUnsignedLong(low);
    }

    @Override
    public long lastInboundAt() {
      return InMemoryConversationStore.decode(high(w1));
    }

    @Override
    public long pairRateUntil() {
      return InMemoryConversationStore.decode(low(w1));
    }

    @Override
    public long freeEntryPointUntil() {
      return InMemoryConversationStore.decode(high(w2));
    }

    @Override
    public long referralAt() {
      return InMemoryConversationStore.decode(low(w2));
    }

    @Override
    public long optOutAt() {
      return InMemoryConversationStore.decode(high(w3));
    }

    @Override
    public long reachedAt() {
      return InMemoryConversationStore.decode(low(w3));
    }

    @Override
    public OptOut optOut() {
      return OptOut.NONE;
    }

    @Override
    public int marketingSentSince(long fromEpochSecond) {
      return 0;
    }
  }
}
