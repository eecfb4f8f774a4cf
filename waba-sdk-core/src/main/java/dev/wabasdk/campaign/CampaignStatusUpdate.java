package dev.wabasdk.campaign;

import dev.wabasdk.cost.BilledPricing;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The part of a status webhook ({@code statuses[]}) a campaign tracks. Build it from the webhooks module's
 * {@code MessageStatus}; statuses without a campaign key in {@code biz_opaque_callback_data} are ignored. Immutable
 * and thread-safe.
 *
 * @param bizOpaqueCallbackData {@code biz_opaque_callback_data}: the send key, or null
 * @param messageId the {@code wamid}
 * @param status {@code sent}, {@code delivered}, {@code read}, {@code failed}, ...
 * @param timestamp the status {@code timestamp}
 * @param errorCode the first {@code errors[].code} of a failed status, else null
 * @param charged whether Meta charges this message ({@code pricing.type} {@code regular}, else
 *     {@code pricing.billable}; see {@link BilledPricing#charged()})
 * @param category {@code pricing.category}, else null
 */
public record CampaignStatusUpdate(@Nullable String bizOpaqueCallbackData, String messageId, DeliveryStatus status,
    Instant timestamp, @Nullable Integer errorCode, boolean charged, @Nullable PricingCategory category) {

  public CampaignStatusUpdate {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
  }

  /**
   * A status from its parts as the webhooks module types them, e.g. for a {@code MessageStatus s}:
   * {@code CampaignStatusUpdate.of(s.bizOpaqueCallbackData(), s.id(), s.status(), s.timestamp(),
   * s.errors().isEmpty() ? null : s.errors().get(0).code(), s.pricing() == null ? null :
   * s.pricing().toBilledPricing())}.
   */
  public static CampaignStatusUpdate of(@Nullable String bizOpaqueCallbackData, String messageId,
      DeliveryStatus status, Instant timestamp, @Nullable Integer errorCode, @Nullable BilledPricing pricing) {
    return new CampaignStatusUpdate(bizOpaqueCallbackData, messageId, status, timestamp, errorCode,
        pricing != null && pricing.charged(), pricing == null ? null : pricing.category());
  }
}
