package dev.wabasdk.cost;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The expected price of one message under per-message pricing, and why. Immutable and thread-safe.
 *
 * @param price what Meta charges (zero when free), in the estimator's currency
 * @param free whether Meta charges nothing for it
 * @param reason one sentence saying why, e.g. "utility template inside an open customer service window: free
 *     under per-message pricing until 2026-09-30"
 * @param market the recipient's market as priced (the card's market when the card predates a market split)
 * @param category the pricing category applied
 * @param card the rate card used, with its provenance notes
 * @param bspFee the BSP's per-message fee, zero when none is configured
 * @param pricingType the {@code pricing.type} Meta reports for it in status webhooks ({@code regular} when charged),
 *     {@code null} when Meta reports none because the message is not delivered (refused, or a market where Meta
 *     does not deliver it)
 * @param warnings the fallbacks behind the price (uncertain card, missing rate, not delivered...), typed
 */
public record MessagePrice(Money price, boolean free, String reason, Market market, PricingCategory category,
    RateCard card, Money bspFee, @Nullable PricingType pricingType, List<PricingWarning> warnings) {

  public MessagePrice {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(bspFee, "bspFee");
    warnings = List.copyOf(warnings);
  }

  /** A price without warnings; the pricing type follows {@code free} ({@code regular} when charged). */
  public MessagePrice(Money price, boolean free, String reason, Market market, PricingCategory category,
      RateCard card, Money bspFee) {
    this(price, free, reason, market, category, card, bspFee,
        free ? PricingType.FREE_CUSTOMER_SERVICE : PricingType.REGULAR, List.of());
  }

  /**
   * The {@code pricing.category} Meta reports: {@code referral_conversion} inside a free entry point window, else
   * the category applied.
   */
  public PricingCategory reportedCategory() {
    return PricingType.FREE_ENTRY_POINT.equals(pricingType) ? PricingCategory.REFERRAL_CONVERSION : category;
  }

  /** What Meta reports as {@code pricing.billable}: whether the message is charged. */
  public boolean billable() {
    return !free;
  }

  /** Meta's price plus the BSP's per-message fee (markup percentages are not included). */
  public Money total() {
    return price.plus(bspFee);
  }

  @Override
  public String toString() {
    return price + (free ? " (free)" : "") + ", " + market + " " + category + ": " + reason;
  }
}
