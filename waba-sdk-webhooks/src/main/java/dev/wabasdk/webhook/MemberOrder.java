package dev.wabasdk.webhook;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The members of one kind of object in the order Meta writes them, for {@link WebhookJsonReader#name(MemberOrder,
 * int)}: the name expected next is compared with the body's bytes, quotes included, a word at a time, before the
 * name is looked up. Most members of Meta's bodies come in that order, so most names cost one to three word compares
 * instead of a scan for the closing quote and a hash look-up. A name out of order, or one not listed, is read as
 * before (one failed compare more): the order only makes reading faster, never different. Immutable.
 */
final class MemberOrder {
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final String[] names;
  /**
   * Per name, its quoted bytes ({@code "id"}) as little-endian words: for up to eight bytes one word (the rest of
   * it masked off); for more, the words at offsets 0, 8, ... before the last eight bytes, then the last eight bytes.
   */
  private final long[][] words;
  /** Per name, its first word (masked as above): most names are told apart, or matched, by it alone. */
  private final long[] firstWords;
  private final long[] masks;
  private final int[] lengths;

  private MemberOrder(String[] names) {
    this.names = names;
    this.words = new long[names.length][];
    this.firstWords = new long[names.length];
    this.masks = new long[names.length];
    this.lengths = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      byte[] quoted = ('"' + names[i] + '"').getBytes(StandardCharsets.US_ASCII);
      int n = quoted.length;
      lengths[i] = n;
      byte[] padded = Arrays.copyOf(quoted, n + 8);
      if (n < 8) {
        masks[i] = (1L << (n << 3)) - 1;
        words[i] = new long[] {(long) WORDS.get(padded, 0) & masks[i]};
      } else {
        long[] w = new long[(n - 1) / 8 + 1];
        for (int k = 0; k < w.length - 1; k++) {
          w[k] = (long) WORDS.get(padded, k * 8);
        }
        w[w.length - 1] = (long) WORDS.get(padded, n - 8);
        words[i] = w;
      }
      firstWords[i] = words[i][0];
    }
  }

  /**
   * The order of {@code names}, each one of {@link WebhookJsonReader#NAMES} (so the shared constant is what either
   * way of reading gives).
   *
   * @throws IllegalArgumentException for a name the reader does not share
   */
  static MemberOrder of(String... names) {
    List<String> known = Arrays.asList(WebhookJsonReader.NAMES);
    String[] shared = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      int index = known.indexOf(names[i]);
      if (index < 0) {
        throw new IllegalArgumentException("not a shared member name: " + names[i]);
      }
      shared[i] = WebhookJsonReader.NAMES[index];
    }
    return new MemberOrder(shared);
  }

  /** True when {@code in} holds name {@code at}, quotes included, from {@code pos}. */
  boolean matches(byte[] in, int pos, int at) {
    if (at >= names.length) {
      return false;
    }
    int n = lengths[at];
    if (n < 8) {
      return pos + 8 <= in.length && ((long) WORDS.get(in, pos) & masks[at]) == firstWords[at];
    }
    if (pos + n > in.length || (long) WORDS.get(in, pos) != firstWords[at]) {
      return false;
    }
    long[] w = words[at];
    for (int k = 1; k < w.length - 1; k++) {
      if ((long) WORDS.get(in, pos + k * 8) != w[k]) {
        return false;
      }
    }
    return (long) WORDS.get(in, pos + n - 8) == w[w.length - 1];
  }

  /** The shared name at {@code at}. */
  String name(int at) {
    return names[at];
  }

  /** The length of name {@code at} with its quotes. */
  int quotedLength(int at) {
    return lengths[at];
  }

  /**
   * Which name to expect after {@code name} was read where name {@code at} was expected. Compares references: the
   * reader gives every name of {@link WebhookJsonReader#NAMES} as the shared constant, and only such names are here.
   */
  int after(String name, int at) {
    if (at < names.length && names[at] == name) {
      return at + 1;
    }
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i + 1;
      }
    }
    return at;
  }
}
