package dev.wabasdk.payment;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The payment of an order, as the payment look-up answers it ({@code payments[]} of
 * {@code GET /{phone-number-id}/payments/{configuration}/{reference-id}}). Immutable and thread-safe.
 *
 * <p>{@code PENDING} with no transactions: the user has not tried to pay; {@code PENDING} with failed transactions:
 * every attempt failed; {@code CAPTURED}: one transaction succeeded.
 *
 * @param referenceId the order's {@code reference_id}
 * @param status pending or captured
 * @param amount the amount to pay
 * @param currency {@code INR}
 * @param transactions the attempts, oldest first as Meta lists them; empty before the first
 * @param gatewayFields what the order's payment setting passed to the gateway and Meta echoes back
 *     ({@code receipt} and {@code notes} for Razorpay, {@code udf1..4} for PayU, {@code extra1..2} for Zaakpay,
 *     {@code additional_info1..7} for BillDesk): strings, or a map of strings for {@code notes}
 */
public record Payment(
    String referenceId,
    PaymentStatus status,
    Amount amount,
    String currency,
    List<PaymentTransaction> transactions,
    Map<String, Object> gatewayFields) {

  public Payment {
    Objects.requireNonNull(referenceId, "referenceId == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(currency, "currency == null");
    transactions = List.copyOf(transactions);
    gatewayFields = Map.copyOf(gatewayFields);
  }
}
