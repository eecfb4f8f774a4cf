package dev.wabasdk.campaign;

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
 * @param billable {@code pricing.billable} (true when Meta charges this message)
 * @param category {@code pricing.category}, else null
 */
public record CampaignStatusUpdate(@Nullable String bizOpaqueCallbackData, String messageId, DeliveryStatus status,
    Instant timestamp, @Nullable Integer errorCode, boolean billable, @Nullable PricingCategory category) {

  public CampaignStatusUpdate {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
