package dev.wabasdk.policy;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a message status webhook ({@code statuses[]}) that the policy engine learns from.
 *
 * @param recipient the user the message went to ({@code recipient_id} and/or {@code recipient_user_id})
 * @param status {@code sent}, {@code delivered}, {@code read}, {@code failed}, ...
 * @param timestamp the status {@code timestamp}
 * @param pricingType {@code pricing.type}, e.g. {@code regular} or {@code free_entry_point}, when present
 * @param pricingCategory {@code pricing.category}, e.g. {@code marketing} or {@code referral_conversion}
 * @param conversationExpiresAt {@code conversation.expiration_timestamp}, when present
 * @param errorCode the first {@code errors[].code} of a failed status, e.g. {@code 131050}
 */
public record StatusUpdate(
    WhatsAppUser recipient,
    String status,
    Instant timestamp,
    @Nullable String pricingType,
    @Nullable String pricingCategory,
    @Nullable Instant conversationExpiresAt,
    @Nullable Integer errorCode) {

  public StatusUpdate {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
