package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingReconciliationTest {
  private static final Instant NOV_2026 = Instant.parse("2026-11-10T12:00:00Z");
  private final CostEstimator estimator = CostEstimator.ofDefaults();

  @Test
  void comparesEstimatesWithStatusWebhookPricing() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    MessagePrice marketing = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .at(NOV_2026));
    MessagePrice fep = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .insideCustomerServiceWindow().insideFreeEntryPointWindow().at(NOV_2026));
    MessagePrice utility = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.UTILITY).at(NOV_2026));

    reconciliation.recordEstimate("wamid.1", marketing);
    reconciliation.recordBilled("wamid.1", new BilledPricing(PricingModel.PMP, PricingCategory.MARKETING, "regular", true));
    // The webhook may arrive before the estimate is recorded.
    reconciliation.recordBilled("wamid.2",
        new BilledPricing(PricingModel.PMP, PricingCategory.REFERRAL_CONVERSION, "free_entry_point", false));
    reconciliation.recordEstimate("wamid.2", fep);
    // Meta re-categorised the template as marketing.
    reconciliation.recordEstimate("wamid.3", utility);
    reconciliation.recordBilled("wamid.3", new BilledPricing(PricingModel.PMP, PricingCategory.MARKETING, "regular", null));
    // Estimated paid, billed free.
    reconciliation.recordEstimate("wamid.4", marketing);
    reconciliation.recordBilled("wamid.4",
        new BilledPricing(PricingModel.PMP, PricingCategory.UTILITY, "free_customer_service", null));
    reconciliation.recordEstimate("wamid.5", marketing);
    reconciliation.recordBilled("wamid.6", new BilledPricing(PricingModel.PMP, PricingCategory.UTILITY, null, true));

    BillingReconciliation.Summary summary = reconciliation.summary();
    assertThat(summary.matched()).isEqualTo(2);
    assertThat(summary.mismatchCount()).isEqualTo(2);
    assertThat(summary.awaitingBilling()).isEqualTo(1);
    assertThat(summary.awaitingEstimate()).isEqualTo(1);
    assertThat(summary.mismatches()).extracting(BillingReconciliation.Mismatch::messageId, BillingReconciliation.Mismatch::problem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("wamid.3", "estimated as utility but Meta charged it as marketing"),
            org.assertj.core.groups.Tuple.tuple("wamid.4",
                "estimated USD 0.0118 as marketing but Meta did not charge it (free_customer_service, utility)"));
  }

  @Test
  void billedUsesTypeFirstThenBillable() {
    assertThat(new BilledPricing(PricingModel.PMP, PricingCategory.UTILITY, "regular", false).charged()).isTrue();
    assertThat(new BilledPricing(PricingModel.PMP, PricingCategory.UTILITY, "free_customer_service", true).charged())
        .isFalse();
    assertThat(new BilledPricing(PricingModel.CBP, PricingCategory.UTILITY, null, true).charged()).isTrue();
    assertThat(new BilledPricing(PricingModel.CBP, PricingCategory.UTILITY, null, null).charged()).isFalse();
  }
}
