package dev.wabasdk.policy;

import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.Recipient;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The expected price of a decision's message, from the engine's cost estimator. Stateless and thread-safe. */
final class DecisionPrice {
  private DecisionPrice() {}

  static @Nullable MessagePrice of(CostEstimator estimator, PolicyContext context) {
    if (!(context.recipient() instanceof Recipient.PhoneNumber to)) {
      return null; // the market comes from the phone number
    }
    PricingCategory category = context.isTemplate()
        ? PricingCategory.of(Objects.requireNonNull(context.templateCategory()).value())
        : context.directSendCategory() != null
            // Direct Send: charged at its category's rate, as a template of that category would be.
            ? PricingCategory.of(context.directSendCategory().value())
            : PricingCategory.SERVICE;
    try {
      return estimator.priceOf(PriceQuery.of(to, category)
          .insideCustomerServiceWindow(context.customerServiceWindowOpen())
          .insideFreeEntryPointWindow(context.freeEntryPointOpenOrOpening())
          .at(context.now()));
    } catch (IllegalArgumentException e) {
      return null; // a market or category the rate card does not price: no estimate rather than no decision
    }
  }
}
