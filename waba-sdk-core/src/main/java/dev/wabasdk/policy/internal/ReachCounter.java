package dev.wabasdk.policy.internal;

import java.util.Arrays;

/**
 * Counts unique users reached in a moving 24 hours with one slot per second: each reached user is counted once,
 * in the slot of their latest business-initiated message. A user reached at {@code t} counts while
 * {@code now < t + 86400}. Reads are lock-free while the clock stays within the current second; writes lock.
 */
public final class ReachCounter {
  private static final int SLOTS = 86_400;

  private final int[] slots = new int[SLOTS];
  /** The newest second accounted for; slots hold seconds in {@code (head - SLOTS, head]}. */
  private volatile long head;
  private volatile int total;

  /** Unique users reached in the 24 h ending at {@code now}. */
  public int total(long now) {
    if (now > head) {
      synchronized (this) {
        advance(now);
      }
    }
    return total;
  }

  /** Counts a newly reached user at {@code at}. */
  public synchronized void add(long at) {
    if (at > head) {
      advance(at);
    }
    if (at > head - SLOTS) {
      slots[index(at)]++;
      total = total + 1;
    }
  }

  /** Moves an already counted user from {@code from} to {@code to} (a later message). */
  public synchronized void move(long from, long to) {
    remove(from);
    add(to);
  }

  /** Uncounts a user counted at {@code at}, if that second is still in the period. */
  public synchronized void remove(long at) {
    if (at > head - SLOTS && at <= head && slots[index(at)] > 0) {
      slots[index(at)]--;
      total = total - 1;
    }
  }

  private void advance(long to) {
    if (to <= head) {
      return;
    }
    if (to - head >= SLOTS) {
      Arrays.fill(slots, 0);
      total = 0;
    } else {
      int t = total;
      for (long s = head + 1; s <= to; s++) {
        int i = index(s);
        t -= slots[i];
        slots[i] = 0;
      }
      total = t;
    }
    head = to;
  }

  private static int index(long second) {
    return (int) Math.floorMod(second, (long) SLOTS);
  }
}
