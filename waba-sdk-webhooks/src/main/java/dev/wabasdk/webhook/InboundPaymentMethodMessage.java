package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The user confirmed how to pay an order (Payments API Brazil, one-click payments: {@code interactive} of type
 * {@code payment_method}). Nothing is charged yet: charge the card through the payment provider with
 * {@link #credentialId()}, then send an {@code order_status} message. Immutable and thread-safe.
 *
 * @param header the sender, id and timestamp
 * @param paymentMethod the method chosen, e.g. {@code offsite_card_pay} ({@code payment_method}), when Meta sent it
 * @param paymentTimestamp when the user confirmed ({@code payment_timestamp}), when valid
 * @param referenceId the order's {@code reference_id}, as the {@code order_details} message set it
 * @param lastFourDigits the card's last four digits ({@code last_four_digits}), to show the user
 * @param credentialId the provider's id of the card ({@code credential_id}), to charge it with
 */
public record InboundPaymentMethodMessage(
    MessageHeader header,
    @Nullable String paymentMethod,
    @Nullable Instant paymentTimestamp,
    String referenceId,
    @Nullable String lastFourDigits,
    @Nullable String credentialId)
    implements InboundMessage {

  public InboundPaymentMethodMessage {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(referenceId, "referenceId == null");
  }

  @Override
  public String type() {
    return "interactive";
  }
}
