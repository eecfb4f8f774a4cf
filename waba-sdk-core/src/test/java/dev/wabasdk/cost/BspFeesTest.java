package dev.wabasdk.cost;

import static dev.wabasdk.cost.HistoryEvent.outbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BspFeesTest {
  private static final Instant NOV_2026 = Instant.parse("2026-11-10T12:00:00Z");
  private static final Instant DEC_2026 = Instant.parse("2026-12-03T12:00:00Z");

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void everyKindOfFeeOnACampaign() {
    BspFees fees = BspFees.builder("USD")
        .perMessage("0.0010")
        .markupPercent("20")
        .monthlyPlatformFee("49.00")
        .monthlyPerPhoneNumber("10.00").phoneNumbers(3).includedPhoneNumbers(1)
        .setupFee("99")
        .build();
    CostEstimator estimator = CostEstimator.builder().bspFees(fees).build();
    Estimate estimate = estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026)
        .country("IN", 10_000).build());
    // Meta: 10,000 x 0.0118 = 118.
    assertThat(estimate.metaTotal()).isEqualTo(usd("118"));
    assertThat(estimate.items()).filteredOn(i -> i.payee() == LineItem.Payee.BSP)
        .extracting(LineItem::reason, LineItem::count, LineItem::subtotal)
        .containsExactly(
            tuple("BSP fee per message sent", 10_000L, usd("10")),
            tuple("BSP markup of 20 % on Meta's charges", 1L, usd("23.6")),
            tuple("BSP monthly platform fee", 1L, usd("49")),
            tuple("BSP monthly fee per phone number (3 numbers, 1 included)", 2L, usd("20")),
            tuple("BSP one-off setup fee", 1L, usd("99")));
    // 10 + 23.6 + 20 + 49 + 99
    assertThat(estimate.bspTotal()).isEqualTo(usd("201.6"));
    assertThat(estimate.total()).isEqualTo(usd("319.6"));
  }

  @Test
  void monthlyFeesEachMonthAndTheSetupFeeOnce() {
    BspFees fees = BspFees.builder("USD").monthlyPlatformFee("49").setupFee("99").perConversation("0.002")
        .perMessage("0.001").build();
    CostEstimator estimator = CostEstimator.builder().bspFees(fees).build();
    HistoryReport report = estimator.replay(List.of(
        outbound("+919812345678", NOV_2026, PricingCategory.MARKETING),
        outbound("+919812345678", NOV_2026.plusSeconds(60), PricingCategory.MARKETING),
        outbound("+919812345678", DEC_2026, PricingCategory.MARKETING)));
    Estimate pmp = report.perMessage();
    // November: Meta 2 x 0.0118, BSP 2 x 0.001 + 49 + 99; December: Meta 0.0118, BSP 0.001 + 49.
    assertThat(pmp.totalsByMonth()).containsExactly(
        Map.entry(YearMonth.of(2026, 11), usd("148.0256")),
        Map.entry(YearMonth.of(2026, 12), usd("49.0128")));
    assertThat(pmp.notes()).contains("the BSP's per-conversation fee applies only under conversation-based pricing");
    // CBP: 1 marketing conversation in November (2 messages), 1 in December; per-conversation fee applies.
    Estimate cbp = report.conversationBased();
    assertThat(cbp.items()).filteredOn(i -> i.reason().equals("BSP fee per conversation"))
        .extracting(LineItem::month, LineItem::count)
        .containsExactly(tuple(YearMonth.of(2026, 11), 1L), tuple(YearMonth.of(2026, 12), 1L));
    // India marketing conversation on the CBP card: 0.0107.
    assertThat(cbp.totalsByMonth()).containsExactly(
        Map.entry(YearMonth.of(2026, 11), usd("148.0147")),
        Map.entry(YearMonth.of(2026, 12), usd("49.0137")));
  }

  @Test
  void feesInAnotherCurrencyNeedAnExchangeRate() {
    BspFees eurFees = BspFees.builder("EUR").monthlyPlatformFee("50").build();
    CampaignMix campaign = CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026).country("IN", 100).build();
    assertThatThrownBy(() -> CostEstimator.builder().bspFees(eurFees).build().estimate(campaign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no exchange rate from EUR to USD; add .currency(\"USD\").exchangeRate(\"EUR\", rate) to the builder");
    Estimate inEur = CostEstimator.builder().bspFees(eurFees).currency("EUR").exchangeRate("USD", "0.9").build()
        .estimate(campaign);
    // 100 x 0.0118 USD x 0.9 = 1.062 EUR, plus 50 EUR.
    assertThat(inEur.currency()).isEqualTo("EUR");
    assertThat(inEur.metaTotal()).isEqualTo(Money.of("1.062", "EUR"));
    assertThat(inEur.total()).isEqualTo(Money.of("51.062", "EUR"));
  }

  @Test
  void badFees() {
    assertThatThrownBy(() -> BspFees.builder("USD").perMessage("-1"))
        .hasMessage("perMessage: must not be negative, was -1");
    assertThatThrownBy(() -> BspFees.builder("USD").monthlyPlatformFee("ten"))
        .hasMessage("monthlyPlatformFee: not a decimal number: 'ten'");
    assertThatThrownBy(() -> BspFees.builder("dollars"))
        .hasMessage("currency: must be a 3-letter ISO 4217 code such as 'USD', was 'dollars'");
    assertThatThrownBy(() -> BspFees.builder("USD").phoneNumbers(-2))
        .hasMessage("phoneNumbers: must not be negative, was -2");
  }
}
