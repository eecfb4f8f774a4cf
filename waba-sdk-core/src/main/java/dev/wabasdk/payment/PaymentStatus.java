package dev.wabasdk.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the payment of an order stands: the {@code status} of a payment webhook and of a payment look-up, and the
 * {@code payment.status} an {@code order_status} message sets (Brazil).
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value in Meta's spelling, e.g. {@code captured}
 */
public record PaymentStatus(String value) {
  /** Not paid yet: no attempt, or attempts that have not succeeded. */
  public static final PaymentStatus PENDING = new PaymentStatus("pending");
  /** Paid: one transaction succeeded. */
  public static final PaymentStatus CAPTURED = new PaymentStatus("captured");
  /** The payment failed (set by the business in a Brazilian {@code order_status}). */
  public static final PaymentStatus FAILED = new PaymentStatus("failed");

  private static final Map<String, PaymentStatus> KNOWN =
      Stream.of(PENDING, CAPTURED, FAILED)
          .collect(Collectors.toUnmodifiableMap(PaymentStatus::value, Function.identity()));

  public PaymentStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static PaymentStatus of(String value) {
    Objects.requireNonNull(value, "value");
    PaymentStatus known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new PaymentStatus(value);
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
