package dev.wabasdk.payment;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where one attempt to pay, or one refund, stands at the payment gateway: {@code transaction.status} and
 * {@code refunds[].status} of a payment webhook or look-up.
 *
 * <p>Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the
 * constants below for known values, so they may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the value in Meta's spelling, e.g. {@code success}
 */
public record TransactionStatus(String value) {
  /** The gateway has not decided yet. */
  public static final TransactionStatus PENDING = new TransactionStatus("pending");
  /** The money moved. */
  public static final TransactionStatus SUCCESS = new TransactionStatus("success");
  /** The attempt or refund failed; a transaction carries the gateway's error. */
  public static final TransactionStatus FAILED = new TransactionStatus("failed");

  private static final Map<String, TransactionStatus> KNOWN =
      Stream.of(PENDING, SUCCESS, FAILED)
          .collect(Collectors.toUnmodifiableMap(TransactionStatus::value, Function.identity()));

  public TransactionStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (any letter case), or a new instance keeping an unknown value as is. */
  public static TransactionStatus of(String value) {
    Objects.requireNonNull(value, "value");
    TransactionStatus known = KNOWN.get(value.strip().toLowerCase(Locale.ROOT));
    return known != null ? known : new TransactionStatus(value);
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
