package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BillingReconciliationTest {
  private static final Instant NOV_2026 = Instant.parse("2026-11-10T12:00:00Z");
  private final CostEstimator estimator = CostEstimator.ofDefaults();
  private final MessagePrice utility =
      estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.UTILITY).at(NOV_2026));
  private final BilledPricing charged = new BilledPricing(PricingModel.PMP, PricingCategory.UTILITY, "regular", true);

  @Test
  void comparesEstimatesWithStatusWebhookPricing() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    MessagePrice marketing = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .at(NOV_2026));
    MessagePrice fep = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .insideCustomerServiceWindow().insideFreeEntryPointWindow().at(NOV_2026));

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
  void metasSecondPricingOfAMessageIsNotABillAwaitingAnEstimate() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    BilledPricing free = new BilledPricing(PricingModel.PMP, PricingCategory.UTILITY, "free_customer_service", false);

    // Pricing on `sent`, then again on `delivered` (or `read`), as Meta sends it.
    reconciliation.recordEstimate("wamid.1", utility);
    reconciliation.recordBilled("wamid.1", charged);
    reconciliation.recordBilled("wamid.1", charged);
    // The `sent` webhook before the send's estimate was recorded, then `read`.
    reconciliation.recordBilled("wamid.2", charged);
    reconciliation.recordEstimate("wamid.2", utility);
    reconciliation.recordBilled("wamid.2", charged);
    // A mismatch is counted once, and a repeated estimate after the comparison changes nothing.
    reconciliation.recordEstimate("wamid.3", utility);
    reconciliation.recordBilled("wamid.3", free);
    reconciliation.recordBilled("wamid.3", free);
    reconciliation.recordEstimate("wamid.3", utility);

    assertCounts(reconciliation, 2, 0, 0);
    assertThat(reconciliation.summary().mismatchCount()).isEqualTo(1);
    assertThat(reconciliation.summary().mismatches()).hasSize(1);
  }

  @Test
  void aMillionMessagesWithTwoPricingsEachAndFailuresKeepTheMemoryBounded() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    int messages = 1_000_000;
    for (int i = 1; i <= messages; i++) {
      String id = "wamid." + i;
      reconciliation.recordEstimate(id, utility);
      if (i % 5 == 0) {
        if (i % 20 == 5) {
          reconciliation.recordFailed(id); // a quarter of the failed status webhooks are recorded
        }
        continue; // failed (one in five, the last one too): Meta never prices it
      }
      reconciliation.recordBilled(id, charged);
      reconciliation.recordBilled(id, charged);
    }

    // 200,000 estimates never got a bill; 50,000 are known to have failed; of the 150,000 others, only the newest
    // 100,000 are kept.
    assertCounts(reconciliation, 800_000, BillingReconciliation.DEFAULT_MAX_PENDING, 0);
  }

  @Test
  void aFailedMessageNoLongerAwaitsItsBillButIsComparedIfPricedAfterAll() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    reconciliation.recordEstimate("wamid.1", utility);
    reconciliation.recordFailed("wamid.1");
    // The failure before the send's estimate was recorded.
    reconciliation.recordFailed("wamid.2");
    reconciliation.recordEstimate("wamid.2", utility);
    assertCounts(reconciliation, 0, 0, 0);

    // A user with several devices got wamid.2 after all: Meta prices it, and it is compared with its estimate.
    reconciliation.recordBilled("wamid.2", charged);
    // The pricing of wamid.3 came first, then its failure, then its estimate.
    reconciliation.recordBilled("wamid.3", charged);
    reconciliation.recordFailed("wamid.3");
    reconciliation.recordEstimate("wamid.3", utility);
    // A compared message stays compared.
    reconciliation.recordFailed("wamid.3");
    reconciliation.recordBilled("wamid.3", charged);

    assertCounts(reconciliation, 2, 0, 0);
    assertThat(reconciliation.summary().mismatchCount()).isZero();
  }

  @Test
  void beyondMaxPendingTheOldestIsForgotten() {
    BillingReconciliation reconciliation = new BillingReconciliation(2);
    reconciliation.recordEstimate("wamid.1", utility);
    reconciliation.recordEstimate("wamid.2", utility);
    reconciliation.recordEstimate("wamid.3", utility);

    // wamid.1's estimate was forgotten: its bill now waits for an estimate.
    reconciliation.recordBilled("wamid.1", charged);
    reconciliation.recordBilled("wamid.3", charged);

    assertCounts(reconciliation, 1, 1, 1);
    assertThatThrownBy(() -> new BillingReconciliation(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("maxPending: must be at least 1, was 0");
  }

  private static void assertCounts(BillingReconciliation reconciliation, long matched, int awaitingBilling,
      int awaitingEstimate) {
    BillingReconciliation.Summary summary = reconciliation.summary();
    assertThat(summary.matched()).as("matched").isEqualTo(matched);
    assertThat(summary.awaitingBilling()).as("awaitingBilling").isEqualTo(awaitingBilling);
    assertThat(summary.awaitingEstimate()).as("awaitingEstimate").isEqualTo(awaitingEstimate);
  }

  /**
   * Meta's groups pricing page: a template to a group is billed {@code group_marketing} or {@code group_utility}
   * (charged at the marketing or utility rate), a free group message {@code free_group_customer_service}.
   */
  @Test
  void aGroupMessagesCategoryIsChargedAtTheOneToOneCategorysRate() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    MessagePrice marketing = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .at(NOV_2026));

    reconciliation.recordEstimate("wamid.G1", marketing);
    reconciliation.recordBilled("wamid.G1",
        new BilledPricing(PricingModel.PMP, PricingCategory.of("group_marketing"), "regular", true));
    reconciliation.recordEstimate("wamid.G2", utility);
    reconciliation.recordBilled("wamid.G2",
        new BilledPricing(PricingModel.PMP, PricingCategory.GROUP_MARKETING, "regular", true));
    reconciliation.recordEstimate("wamid.G3", utility);
    reconciliation.recordBilled("wamid.G3",
        new BilledPricing(PricingModel.PMP, PricingCategory.GROUP_UTILITY, "free_group_customer_service", false));

    assertThat(reconciliation.summary().matched()).isEqualTo(1);
    assertThat(reconciliation.summary().mismatches()).extracting(BillingReconciliation.Mismatch::problem)
        .containsExactly("estimated as utility but Meta charged it as group_marketing",
            "estimated USD 0.0014 as utility but Meta did not charge it (free_group_customer_service, group_utility)");
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
