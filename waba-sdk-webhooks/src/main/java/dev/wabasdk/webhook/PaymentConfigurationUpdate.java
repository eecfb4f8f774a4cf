package dev.wabasdk.webhook;

import dev.wabasdk.payment.PaymentConfigurationStatus;
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
 * @param status {@code Active}, {@code Needs Connecting} or {@code Needs Testing}, as Meta sent it (the onboarding
 *     API spells the last two {@code Needs_Connecting} and {@code Needs_Testing}: {@link #needsConnecting()} and
 *     {@link #needsTesting()} accept both)
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

  /**
   * The status typed as the configuration API reads it ({@code Needs Testing} here and {@code Needs_Testing} there are
   * one value), or null when Meta sent none.
   */
  public @Nullable PaymentConfigurationStatus configurationStatus() {
    return status == null ? null : PaymentConfigurationStatus.of(status);
  }

  /** Whether the configuration was tested in WhatsApp Manager and can take payments ({@code Active}). */
  public boolean active() {
    return configurationStatus() == PaymentConfigurationStatus.ACTIVE;
  }

  /** Whether it was disconnected from the gateway account and must be connected again ({@code Needs Connecting}). */
  public boolean needsConnecting() {
    return configurationStatus() == PaymentConfigurationStatus.NEEDS_CONNECTING;
  }

  /** Whether it is connected but not tested yet ({@code Needs Testing}). */
  public boolean needsTesting() {
    return configurationStatus() == PaymentConfigurationStatus.NEEDS_TESTING;
  }
}
