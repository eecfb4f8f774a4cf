package dev.wabasdk.payment;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt by the user to pay an order at the payment gateway ({@code transaction} of a payment webhook,
 * {@code transactions[]} of a payment look-up). At most one transaction of a payment succeeds. Immutable and
 * thread-safe.
 *
 * @param id the gateway's order id for the attempt
 * @param pgTransactionId the gateway's payment id, when Meta sent it
 * @param gateway the payment gateway ({@code type}): {@code razorpay}, {@code payu}, {@code billdesk} or
 *     {@code zaakpay}
 * @param status pending, success or failed
 * @param createdAt when the attempt started, when Meta sent it
 * @param updatedAt when it last changed, when Meta sent it
 * @param method how the user paid ({@code method.type}: {@code upi}, {@code card}, {@code wallet},
 *     {@code netbanking}), when known
 * @param errorCode the gateway's error code on a failed attempt ({@code error.code})
 * @param errorReason the gateway's reason on a failed attempt ({@code error.reason})
 * @param amount the amount of the attempt, when Meta sent it (look-ups)
 * @param refunds the refunds of this transaction (look-ups; a webhook carries them on the payment)
 */
public record PaymentTransaction(
    String id,
    @Nullable String pgTransactionId,
    String gateway,
    TransactionStatus status,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt,
    @Nullable String method,
    @Nullable String errorCode,
    @Nullable String errorReason,
    @Nullable Amount amount,
    List<Refund> refunds) {

  public PaymentTransaction {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(gateway, "gateway == null");
    Objects.requireNonNull(status, "status == null");
    refunds = List.copyOf(refunds);
  }
}
