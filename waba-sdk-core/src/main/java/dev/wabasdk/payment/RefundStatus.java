package dev.wabasdk.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a refund stands as the refund call answers it ({@code status} of {@link RefundResult}). Its later progress
 * shows in the payment look-up and webhooks as a {@link Refund} with a {@link TransactionStatus}.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value in Meta's spelling, e.g. {@code pending}
 */
public record RefundStatus(String value) {
  /** The gateway has not finished it yet. */
  public static final RefundStatus PENDING = new RefundStatus("pending");
  /** The refund failed. */
  public static final RefundStatus FAILED = new RefundStatus("failed");
  /** The money went back. */
  public static final RefundStatus COMPLETED = new RefundStatus("completed");

  private static final Map<String, RefundStatus> KNOWN =
      Stream.of(PENDING, FAILED, COMPLETED)
          .collect(Collectors.toUnmodifiableMap(RefundStatus::value, Function.identity()));

  public RefundStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static RefundStatus of(String value) {
    Objects.requireNonNull(value, "value");
    RefundStatus known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new RefundStatus(value);
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
