package dev.wabasdk.message;

/**
 * Where an order stands, as an {@code order_status} message sets it ({@code action.parameters.order.status}).
 * An order starts {@code pending} (its {@code order_details} message); {@code completed} and {@code canceled} are
 * final; {@code processing}, {@code partially_shipped} and {@code shipped} may follow each other in any order. Meta
 * answers an invalid change with an error webhook (2046), and a cancellation of a paid order with 2047.
 */
public enum OrderStatus {
  /** {@code pending}: not paid yet. */
  PENDING("pending"),
  /** {@code processing}: paid, being fulfilled. */
  PROCESSING("processing"),
  /** {@code partially_shipped}: some items are on their way. */
  PARTIALLY_SHIPPED("partially_shipped"),
  /** {@code shipped}: on its way. */
  SHIPPED("shipped"),
  /** {@code completed}: delivered or done; final. */
  COMPLETED("completed"),
  /** {@code canceled}: final; the user can no longer pay (fails when a payment succeeded or is pending). */
  CANCELED("canceled");

  private final String value;

  OrderStatus(String value) {
    this.value = value;
  }

  /** The value on the wire. */
  public String value() {
    return value;
  }
}
