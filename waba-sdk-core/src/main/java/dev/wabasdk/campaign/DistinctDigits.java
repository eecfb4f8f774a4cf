package dev.wabasdk.campaign;

import java.util.HashSet;
import java.util.Set;

/**
 * The distinct digit strings a preflight has seen (recipients' numbers, for duplicates). A number of up to 17
 * digits is kept as one {@code long} in an open-addressing table, not as a {@code String} in a {@code HashSet}: a
 * million recipients made a million set entries and strings that outlived young collections. Other strings (longer,
 * empty or not all digits) go to a {@code HashSet}. Not thread-safe: one per preflight.
 */
final class DistinctDigits {
  /** A digit string of this length or shorter fits a long with its leading "1" (below 2 x 10^17). */
  static final int MAX_PACKED = 17;

  private long[] table = new long[1 << 10]; // 0: empty (a packed key starts with 1, so it is never 0)
  private int size;
  private final Set<String> other = new HashSet<>();

  /** Adds {@code digits}; returns whether it was not there yet (as {@link Set#add}). */
  boolean add(String digits) {
    long key = pack(digits);
    if (key == 0) {
      return other.add(digits);
    }
    if (size * 2 >= table.length) {
      grow();
    }
    return insert(table, key);
  }

  /**
   * {@code "1" + digits} as a decimal number: one long per distinct string (leading zeros kept), or 0 when the
   * string is empty, longer than {@link #MAX_PACKED} or not all ASCII digits.
   */
  static long pack(String digits) {
    int n = digits.length();
    if (n == 0 || n > MAX_PACKED) {
      return 0;
    }
    long key = 1;
    for (int i = 0; i < n; i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        return 0;
      }
      key = key * 10 + (c - '0');
    }
    return key;
  }

  private boolean insert(long[] t, long key) {
    int mask = t.length - 1;
    int slot = mix(key) & mask;
    while (true) {
      long k = t[slot];
      if (k == 0) {
        t[slot] = key;
        size++;
        return true;
      }
      if (k == key) {
        return false;
      }
      slot = (slot + 1) & mask;
    }
  }

  private void grow() {
    long[] old = table;
    long[] t = new long[old.length * 2];
    size = 0;
    for (long k : old) {
      if (k != 0) {
        insert(t, k);
      }
    }
    table = t;
  }

  private static int mix(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
