package dev.wabasdk.webhook;

import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A phone number's quality or messaging limit changed ({@code phone_number_quality_update}). Meta's payload names
 * the limit, not the quality rating: read {@link dev.wabasdk.phone.PhoneNumber#qualityRating()} from the
 * phone numbers API when {@link #event()} is {@code FLAGGED} or {@code UNFLAGGED}.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param displayPhoneNumber the business phone number
 * @param event what happened, e.g. {@code ONBOARDING}, {@code THROUGHPUT_UPGRADE}, {@code FLAGGED}
 * @param rawEvent {@code event} as Meta sent it
 * @param currentLimit the messaging limit now ({@code current_limit}, removed by Meta in Feb 2026), else null
 * @param oldLimit the messaging limit before ({@code old_limit}), else null
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business} as text (a tier such as
 *     {@code TIER_10K}), else null
 * @param raw the change {@code value} as Meta sent it
 */
public record PhoneNumberQualityUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String displayPhoneNumber,
    PhoneNumberQualityEvent event,
    String rawEvent,
    @Nullable MessagingLimitTier currentLimit,
    @Nullable MessagingLimitTier oldLimit,
    @Nullable String maxDailyConversationsPerBusiness,
    RawJson raw)
    implements PhoneNumberEvent {

  public PhoneNumberQualityUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(rawEvent, "rawEvent == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /**
   * The messaging limit now: {@link #currentLimit()}, else the tier in {@link #maxDailyConversationsPerBusiness()}
   * (where Meta moved it in Feb 2026), else null.
   */
  public @Nullable MessagingLimitTier messagingLimit() {
    return currentLimit != null ? currentLimit : Limits.tier(maxDailyConversationsPerBusiness);
  }
}
