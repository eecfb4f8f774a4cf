package dev.wabasdk.payment;

/**
 * Who takes the payments of a payment configuration ({@code provider_name} when creating one): a payment gateway
 * linked by OAuth, or a UPI id of the merchant.
 */
public enum PaymentProvider {
  /** Razorpay. */
  RAZORPAY("razorpay"),
  /** PayU. */
  PAYU("payu"),
  /** Zaakpay. */
  ZAAKPAY("zaakpay"),
  /** The merchant's own UPI id ({@code merchant_vpa}), no gateway. */
  UPI_VPA("upi_vpa");

  private final String value;

  PaymentProvider(String value) {
    this.value = value;
  }

  /** Meta's spelling, e.g. {@code razorpay}. */
  public String value() {
    return value;
  }
}
