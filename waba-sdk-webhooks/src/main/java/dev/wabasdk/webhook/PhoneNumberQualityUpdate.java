package dev.wabasdk.webhook;

import dev.wabasdk.phone.MessagingLimitTier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A phone number's quality or messaging limit changed ({@code phone_number_quality_update}). Meta's payload names
 * the limit, not the quality rating: read {@link dev.wabasdk.phone.PhoneNumber#qualityRating()} from the
 * phone numbers API when {@link #event()} is {@code FLAGGED} or {@code UNFLAGGED}. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param displayPhoneNumber the business phone number
 * @param event what happened, e.g. {@link PhoneNumberQualityEvent#THROUGHPUT_UPGRADE}; a value this SDK does not
 *     know keeps Meta's string ({@link PhoneNumberQualityEvent#isKnown()} is false)
 * @param currentLimit the messaging limit now ({@code current_limit}, removed by Meta in Feb 2026), else null
 * @param oldLimit the messaging limit before ({@code old_limit}), else null
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business} as text (a tier such as
 *     {@code TIER_10K}, or a count such as {@code 10000}), else null
 */
public record PhoneNumberQualityUpdate(
    ChangeHeader header,
    @Nullable String displayPhoneNumber,
    PhoneNumberQualityEvent event,
    @Nullable MessagingLimitTier currentLimit,
    @Nullable MessagingLimitTier oldLimit,
    @Nullable String maxDailyConversationsPerBusiness)
    implements PhoneNumberEvent {

  public PhoneNumberQualityUpdate {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(event, "event == null");
  }

  /**
   * The messaging limit now: {@link #currentLimit()}, else the tier in {@link #maxDailyConversationsPerBusiness()}
   * (where Meta moved it in Feb 2026), else null.
   */
  public @Nullable MessagingLimitTier messagingLimit() {
    return currentLimit != null ? currentLimit : Limits.tier(maxDailyConversationsPerBusiness);
  }
}
