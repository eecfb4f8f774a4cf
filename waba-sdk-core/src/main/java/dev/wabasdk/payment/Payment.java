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

  /**
   * The members of {@code payment} that echo what an order's payment setting passed to its gateway, in Meta's order:
   * the look-up and the payment webhook both carry them.
   */
  public static final List<String> GATEWAY_FIELDS = List.of("receipt", "notes", "udf1", "udf2", "udf3", "udf4",
      "extra1", "extra2", "additional_info1", "additional_info2", "additional_info3", "additional_info4",
      "additional_info5", "additional_info6", "additional_info7");

  public Payment {
    Objects.requireNonNull(referenceId, "referenceId == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(amount, "amount == null");
    Objects.requireNonNull(currency, "currency == null");
    transactions = List.copyOf(transactions);
    gatewayFields = Map.copyOf(gatewayFields);
  }
}
