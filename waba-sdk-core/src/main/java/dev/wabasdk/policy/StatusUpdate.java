package dev.wabasdk.policy;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a message status webhook ({@code statuses[]}) that the policy engine learns from. Immutable and
 * thread-safe.
 *
 * @param recipient the user the message went to ({@code recipient_id} and/or {@code recipient_user_id})
 * @param status {@code sent}, {@code delivered}, {@code read}, {@code failed}, ...
 * @param timestamp the status {@code timestamp}
 * @param pricingType {@code pricing.type}, e.g. {@link PricingType#REGULAR} or {@link PricingType#FREE_ENTRY_POINT},
 *     when present
 * @param pricingCategory {@code pricing.category}, e.g. {@link PricingCategory#MARKETING} or
 *     {@link PricingCategory#REFERRAL_CONVERSION}, when present
 * @param conversationExpiresAt {@code conversation.expiration_timestamp}, when present
 * @param errorCode the first {@code errors[].code} of a failed status, e.g. {@code 131050}
 */
public record StatusUpdate(
    WhatsAppUser recipient,
    DeliveryStatus status,
    Instant timestamp,
    @Nullable PricingType pricingType,
    @Nullable PricingCategory pricingCategory,
    @Nullable Instant conversationExpiresAt,
    @Nullable Integer errorCode) {

  public StatusUpdate {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
