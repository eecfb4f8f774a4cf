package dev.wabasdk.webhook;

import dev.wabasdk.phone.MessagingLimitTier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The business's capabilities changed ({@code business_capability_update}), e.g. its messaging limit.
 * Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business} (v24+, or the older
 *     {@code max_daily_conversation_per_phone}) as text, else null
 * @param maxPhoneNumbers {@code max_phone_numbers_per_business} (or {@code _per_waba}) as text, else null
 */
public record BusinessCapabilityUpdate(
    ChangeHeader header,
    @Nullable String maxDailyConversationsPerBusiness,
    @Nullable String maxPhoneNumbers)
    implements AccountEvent {

  public BusinessCapabilityUpdate {
    Objects.requireNonNull(header, "header == null");
  }

  /**
   * The messaging limit, when {@link #maxDailyConversationsPerBusiness()} is a tier such as {@code TIER_10K}; null
   * when absent or a plain count (the older per-phone field).
   */
  public @Nullable MessagingLimitTier messagingLimit() {
    return Limits.tier(maxDailyConversationsPerBusiness);
  }
}
