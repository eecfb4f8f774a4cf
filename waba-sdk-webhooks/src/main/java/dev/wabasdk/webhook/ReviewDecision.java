package dev.wabasdk.webhook;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code decision} of an account review or a display name review.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value as Meta sends it, e.g. {@code APPROVED}
 */
public record ReviewDecision(String value) {
  /** Approved. */
  public static final ReviewDecision APPROVED = new ReviewDecision("APPROVED");
  /** Rejected. */
  public static final ReviewDecision REJECTED = new ReviewDecision("REJECTED");
  /** Not decided yet. */
  public static final ReviewDecision PENDING = new ReviewDecision("PENDING");
  /** Postponed. */
  public static final ReviewDecision DEFERRED = new ReviewDecision("DEFERRED");

  private static final Map<String, ReviewDecision> KNOWN =
      Stream.of(APPROVED, REJECTED, PENDING, DEFERRED)
          .collect(Collectors.toUnmodifiableMap(ReviewDecision::value, Function.identity()));

  public ReviewDecision {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static ReviewDecision of(String value) {
    Objects.requireNonNull(value, "value");
    ReviewDecision known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new ReviewDecision(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
