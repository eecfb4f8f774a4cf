package dev.wabasdk.webhook;

import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The business's capabilities changed ({@code business_capability_update}), e.g. its messaging limit.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business} (v24+, or the older
 *     {@code max_daily_conversation_per_phone}) as text, else null
 * @param maxPhoneNumbers {@code max_phone_numbers_per_business} (or {@code _per_waba}) as text, else null
 * @param raw the change {@code value} as Meta sent it
 */
public record BusinessCapabilityUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String maxDailyConversationsPerBusiness,
    @Nullable String maxPhoneNumbers,
    RawJson raw)
    implements AccountEvent {

  public BusinessCapabilityUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /**
   * The messaging limit, when {@link #maxDailyConversationsPerBusiness()} is a tier such as {@code TIER_10K}; null
   * when absent or a plain count (the older per-phone field).
   */
  public @Nullable MessagingLimitTier messagingLimit() {
    return Limits.tier(maxDailyConversationsPerBusiness);
  }
}
