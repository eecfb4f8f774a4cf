package dev.wabasdk.webhook;

import dev.wabasdk.cost.PricingCategory;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The account changed ({@code account_update}): verification, restriction, ban, partner changes, or a new
 * volume-based pricing tier. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param event what happened; a value this SDK does not know keeps Meta's string ({@link AccountUpdateType#isKnown()}
 *     is false)
 * @param phoneNumber the phone number concerned, when Meta sent one
 * @param volumeTierInfo the new tier, for {@code VOLUME_BASED_PRICING_TIER_UPDATE}, else null
 */
public record AccountUpdate(
    ChangeHeader header,
    AccountUpdateType event,
    @Nullable String phoneNumber,
    @Nullable VolumeTierInfo volumeTierInfo)
    implements AccountEvent {

  public AccountUpdate {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(event, "event == null");
  }

  /**
   * {@code volume_tier_info}: the volume tier the business reached for a pricing category and market.
   *
   * @param effectiveMonth the month it applies to, e.g. {@code 2025-11}
   * @param pricingCategory the category, e.g. {@link PricingCategory#UTILITY}, null when absent
   * @param region the market, e.g. {@code INDIA}
   * @param tier the volume range, e.g. {@code 25000001:50000000}
   * @param tierUpdateTime {@code tier_update_time} as Meta sent it
   */
  public record VolumeTierInfo(
      @Nullable String effectiveMonth,
      @Nullable PricingCategory pricingCategory,
      @Nullable String region,
      @Nullable String tier,
      @Nullable String tierUpdateTime) {}
}
