package dev.wabasdk.payment;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A refund to ask for ({@code POST /{phone-number-id}/payments_refund}): all or part of the payment of an order, in
 * INR, the only currency of India's Payments API. Checked here: the configuration name and reference id
 * ({@link PaymentsApiChecks}), a positive amount with Meta's offset 100. Immutable and thread-safe.
 *
 * <pre>{@code
 * RefundRequest.of("razorpay-prod", "ORD-1001-1", Amount.of(new BigDecimal("210.00")))
 *     .withSpeed(RefundSpeed.INSTANT)
 * }</pre>
 *
 * @param configurationName {@code payment_config_id}: the payment configuration the order was paid with
 * @param referenceId {@code reference_id}: the order's reference id
 * @param amount {@code amount}: how much to refund, at most what was paid
 * @param speed {@code speed}, or null to leave it to the gateway
 */
public record RefundRequest(String configurationName, String referenceId, Amount amount, @Nullable RefundSpeed speed) {
  /** The currency of every refund: India's Payments API takes INR only. */
  public static final String CURRENCY = "INR";

  public RefundRequest {
    PaymentsApiChecks.configurationName(configurationName, "payment_config_id");
    PaymentsApiChecks.referenceId(referenceId);
    Objects.requireNonNull(amount, "amount");
    if (amount.value() <= 0) {
      throw new IllegalArgumentException("amount.value: a refund must be positive, was " + amount.value());
    }
    if (amount.offset() != Amount.OFFSET) {
      throw new IllegalArgumentException("amount.offset: must be " + Amount.OFFSET + " for " + CURRENCY + ", was "
          + amount.offset());
    }
  }

  /** A refund of {@code amount} of the order {@code referenceId}, paid with configuration {@code configurationName}. */
  public static RefundRequest of(String configurationName, String referenceId, Amount amount) {
    return new RefundRequest(configurationName, referenceId, amount, null);
  }

  /** This refund at a speed. */
  public RefundRequest withSpeed(RefundSpeed speed) {
    return new RefundRequest(configurationName, referenceId, amount, Objects.requireNonNull(speed, "speed"));
  }
}
