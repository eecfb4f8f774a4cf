package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment configuration (Payments API India and Brazil) was connected, disconnected or activated
 * ({@code payment_configuration_update}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param configurationName the name order details messages use, e.g. {@code razorpay-prod}
 * @param providerName the payment gateway, e.g. {@code razorpay}
 * @param providerMid the gateway's merchant account id ({@code provider_mid})
 * @param status {@code Active}, {@code Needs Connecting} or {@code Needs Testing}, as Meta sent it
 * @param createdAt when the configuration was created, when valid
 * @param updatedAt when it was updated, when valid
 */
public record PaymentConfigurationUpdate(
    ChangeHeader header,
    @Nullable String configurationName,
    @Nullable String providerName,
    @Nullable String providerMid,
    @Nullable String status,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt)
    implements AccountEvent {

  public PaymentConfigurationUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
