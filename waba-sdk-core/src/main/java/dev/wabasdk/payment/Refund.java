package dev.wabasdk.payment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A refund of a payment ({@code refunds[]} of a payment webhook or look-up). Immutable and thread-safe.
 *
 * @param id the refund's id at the payment gateway
 * @param amount how much was refunded
 * @param speedProcessed {@code instant} or {@code normal}: how fast the gateway processes it
 * @param status pending, success or failed
 * @param createdAt when the refund was created, when Meta sent it
 * @param updatedAt when it last changed, when Meta sent it
 */
public record Refund(
    String id,
    Amount amount,
    @Nullable String speedProcessed,
    TransactionStatus status,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  public Refund {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(status, "status == null");
  }
}
