package dev.wabasdk.payment;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A payment configuration of the WhatsApp Business Account ({@code GET /{waba-id}/payment_configurations}): the
 * name order messages name in their payment settings, and how it takes payments. Immutable and thread-safe.
 *
 * @param name {@code configuration_name}
 * @param merchantCategoryCode {@code merchant_category_code.code}, e.g. {@code 0000}, when Meta sent it
 * @param merchantCategoryDescription {@code merchant_category_code.description}, when Meta sent it
 * @param purposeCode {@code purpose_code.code}, e.g. {@code 00}, when Meta sent it
 * @param purposeDescription {@code purpose_code.description}, when Meta sent it
 * @param status {@code status}: active, needs connecting or needs testing
 * @param providerName {@code provider_name} as Meta sent it (e.g. {@code RazorPay}; compare ignoring case), or null
 * @param providerMid {@code provider_mid}: the merchant's id at the payment gateway, or null
 * @param merchantVpa {@code merchant_vpa}: the merchant's UPI id, or null
 * @param createdAt {@code created_timestamp}, or null
 * @param updatedAt {@code updated_timestamp}, or null
 */
public record PaymentConfiguration(
    String name,
    @Nullable String merchantCategoryCode,
    @Nullable String merchantCategoryDescription,
    @Nullable String purposeCode,
    @Nullable String purposeDescription,
    PaymentConfigurationStatus status,
    @Nullable String providerName,
    @Nullable String providerMid,
    @Nullable String merchantVpa,
    @Nullable Instant createdAt,
    @Nullable Instant updatedAt) {

  public PaymentConfiguration {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
  }

  /** Whether order messages may use it: {@link PaymentConfigurationStatus#ACTIVE}. */
  public boolean isActive() {
    return PaymentConfigurationStatus.ACTIVE.equals(status);
  }
}
