package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignMixTest {
  private static final Instant NOV_2026 = Instant.parse("2026-11-10T12:00:00Z");
  private final CostEstimator estimator = CostEstimator.ofDefaults();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void numbersAndCountryMixAreGroupedByMarket() {
    CampaignMix campaign = CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026)
        .recipients(List.of("+919812345678", "+919812345679", "+5511987654321"))
        .recipient(dev.wabasdk.message.Recipient.phoneNumber("+447700900123"))
        .country("DE", 1000)
        .country("IN", 10)
        .build();
    Estimate estimate = estimator.estimate(campaign);
    assertThat(estimate.currency()).isEqualTo("USD");
    assertThat(estimate.items()).extracting(LineItem::market, LineItem::count, LineItem::unitPrice, LineItem::subtotal)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Market.of("Brazil"), 1L, usd("0.0625"), usd("0.0625")),
            org.assertj.core.groups.Tuple.tuple(Market.of("Germany"), 1000L, usd("0.1365"), usd("136.5")),
            org.assertj.core.groups.Tuple.tuple(Market.of("India"), 12L, usd("0.0118"), usd("0.1416")),
            org.assertj.core.groups.Tuple.tuple(Market.of("United Kingdom"), 1L, usd("0.0635"), usd("0.0635")));
    assertThat(estimate.items()).allSatisfy(item -> {
      assertThat(item.month()).isEqualTo(YearMonth.of(2026, 11));
      assertThat(item.payee()).isEqualTo(LineItem.Payee.META);
      assertThat(item.category()).isEqualTo(PricingCategory.MARKETING);
      assertThat(item.free()).isFalse();
    });
    // 0.0625 + 136.5 + 0.1416 + 0.0635
    assertThat(estimate.total()).isEqualTo(usd("136.7676"));
    assertThat(estimate.metaTotalsByMarket()).containsEntry(Market.of("Germany"), usd("136.5"));
    assertThat(estimate.cards()).extracting(RateCard::source).containsExactly("ratecard-pmp-2026-10-01.csv");
  }

  @Test
  void campaignWithoutATimeUsesTheClock() {
    CostEstimator fixed = CostEstimator.builder()
        .clock(Clock.fixed(Instant.parse("2026-02-01T00:00:00Z"), ZoneOffset.UTC)).build();
    Estimate estimate = fixed.estimate(CampaignMix.builder(PricingCategory.UTILITY).country("US", 100).build());
    // North America utility 0.0034 on the January 2026 card.
    assertThat(estimate.total()).isEqualTo(usd("0.34"));
    assertThat(estimate.items().get(0).month()).isEqualTo(YearMonth.of(2026, 2));
  }

  private static CostEstimator withTiers() {
    String csv = "market,currency,marketing,utility,authentication,authentication_international,service\n"
        + "India,USD,0.0118,0.0014,0.0014,0.0304,0.0014\n"
        + "Other,USD,0.0604,0.0077,0.0077,,0.0077\n"
        + "market,category,from,to,rate\n"
        + "India,utility,1,1000,0.0014\n"
        + "India,utility,1001,5000,0.0012\n"
        + "India,utility,5001,,0.0010\n";
    return CostEstimator.builder()
        .rateCards(List.of(RateCard.parse("tiers.csv", csv, PricingModel.PMP, LocalDate.of(2026, 10, 1))))
        .build();
  }

  @Test
  void volumeTierBoundaries() {
    CostEstimator tiered = withTiers();
    Estimate exactly1000 = tiered.estimate(CampaignMix.builder(PricingCategory.UTILITY).at(NOV_2026).country("IN", 1000).build());
    assertThat(exactly1000.items()).singleElement().satisfies(item -> {
      assertThat(item.count()).isEqualTo(1000);
      assertThat(item.unitPrice()).isEqualTo(usd("0.0014"));
      assertThat(item.reason()).isEqualTo("utility template outside the customer service window: charged per "
          + "delivered message; volume tier 1:1000");
    });
    Estimate crossing = tiered.estimate(CampaignMix.builder(PricingCategory.UTILITY).at(NOV_2026).country("IN", 1001).build());
    assertThat(crossing.items()).extracting(LineItem::count, LineItem::unitPrice).containsExactly(
        org.assertj.core.groups.Tuple.tuple(1L, usd("0.0012")),
        org.assertj.core.groups.Tuple.tuple(1000L, usd("0.0014")));
    assertThat(crossing.total()).isEqualTo(usd("1.4012"));
    // 1,000 already sent this month: messages 1,001..5,500 → 4,000 at 0.0012 and 500 at 0.0010.
    Estimate continued = tiered.estimate(CampaignMix.builder(PricingCategory.UTILITY).at(NOV_2026).country("IN", 4500)
        .sentThisMonth(Market.of("India"), 1000).build());
    assertThat(continued.items()).extracting(LineItem::count, LineItem::unitPrice).containsExactly(
        org.assertj.core.groups.Tuple.tuple(500L, usd("0.0010")),
        org.assertj.core.groups.Tuple.tuple(4000L, usd("0.0012")));
    assertThat(continued.total()).isEqualTo(usd("5.3"));
    // Marketing has no tiers; Other has none defined.
    assertThat(tiered.estimate(CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026).country("IN", 6000).build())
        .total()).isEqualTo(usd("70.8"));
  }

  @Test
  void oneMillionRecipientsInFortyMarkets() {
    // Country -> marketing rate typed in by hand from ratecard-pmp-2026-10-01.csv.
    Map<String, String> rates = new LinkedHashMap<>();
    String[] pairs = {"IN", "0.0118", "BR", "0.0625", "DE", "0.1365", "GB", "0.0635", "CA", "0.0250", "QA", "0.0341",
        "MX", "0.0397", "ID", "0.0411", "SA", "0.0576", "HK", "0.0732", "PT", "0.0592", "DO", "0.0740", "FJ", "0.0604",
        "KZ", "0.0604", "TR", "0.0109", "RU", "0.0802", "AR", "0.0618", "CL", "0.0889", "CO", "0.0125", "EG", "0.0644",
        "FR", "0.0859", "IL", "0.0353", "IT", "0.0795", "MY", "0.0860", "NL", "0.1597", "NG", "0.0516", "PK", "0.0473",
        "PE", "0.0703", "ZA", "0.0379", "ES", "0.0707", "AE", "0.0576", "KE", "0.0225", "AU", "0.0842", "RS", "0.0860",
        "JO", "0.0392", "PL", "0.0366", "SG", "0.0732", "BD", "0.0732", "UA", "0.0860", "MA", "0.0414"};
    for (int i = 0; i < pairs.length; i += 2) {
      rates.put(pairs[i], pairs[i + 1]);
    }
    assertThat(rates).hasSize(40);
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<String> numbers = new ArrayList<>(1_000_000);
    BigDecimal expected = BigDecimal.ZERO;
    for (Map.Entry<String, String> e : rates.entrySet()) {
      var example = util.getExampleNumberForType(e.getKey(), PhoneNumberUtil.PhoneNumberType.MOBILE);
      String national = String.valueOf(example.getNationalNumber());
      String stem = example.getCountryCode() + national.substring(0, national.length() - 5);
      for (int n = 0; n < 25_000; n++) {
        String suffix = Integer.toString(100_000 + n).substring(1);
        numbers.add("+" + stem + suffix);
      }
      expected = expected.add(new BigDecimal(e.getValue()).multiply(BigDecimal.valueOf(25_000)));
    }
    Estimate estimate = estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026)
        .recipients(numbers).build());
    assertThat(estimate.items()).hasSize(40);
    assertThat(estimate.items()).allSatisfy(item -> assertThat(item.count()).isEqualTo(25_000));
    assertThat(estimate.chargedCount()).isEqualTo(1_000_000);
    assertThat(estimate.total()).isEqualTo(usd(expected.toPlainString()));
    // Sum of the 40 rates (2.4418) x 25,000, added up separately.
    assertThat(estimate.total()).isEqualTo(usd("61045"));
  }

  @Test
  void badRecipientsAndCategories() {
    assertThatThrownBy(() -> estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026)
        .recipients(List.of("+919812345678", "12ab")).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("recipients[1]: phone number: must be E.164");
    assertThatThrownBy(() -> CampaignMix.builder(PricingCategory.SERVICE).build())
        .hasMessageContaining("a campaign sends templates");
    assertThatThrownBy(() -> CampaignMix.builder(PricingCategory.MARKETING).country("IN", -1))
        .hasMessage("country count: must not be negative, was -1 for IN");
  }
}
