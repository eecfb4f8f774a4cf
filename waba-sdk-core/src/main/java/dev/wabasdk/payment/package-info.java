/**
 * Meta's Payments API (India and Brazil): the amounts, payment settings and payment records shared by the order
 * messages ({@code dev.wabasdk.message.OrderDetailsMessage}, {@code OrderStatusMessage}), the payment look-up,
 * refund and configuration calls ({@link dev.wabasdk.payment.PaymentsApi}) and the payment webhooks.
 */
@NullMarked
package dev.wabasdk.payment;

import org.jspecify.annotations.NullMarked;
