package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The account changed ({@code account_update}): verification, restriction, ban, partner changes, or a new
 * volume-based pricing tier.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param event what happened; {@link AccountUpdateType#UNKNOWN} for a value this SDK does not know
 * @param rawEvent {@code event} as Meta sent it
 * @param phoneNumber the phone number concerned, when Meta sent one
 * @param volumeTierInfo the new tier, for {@code VOLUME_BASED_PRICING_TIER_UPDATE}, else null
 * @param raw the change {@code value} as Meta sent it
 */
public record AccountUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    AccountUpdateType event,
    String rawEvent,
    @Nullable String phoneNumber,
    @Nullable VolumeTierInfo volumeTierInfo,
    RawJson raw)
    implements AccountEvent {

  public AccountUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(event, "event == null");
    Objects.requireNonNull(rawEvent, "rawEvent == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /**
   * {@code volume_tier_info}: the volume tier the business reached for a pricing category and market.
   *
   * @param effectiveMonth the month it applies to, e.g. {@code 2025-11}
   * @param pricingCategory the category, e.g. {@code UTILITY}, as Meta sent it
   * @param region the market, e.g. {@code INDIA}
   * @param tier the volume range, e.g. {@code 25000001:50000000}
   * @param tierUpdateTime {@code tier_update_time} as Meta sent it
   */
  public record VolumeTierInfo(
      @Nullable String effectiveMonth,
      @Nullable String pricingCategory,
      @Nullable String region,
      @Nullable String tier,
      @Nullable String tierUpdateTime) {}
}
