package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyAndCategoryTest {

  @Test
  void moneyIsExactAndRoundsOnlyWhenFormatted() {
    Money rate = Money.of("0.0118", "USD");
    assertThat(rate.times(3)).isEqualTo(Money.of("0.0354", "USD"));
    assertThat(rate.times(3).amount()).isEqualByComparingTo("0.0354");
    assertThat(Money.of("0.10", "USD")).isEqualTo(Money.of("0.1", "USD")).hasSameHashCodeAs(Money.of("0.1", "USD"));
    assertThat(Money.of("0.1", "USD")).isNotEqualTo(Money.of("0.1", "EUR"));
    assertThat(Money.of("0.0125", "USD").format(2)).isEqualTo("USD 0.01");
    assertThat(Money.of("0.0135", "USD").format(3)).isEqualTo("USD 0.014");
    assertThat(Money.of("2522.5", "USD").toString()).isEqualTo("USD 2522.50");
    assertThat(Money.of("0.000001", "USD").toString()).isEqualTo("USD 0.000001");
    assertThat(rate.convert("EUR", new BigDecimal("0.92"))).isEqualTo(Money.of("0.010856", "EUR"));
    assertThat(Money.zero("USD").isZero()).isTrue();
    assertThat(rate.plus(rate).minus(rate)).isEqualTo(rate);
    assertThat(rate.compareTo(Money.of("0.02", "USD"))).isNegative();
  }

  @Test
  void moneyRejectsBadInput() {
    assertThatThrownBy(() -> Money.of("1", "usd")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("currency: must be a 3-letter ISO 4217 code such as 'USD', was 'usd'");
    assertThatThrownBy(() -> Money.of("1,5", "USD")).hasMessage("amount: not a decimal number: '1,5'");
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .hasMessage("currency mismatch: USD and EUR (convert with an exchange rate you supply first)");
  }

  @Test
  void openCategoriesAndModelsKeepUnknownValues() {
    assertThat(PricingCategory.of("UTILITY")).isEqualTo(PricingCategory.UTILITY);
    PricingCategory unknown = PricingCategory.of("marketing_next");
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isEqualTo("marketing_next");
    assertThat(unknown.isTemplate()).isFalse();
    // The Groups API's categories (Meta's groups pricing page) are known; the estimator prices no group message.
    assertThat(PricingCategory.of("group_marketing")).isSameAs(PricingCategory.GROUP_MARKETING);
    assertThat(PricingCategory.GROUP_UTILITY.isKnown()).isTrue();
    assertThat(PricingCategory.GROUP_SERVICE.isTemplate()).isFalse();
    assertThat(PricingCategory.AUTHENTICATION_INTERNATIONAL.isTemplate()).isTrue();
    assertThat(PricingCategory.SERVICE.isTemplate()).isFalse();
    assertThat(PricingModel.of("pmp")).isEqualTo(PricingModel.PMP);
    assertThat(PricingModel.of("XYZ").isKnown()).isFalse();
    assertThatThrownBy(() -> PricingCategory.of(" ")).hasMessage("pricing category: must not be blank");
  }

  @Test
  void estimatePrintsAsCsv() {
    Estimate estimate = CostEstimator.ofDefaults().estimate(CampaignMix.builder(PricingCategory.AUTHENTICATION)
        .at(java.time.Instant.parse("2026-11-10T00:00:00Z")).country("IN", 3).country("SA", 2).build());
    assertThat(estimate.toCsv()).isEqualTo(
        "month,payee,market,category,free,count,unit_price,subtotal,currency,reason\n"
            + "2026-11,META,India,authentication,false,3,0.0014,0.0042,USD,authentication template: charged per delivered message\n"
            + "2026-11,META,Saudi Arabia,authentication,false,2,0.0107,0.0214,USD,authentication template: charged per delivered message\n");
    assertThat(estimate.toTable()).contains("Total PMP USD: 0.0256 (Meta 0.0256, BSP 0.00)\n"
        + "Rate card: PMP USD card effective 2026-10-01 (ratecard-pmp-2026-10-01.csv)\n");
  }
}
