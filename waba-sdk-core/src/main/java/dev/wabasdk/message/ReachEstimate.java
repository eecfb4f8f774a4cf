package dev.wabasdk.message;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Meta's estimate of how many deliveries marketing messages get at several max prices ({@code GET
 * /{waba-id}/reachestimate}, Marketing Messages API, BETA): for planning a template's {@code bid_amount} only, not a
 * promise. Amounts are per 1,000 deliveries in the smallest unit of {@link #wabaCurrency()};
 * {@link #perDelivery(BigDecimal)} turns one into the price of a delivery. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReachEstimate reach = whatsApp.marketingMessages().reachEstimate(
 *     ReachEstimateRequest.of(ReachEstimateRequest.DateInterval.L7D, "IN"));
 * for (ReachEstimate.Estimate e : reach.estimates()) {
 *   System.out.println(reach.perDelivery(e.bidAmount()) + " " + reach.wabaCurrency() + " a delivery: "
 *       + e.deliveriesLowerBound() + "-" + e.deliveriesUpperBound() + " of " + e.users());
 * }
 * }</pre>
 *
 * @param wabaCurrency {@code waba_currency}: the WhatsApp Business Account's currency, e.g. {@code USD}
 * @param estimates {@code estimates}: one per price point Meta chose, in Meta's order
 */
public record ReachEstimate(String wabaCurrency, List<Estimate> estimates) {

  public ReachEstimate {
    Objects.requireNonNull(wabaCurrency, "wabaCurrency");
    estimates = List.copyOf(estimates);
  }

  /**
   * One price point.
   *
   * @param bidAmount {@code bid_amount}: the max price per 1,000 deliveries, in the smallest unit of the currency
   * @param users {@code users}: the targeted user count (Meta fixes it at 1,000 during the beta)
   * @param deliveriesLowerBound {@code deliveries_lower_bound}: the fewest deliveries expected at this price
   * @param deliveriesUpperBound {@code deliveries_upper_bound}: the most deliveries expected at this price
   * @param costLowerBound {@code cost_lower_bound}: the lowest estimated average cost per 1,000 deliveries, in the
   *     smallest unit of the currency (with decimals, e.g. 389.74)
   * @param costUpperBound {@code cost_upper_bound}: the highest estimated average cost per 1,000 deliveries, in the
   *     same unit
   */
  public record Estimate(long bidAmount, long users, long deliveriesLowerBound, long deliveriesUpperBound,
      BigDecimal costLowerBound, BigDecimal costUpperBound) {

    public Estimate {
      Objects.requireNonNull(costLowerBound, "costLowerBound");
      Objects.requireNonNull(costUpperBound, "costUpperBound");
    }
  }

  /**
   * An amount of this answer (per 1,000 deliveries in the smallest unit of {@link #wabaCurrency()}: a
   * {@code bid_amount} or a cost bound) as the price of one delivery in the currency's base unit, exactly, the unit
   * of status webhooks' {@code cost}: {@code 400} in USD is {@code 0.004} (USD), {@code 389.74} is
   * {@code 0.0038974}. {@code MaxPrice.perThousand(estimate.bidAmount())} makes a template's max price of one.
   *
   * @throws IllegalArgumentException when Java does not know the currency or its minor unit
   */
  public BigDecimal perDelivery(BigDecimal perThousand) {
    Objects.requireNonNull(perThousand, "perThousand");
    int digits;
    try {
      digits = Currency.getInstance(wabaCurrency).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("waba_currency: not an ISO 4217 currency, was '" + wabaCurrency + "'", e);
    }
    if (digits < 0) {
      throw new IllegalArgumentException("waba_currency: " + wabaCurrency + " has no minor unit");
    }
    BigDecimal amount = perThousand.movePointLeft(digits + 3).stripTrailingZeros();
    return amount.scale() < 0 ? amount.setScale(0) : amount;
  }

  /** {@link #perDelivery(BigDecimal)} of a {@code bid_amount}: 87000 in INR is {@code 0.87}. */
  public BigDecimal perDelivery(long bidAmount) {
    return perDelivery(BigDecimal.valueOf(bidAmount));
  }
}
