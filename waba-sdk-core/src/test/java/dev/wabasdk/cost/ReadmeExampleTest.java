package dev.wabasdk.cost;

import static dev.wabasdk.cost.HistoryEvent.inbound;
import static dev.wabasdk.cost.HistoryEvent.outbound;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of the "Cost estimator" section of waba-sdk-core/README.md; keep both in step. */
class ReadmeExampleTest {

  private static String readme() throws Exception {
    return Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
  }

  @Test
  void campaignWithBspFees() throws Exception {
    // --- README: campaign ---
    CostEstimator estimator = CostEstimator.builder()
        .zone(ZoneId.of("Europe/Berlin"))               // the WABA's time zone
        .bspFees(BspFees.builder("USD")
            .monthlyPlatformFee("49.00")
            .monthlyPerPhoneNumber("10.00").phoneNumbers(2).includedPhoneNumbers(1)
            .perMessage("0.0010")
            .build())
        .build();

    CampaignMix campaign = CampaignMix.builder(PricingCategory.MARKETING)
        .at(Instant.parse("2026-11-16T09:00:00Z"))
        .country("IN", 50_000)
        .country("BR", 20_000)
        .country("DE", 5_000)
        .build();
    Estimate estimate = estimator.estimate(campaign);
    String table = estimate.toTable();
    // --- end ---

    // By hand from ratecard-pmp-2026-10-01.csv: 50,000 x 0.0118 = 590; 20,000 x 0.0625 = 1,250;
    // 5,000 x 0.1365 = 682.50. BSP: 75,000 x 0.0010 = 75 + 49 + 1 x 10 = 134.
    assertThat(estimate.metaTotal()).isEqualTo(Money.of("2522.50", "USD"));
    assertThat(estimate.bspTotal()).isEqualTo(Money.of("134", "USD"));
    assertThat(estimate.total()).isEqualTo(Money.of("2656.50", "USD"));
    assertThat(readme()).contains(table);
  }

  @Test
  void oneMessageAndAHistory() throws Exception {
    CostEstimator estimator = CostEstimator.builder().zone(ZoneId.of("Europe/Berlin")).build();
    // --- README: one message ---
    MessagePrice price = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.UTILITY)
        .insideCustomerServiceWindow()
        .at(Instant.parse("2026-11-16T09:00:00Z")));
    // --- end ---
    assertThat(price.price()).isEqualTo(Money.of("0.0014", "USD"));
    assertThat(readme()).contains("// " + price.price() + ", " + price.reason());
    assertThat(readme()).contains("""
        MessagePrice price = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.UTILITY)
            .insideCustomerServiceWindow()
            .at(Instant.parse("2026-11-16T09:00:00Z")));
        """);

    // --- README: history ---
    Instant t = Instant.parse("2026-11-16T09:00:00Z");
    HistoryReport report = estimator.replay(List.of(
        inbound("+5511987654321", t),
        outbound("+5511987654321", t.plus(Duration.ofMinutes(5)), PricingCategory.SERVICE),
        outbound("+5511987654321", t.plus(Duration.ofHours(2)), PricingCategory.UTILITY),
        outbound("+5511987654321", t.plus(Duration.ofHours(12)), PricingCategory.UTILITY)));
    // --- end ---
    // PMP: service free (1,000 a month), two utility templates 2 x 0.0068 = 0.0136.
    // CBP (last card 2024-10-01): service conversation free, one utility conversation 0.0080.
    assertThat(report.perMessage().total()).isEqualTo(Money.of("0.0136", "USD"));
    assertThat(report.conversationBased().total()).isEqualTo(Money.of("0.0080", "USD"));
    assertThat(readme()).contains(report.toTable());
  }

  @Test
  void theReadmeCardWithTiersParses() throws Exception {
    String readme = readme();
    int start = readme.indexOf("```\nmarket,currency,") + 4;
    String csv = readme.substring(start, readme.indexOf("```", start));
    RateCard card = RateCard.parse("README.md", csv, PricingModel.PMP, java.time.LocalDate.of(2027, 1, 1));
    assertThat(card.volumeTiers(Market.of("India"), PricingCategory.UTILITY)).extracting(VolumeTier::label)
        .containsExactly("1:25000000", "25000001:");
  }
}
