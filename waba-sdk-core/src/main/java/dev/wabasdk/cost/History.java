package dev.wabasdk.cost;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A history ready to replay: the events in time order and each event's user as a number, found once for every model
 * replayed (a replay then keeps its users' states in an array, not a map keyed by {@code wa_id}). Immutable once built;
 * not shared between threads.
 *
 * @param events the events, sorted by time (stable: events at the same instant keep their order)
 * @param users each event's user, numbered from 0 (in order of first appearance in the events as given)
 * @param userCount how many users
 */
record History(List<HistoryEvent> events, int[] users, int userCount) {

  static History of(List<? extends HistoryEvent> events) {
    Objects.requireNonNull(events, "events");
    HistoryEvent[] given = events.toArray(new HistoryEvent[0]);
    int n = given.length;
    // Users are numbered in the order given (memory order, so the look-ups walk the events sequentially).
    int[] userOf = new int[n];
    int userCount = number(given, userOf);
    int[] order = timeOrder(given);
    if (order == null) {
      return new History(Arrays.asList(given), userOf, userCount);
    }
    HistoryEvent[] sorted = new HistoryEvent[n];
    int[] users = new int[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = given[order[i]];
      users[i] = userOf[order[i]];
    }
    return new History(Arrays.asList(sorted), users, userCount);
  }

  /**
   * The stable time order of {@code events} as indexes into it, or null when they are in time order already (one
   * pass to check). Sorting is on primitive keys (seconds since the earliest event, then the index), not objects
   * through a comparator: about a fifth of a replay's time went to that comparator sort. Events in one second whose
   * nanoseconds differ are then ordered by the full instant, stably; a span too wide for the keys sorts the objects.
   */
  static int @Nullable [] timeOrder(HistoryEvent[] events) {
    int n = events.length;
    boolean ordered = true;
    boolean nanos = false;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    @Nullable Instant previous = null;
    for (HistoryEvent event : events) {
      Instant at = event.at();
      if (ordered && previous != null && previous.compareTo(at) > 0) {
        ordered = false;
      }
      previous = at;
      long second = at.getEpochSecond();
      min = Math.min(min, second);
      max = Math.max(max, second);
      nanos |= at.getNano() != 0;
    }
    if (ordered) {
      return null;
    }
    int bits = 64 - Long.numberOfLeadingZeros(n - 1);
    int[] order = new int[n];
    // Instant's seconds span less than 2^56, so max - min does not overflow.
    if (((max - min) >>> (63 - bits)) != 0) {
      Integer[] boxed = new Integer[n];
      Arrays.setAll(boxed, i -> i);
      Arrays.sort(boxed, byInstant(events));
      Arrays.setAll(order, i -> boxed[i]);
      return order;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = ((events[i].at().getEpochSecond() - min) << bits) | i;
    }
    Arrays.sort(keys);
    long mask = (1L << bits) - 1;
    for (int i = 0; i < n; i++) {
      order[i] = (int) (keys[i] & mask);
    }
    if (nanos) {
      sortWithinSeconds(events, keys, bits, order);
    }
    return order;
  }

  /** Indexes into {@code events} by their event's instant (stable under {@code Arrays.sort} of objects). */
  private static Comparator<Integer> byInstant(HistoryEvent[] events) {
    return (a, b) -> events[a].at().compareTo(events[b].at());
  }

  /** Orders each run of events in one second by their full instant; the runs are in index order, so stably. */
  private static void sortWithinSeconds(HistoryEvent[] events, long[] keys, int bits, int[] order) {
    int n = order.length;
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && (keys[end] >>> bits) == (keys[start] >>> bits)) {
        end++;
      }
      if (end - start > 1) {
        Integer[] run = new Integer[end - start];
        for (int i = start; i < end; i++) {
          run[i - start] = order[i];
        }
        Arrays.sort(run, byInstant(events));
        for (int i = start; i < end; i++) {
          order[i] = run[i - start];
        }
      }
      start = end;
    }
  }

  /**
   * Numbers each event's user into {@code userOf}; returns how many users. An open-addressing table of the
   * {@code wa_id}s (no boxed integer or map entry per user).
   */
  private static int number(HistoryEvent[] events, int[] userOf) {
    // At most half full: a power of two of at least twice the events (a user per event at most).
    int capacity = Integer.highestOneBit(Math.max(16, events.length) * 2 - 1) << 1;
    String[] keys = new String[capacity];
    int[] values = new int[capacity];
    int mask = capacity - 1;
    int count = 0;
    for (int i = 0; i < events.length; i++) {
      String user = events[i].user();
      int slot = spread(user.hashCode()) & mask;
      while (true) {
        String key = keys[slot];
        if (key == null) {
          keys[slot] = user;
          values[slot] = count;
          userOf[i] = count++;
          break;
        }
        if (key.equals(user)) {
          userOf[i] = values[slot];
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return count;
  }

  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
