package dev.wabasdk.webhook;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Known strings, looked up by an escape-free run's length and its first and last eight bytes, read as two words
 * (all known strings are ASCII): a run whose length or first byte no known string has is ruled out without a hash;
 * otherwise one hash, then one or two word compares for a string of up to 16 bytes. For {@link WebhookJsonReader},
 * which shares the member names and common values this way. Immutable.
 */
final class KnownStrings {
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /**
   * Per slot: the length (0 for an empty slot), the first and last word, and (padded with eight zero bytes) the
   * whole string for longer ones. The lengths sit in an array of their own so that a probe reads no string.
   */
  private final int[] lengths;
  private final long[] first;
  private final long[] last;
  private final byte[][] padded;
  private final String[] strings;
  private final int mask;
  private final int maxLength;
  /**
   * Bit n is set when a string of length n is known, and bit b of the pair when one starts with ASCII byte b: most
   * strings that are not known (ids, numbers) fail one of these tests and are never hashed.
   */
  private final long lengthBits;
  private final long firstBytesLow;
  private final long firstBytesHigh;
  private final Map<String, String> byText = new HashMap<>();

  KnownStrings(String[] known) {
    int size = Integer.highestOneBit(known.length * 4);
    lengths = new int[size];
    first = new long[size];
    last = new long[size];
    padded = new byte[size][];
    strings = new String[size];
    mask = size - 1;
    int longest = 0;
    long lengthSet = 0;
    long low = 0;
    long high = 0;
    for (String s : known) {
      int length = s.length();
      if (length == 0 || length >= Long.SIZE || s.chars().anyMatch(c -> c >= 0x80)) {
        throw new IllegalArgumentException("not a known string: " + s);
      }
      byte[] b = Arrays.copyOf(s.getBytes(StandardCharsets.US_ASCII), length + 8);
      longest = Math.max(longest, length);
      lengthSet |= 1L << length;
      if (b[0] < Long.SIZE) {
        low |= 1L << b[0];
      } else {
        high |= 1L << b[0]; // the shift takes the low six bits: b[0] - 64
      }
      long f = firstWord(b, 0, length);
      long l = lastWord(b, 0, length);
      int slot = hash(f, l, length) & mask;
      while (lengths[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      lengths[slot] = length;
      first[slot] = f;
      last[slot] = l;
      padded[slot] = b;
      strings[slot] = s;
      byText.put(s, s);
    }
    maxLength = longest;
    lengthBits = lengthSet;
    firstBytesLow = low;
    firstBytesHigh = high;
  }

  /** The first up to eight bytes as a little-endian word, zero above the string's end. */
  private static long firstWord(byte[] in, int start, int length) {
    if (length >= 8) {
      return (long) WORDS.get(in, start);
    }
    if (start + 8 <= in.length) {
      return (long) WORDS.get(in, start) & ((1L << (length << 3)) - 1);
    }
    long w = 0; // the body's last few bytes
    for (int k = length - 1; k >= 0; k--) {
      w = (w << 8) | (in[start + k] & 0xff);
    }
    return w;
  }

  /** The last eight bytes of a string of at least eight, else 0 (the first word holds it all). */
  private static long lastWord(byte[] in, int start, int length) {
    return length >= 8 ? (long) WORDS.get(in, start + length - 8) : 0;
  }

  private static int hash(long first, long last, int length) {
    long h = (first * 0x9E3779B97F4A7C15L) ^ (last * 0xC2B2AE3D27D4EB4FL) ^ length;
    return (int) (h ^ (h >>> 29) ^ (h >>> 43));
  }

  @Nullable String find(byte[] in, int start, int end) {
    int length = end - start;
    if (length > maxLength || (lengthBits >>> length & 1) == 0) {
      return null; // also the empty string: no known string has length 0
    }
    byte b = in[start];
    if (b < 0 || ((b < Long.SIZE ? firstBytesLow : firstBytesHigh) >>> b & 1) == 0) {
      return null;
    }
    long f = firstWord(in, start, length);
    long l = lastWord(in, start, length);
    for (int slot = hash(f, l, length) & mask; ; slot = (slot + 1) & mask) {
      int known = lengths[slot];
      if (known == 0) {
        return null;
      }
      if (known == length && first[slot] == f && last[slot] == l
          && (length <= 16 || sameMiddle(padded[slot], in, start, length))) {
        return strings[slot];
      }
    }
  }

  /** The words between the first and the last (which cover the first and last eight bytes). */
  private static boolean sameMiddle(byte[] known, byte[] in, int start, int length) {
    for (int k = 8; k < length - 8; k += 8) {
      if ((long) WORDS.get(known, k) != (long) WORDS.get(in, start + k)) {
        return false;
      }
    }
    return true;
  }

  @Nullable String find(String text) {
    return byText.get(text);
  }
}
