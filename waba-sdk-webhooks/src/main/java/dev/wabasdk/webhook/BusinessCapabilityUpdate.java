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
 *     {@code max_daily_conversation_per_phone}) as text: a tier ({@code TIER_2K}) or a count ({@code 2000}, {@code -1}
 *     for unlimited), else null
 * @param maxPhoneNumbersPerBusiness {@code max_phone_numbers_per_business}: how many business phone numbers the
 *     business portfolio may have, as text, else null
 * @param maxPhoneNumbersPerWaba {@code max_phone_numbers_per_waba}: how many business phone numbers this WhatsApp
 *     Business Account may have, as text, else null
 */
public record BusinessCapabilityUpdate(
    ChangeHeader header,
    @Nullable String maxDailyConversationsPerBusiness,
    @Nullable String maxPhoneNumbersPerBusiness,
    @Nullable String maxPhoneNumbersPerWaba)
    implements AccountEvent {

  public BusinessCapabilityUpdate {
    Objects.requireNonNull(header, "header == null");
  }

  /**
   * The messaging limit {@link #maxDailyConversationsPerBusiness()} names: a tier such as {@code TIER_10K}, or a
   * count of users as Meta's payload example sends it ({@code 2000} is {@code TIER_2K}, {@code -1} is
   * {@code TIER_UNLIMITED}); null when absent or a count no tier has (the count stays in
   * {@link #maxDailyConversationsPerBusiness()}).
   */
  public @Nullable MessagingLimitTier messagingLimit() {
    return Limits.tier(maxDailyConversationsPerBusiness);
  }
}
