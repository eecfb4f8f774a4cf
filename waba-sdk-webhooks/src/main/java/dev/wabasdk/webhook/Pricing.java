package dev.wabasdk.webhook;

import dev.wabasdk.cost.BilledPricing;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingModel;
import dev.wabasdk.cost.PricingType;
import org.jspecify.annotations.Nullable;

/**
 * The {@code pricing} of a status: how Meta charges (or does not charge) the message. Meta recommends
 * {@link #type()} and {@link #category()} over the deprecated {@link #billable()}. Immutable and thread-safe.
 *
 * @param billable Meta's {@code billable} flag, null when absent
 * @param pricingModel {@code pricing_model} ({@code CBP} or {@code PMP}, open), null when absent
 * @param type {@code type}: {@link PricingType#REGULAR}, {@link PricingType#FREE_CUSTOMER_SERVICE}, ... (open), null
 *     when absent
 * @param category {@code category} (open: a value this SDK does not know keeps its raw string), null when absent
 * @param cost {@code cost}: Meta's estimated charge for the message, in the currency's base unit (e.g. USD 0.035),
 *     sent on {@code delivered} and {@code read} statuses of Marketing Messages API messages whose template has a
 *     max price (BETA); null when absent or malformed. Meta's invoice, not this estimate, is the final charge.
 */
public record Pricing(
    @Nullable Boolean billable,
    @Nullable PricingModel pricingModel,
    @Nullable PricingType type,
    @Nullable PricingCategory category,
    @Nullable Money cost) {

  /** A pricing without a {@code cost} (every status but the max-price ones). */
  public Pricing(
      @Nullable Boolean billable,
      @Nullable PricingModel pricingModel,
      @Nullable PricingType type,
      @Nullable PricingCategory category) {
    this(billable, pricingModel, type, category, null);
  }

  /**
   * This pricing as the cost estimator's {@link BilledPricing} (e.g. for
   * {@link dev.wabasdk.cost.BillingReconciliation#recordBilled}), or null when Meta omitted the model or category.
   */
  public @Nullable BilledPricing toBilledPricing() {
    if (pricingModel == null || category == null) {
      return null;
    }
    return new BilledPricing(pricingModel, category, type == null ? null : type.value(), billable);
  }
}
