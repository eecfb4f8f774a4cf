package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A phone number's quality or messaging limit changed ({@code phone_number_quality_update}).
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param displayPhoneNumber the business phone number
 * @param event what happened, e.g. {@code ONBOARDING}, {@code THROUGHPUT_UPGRADE}, {@code FLAGGED}
 * @param rawEvent {@code event} as Meta sent it
 * @param currentLimit the messaging limit now ({@code current_limit}, removed by Meta in Feb 2026), else null
 * @param rawCurrentLimit {@code current_limit} as Meta sent it
 * @param oldLimit the messaging limit before ({@code old_limit}), else null
 * @param rawOldLimit {@code old_limit} as Meta sent it
 * @param maxDailyConversationsPerBusiness {@code max_daily_conversations_per_business} as text, else null
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
    @Nullable String rawCurrentLimit,
    @Nullable MessagingLimitTier oldLimit,
    @Nullable String rawOldLimit,
    @Nullable String maxDailyConversationsPerBusiness,
    RawJson raw)
    implements PhoneNumberEvent {

  public PhoneNumberQualityUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(rawEvent, "rawEvent == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
