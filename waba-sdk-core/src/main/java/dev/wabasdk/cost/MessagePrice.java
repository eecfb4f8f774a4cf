package dev.wabasdk.cost;

import java.util.Objects;

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
 */
public record MessagePrice(
    Money price, boolean free, String reason, Market market, PricingCategory category, RateCard card, Money bspFee) {

  public MessagePrice {
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(market, "market");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(bspFee, "bspFee");
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
