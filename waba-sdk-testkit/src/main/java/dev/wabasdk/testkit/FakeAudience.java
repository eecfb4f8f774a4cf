package dev.wabasdk.testkit;

import java.util.Objects;

/**
 * How the fake's users behave when the app broadcasts to many of them: shares of users who stopped marketing
 * messages (a marketing template fails with 131050), who cannot receive messages (131026), and who get the
 * message but never read it; every other user reads it at once. Each user's kind is fixed by their number and the
 * seed, so a run is repeatable and a test can compute what to expect with {@link #kindOf}. Set it with
 * {@code FakeWhatsApp.builder().audience(FakeAudience.of(0.02, 0.01, 0.30))}. Immutable and thread-safe.
 *
 * @param optedOut the share of users who stopped marketing messages, 0 to 1
 * @param undeliverable the share of users a message cannot reach, 0 to 1
 * @param neverRead the share of users who are delivered the message and never read it, 0 to 1
 * @param seed decides which users fall in which share
 */
public record FakeAudience(double optedOut, double undeliverable, double neverRead, long seed) {

  /** What a user does with a business-initiated message. */
  public enum Kind {
    /** Stopped marketing messages: a marketing template fails with 131050. */
    OPTED_OUT,
    /** Cannot receive it: the send fails with 131026. */
    UNDELIVERABLE,
    /** Delivered, never read. */
    NEVER_READS,
    /** Delivered and read. */
    READS
  }

  public FakeAudience {
    share("optedOut", optedOut);
    share("undeliverable", undeliverable);
    share("neverRead", neverRead);
    if (optedOut + undeliverable + neverRead > 1.0) {
      throw new IllegalArgumentException("optedOut + undeliverable + neverRead must be at most 1, was "
          + (optedOut + undeliverable + neverRead));
    }
  }

  /** The shares, with seed 1. */
  public static FakeAudience of(double optedOut, double undeliverable, double neverRead) {
    return new FakeAudience(optedOut, undeliverable, neverRead, 1);
  }

  /** The same shares, other users in them. */
  public FakeAudience withSeed(long seed) {
    return new FakeAudience(optedOut, undeliverable, neverRead, seed);
  }

  /** The kind of the user with this number (E.164, with or without {@code +}). */
  public Kind kindOf(String phone) {
    Objects.requireNonNull(phone, "phone");
    String digits = phone.startsWith("+") ? phone.substring(1) : phone;
    // SplitMix64 of the number and the seed: a uniform, repeatable draw per user.
    long z = seed * 0x9E3779B97F4A7C15L + digits.hashCode() * 0xBF58476D1CE4E5B9L + parse(digits);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z = z ^ (z >>> 31);
    double u = (z >>> 11) * 0x1.0p-53;
    if (u < optedOut) {
      return Kind.OPTED_OUT;
    }
    if (u < optedOut + undeliverable) {
      return Kind.UNDELIVERABLE;
    }
    if (u < optedOut + undeliverable + neverRead) {
      return Kind.NEVER_READS;
    }
    return Kind.READS;
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void share(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be a share from 0 to 1, was " + value);
    }
  }
}
