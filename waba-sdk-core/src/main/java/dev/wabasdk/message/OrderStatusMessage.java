package dev.wabasdk.message;

import dev.wabasdk.payment.PaymentStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An order status update ({@code "interactive": {"type": "order_status"}}) for an order sent as an
 * {@link OrderDetailsMessage}: its new status and, in Brazil, where its payment stands. WhatsApp shows it as a
 * bubble referring to the order and updates the order's page; Meta wants every status change sent this way, not as
 * text.
 *
 * <pre>{@code
 * OrderStatusMessage message = OrderStatusMessage.builder()
 *     .to("+5511987654321")
 *     .body("Payment received, thank you!")
 *     .referenceId("pedido-2024-0042")
 *     .order(OrderStatus.PROCESSING)
 *     .payment(PaymentStatus.CAPTURED, Instant.parse("2026-08-01T12:00:31Z"))
 *     .build();
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param recipient who it goes to: one user
 * @param body {@code interactive.body.text}, at most 1,024 characters
 * @param footer {@code interactive.footer.text}, at most 60 characters, or null
 * @param referenceId {@code interactive.action.parameters.reference_id}: the order's reference id
 * @param order {@code interactive.action.parameters.order}: the order's new status, or null
 * @param payment {@code interactive.action.parameters.payment} (Brazil): the payment's status, or null
 * @param envelope reply context, callback data and extra fields
 */
public record OrderStatusMessage(
    Recipient recipient,
    String body,
    @Nullable String footer,
    String referenceId,
    @Nullable Order order,
    @Nullable Payment payment,
    Envelope envelope)
    implements InteractiveMessage {

  /** Meta's limit on {@code order.description}. */
  public static final int MAX_DESCRIPTION_LENGTH = 120;

  public OrderStatusMessage {
    Checks.interactive(recipient, null, body, MAX_BODY_LENGTH, footer);
    Checks.oneUser(recipient, "orders go"); // and their updates
    // India allows 35 characters, Brazil 60; which country the order is in is not known here.
    OrderChecks.referenceId(referenceId, OrderDetailsMessage.MAX_REFERENCE_ID_LENGTH_BR);
    if (order == null && payment == null) {
      throw new IllegalArgumentException("interactive.action.parameters: an order status update needs an order"
          + " status, a payment status or both, was neither");
    }
    if (order != null) {
      Checks.optionalText(order.description(), "interactive.action.parameters.order.description",
          MAX_DESCRIPTION_LENGTH);
    }
    if (payment != null) {
      PaymentStatus status = Checks.required(payment.status(), "interactive.action.parameters.payment.status");
      if (!status.isKnown()) {
        throw new IllegalArgumentException("interactive.action.parameters.payment.status: must be pending, captured"
            + " or failed, was '" + status.value() + "'");
      }
    }
    Checks.required(envelope, "envelope");
  }

  /**
   * {@code action.parameters.order}.
   *
   * @param status {@code order.status}
   * @param description {@code order.description}: a note shown with the status (why it was canceled, say), at
   *     most 120 characters, or null
   */
  public record Order(OrderStatus status, @Nullable String description) {
    public Order {
      Objects.requireNonNull(status, "status == null");
    }
  }

  /**
   * {@code action.parameters.payment} (Brazil, where WhatsApp does not see Pix, boleto and link payments):
   * {@code captured} shows the order as paid.
   *
   * @param status {@code payment.status}: pending, captured or failed
   * @param timestamp {@code payment.timestamp}, written in epoch seconds: when it was paid, or null
   */
  public record Payment(PaymentStatus status, @Nullable Instant timestamp) {
    public Payment {
      Objects.requireNonNull(status, "status == null");
    }
  }

  /** A builder for an order status message. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OrderStatusMessage}. Not thread-safe. */
  public static final class Builder extends InteractiveMessageBuilder<Builder, OrderStatusMessage> {
    private @Nullable String referenceId;
    private @Nullable Order order;
    private @Nullable Payment payment;

    Builder() {}

    /** <strong>Required.</strong> The {@code reference_id} of the order's {@code order_details} message. */
    public Builder referenceId(String referenceId) {
      this.referenceId = Objects.requireNonNull(referenceId, "referenceId == null");
      return this;
    }

    /** The order's new status ({@code order.status}); an order or a payment status, or both, is required. */
    public Builder order(OrderStatus status) {
      this.order = new Order(status, null);
      return this;
    }

    /** The order's new status with a note shown with it, at most 120 characters. */
    public Builder order(OrderStatus status, String description) {
      this.order = new Order(status, Objects.requireNonNull(description, "description == null"));
      return this;
    }

    /** The payment's status (Brazil) without a time. */
    public Builder payment(PaymentStatus status) {
      this.payment = new Payment(status, null);
      return this;
    }

    /** The payment's status (Brazil) and when it happened. */
    public Builder payment(PaymentStatus status, Instant timestamp) {
      this.payment = new Payment(status, Objects.requireNonNull(timestamp, "timestamp == null"));
      return this;
    }

    @Override
    public OrderStatusMessage build() {
      return new OrderStatusMessage(recipient(), requiredBody(), footer(),
          Checks.required(referenceId, "interactive.action.parameters.reference_id"), order, payment, envelope());
    }
  }
}
