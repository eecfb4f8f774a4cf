package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceOfTest {
  private static final Instant NOV_2026 = Instant.parse("2026-11-10T12:00:00Z");
  private static final Instant AUG_2026 = Instant.parse("2026-08-10T12:00:00Z");
  private final CostEstimator estimator = CostEstimator.ofDefaults();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private MessagePrice marketing(String number, Instant at) {
    return estimator.priceOf(PriceQuery.of(number, PricingCategory.MARKETING).at(at));
  }

  private MessagePrice utility(String number, Instant at) {
    return estimator.priceOf(PriceQuery.of(number, PricingCategory.UTILITY).at(at));
  }

  /** Expected values typed in by hand from ratecard-pmp-2026-10-01.csv. */
  @Test
  void unitPricesInTwelveMarkets() {
    String[][] cases = {
        {"+919812345678", "India", "0.0118", "0.0014"},
        {"+5511987654321", "Brazil", "0.0625", "0.0068"},
        {"+4915123456789", "Germany", "0.1365", "0.0550"},
        {"+447700900123", "United Kingdom", "0.0635", "0.0220"},
        {"+15062345678", "North America", "0.0250", "0.0034"},
        {"+525512345678", "Mexico", "0.0397", "0.0085"},
        {"+6281234567890", "Indonesia", "0.0411", "0.0250"},
        {"+966501234567", "Saudi Arabia", "0.0576", "0.0107"},
        {"+85251234567", "Hong Kong", "0.0732", "0.0260"},
        {"+351912345678", "Rest of Western Europe", "0.0592", "0.0171"},
        {"+18095551234", "Rest of Latin America", "0.0740", "0.0113"},
        {"+6797012345", "Other", "0.0604", "0.0077"},
        {"+77710009998", "Kazakhstan", "0.0604", "0.0180"},
        {"+905012345678", "Turkey", "0.0109", "0.0009"},
    };
    for (String[] c : cases) {
      MessagePrice m = marketing(c[0], NOV_2026);
      assertThat(m.market()).as(c[0]).isEqualTo(Market.of(c[1]));
      assertThat(m.price()).as(c[0]).isEqualTo(usd(c[2]));
      assertThat(m.free()).isFalse();
      assertThat(m.reason()).isEqualTo("marketing template: charged per delivered message");
      assertThat(utility(c[0], NOV_2026).price()).as(c[0]).isEqualTo(usd(c[3]));
      assertThat(estimator.priceOf(PriceQuery.of(c[0], PricingCategory.AUTHENTICATION).at(NOV_2026)).price())
          .as(c[0]).isEqualTo(usd(c[3]));
    }
  }

  @Test
  void theCardInForceFollowsTheDateInTheWabaTimeZone() {
    // India marketing: 0.0107 until 2025-12-31, 0.0118 from 2026-01-01 (Meta's change list).
    assertThat(marketing("+919812345678", Instant.parse("2025-12-31T22:59:59Z")).price()).isEqualTo(usd("0.0107"));
    assertThat(marketing("+919812345678", Instant.parse("2026-01-01T00:00:00Z")).price()).isEqualTo(usd("0.0118"));
    CostEstimator berlin = CostEstimator.builder().zone(ZoneId.of("Europe/Berlin")).build();
    // 23:30 UTC on 31 December is already 1 January in Berlin.
    MessagePrice early = berlin.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .at(Instant.parse("2025-12-31T23:30:00Z")));
    assertThat(early.price()).isEqualTo(usd("0.0118"));
    assertThat(early.card().effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
    // UK marketing 0.0529 on the April 2026 card, 0.0635 from July 2026 (Meta's change list for 2026-07-01).
    assertThat(marketing("+447700900123", Instant.parse("2026-06-30T23:59:59Z")).price()).isEqualTo(usd("0.0529"));
    assertThat(marketing("+447700900123", Instant.parse("2026-07-01T00:00:00Z")).price()).isEqualTo(usd("0.0635"));
    assertThat(marketing("+447700900123", Instant.parse("2026-10-01T00:00:00Z")).price()).isEqualTo(usd("0.0635"));
    assertThat(estimator.cardFor(PricingModel.PMP, LocalDate.of(2026, 3, 31)).source())
        .isEqualTo("ratecard-pmp-2026-01-01.csv");
  }

  @Test
  void aMarketNewerThanTheCardIsPricedAsItsOldRegion() {
    // Without the 2026-07-01 card, in August 2026 the April card applies, which predates Hong Kong's split.
    List<RateCard> withoutJuly = RateCard.shipped().stream()
        .filter(c -> !c.effectiveFrom().equals(LocalDate.of(2026, 7, 1))).toList();
    CostEstimator noJulyCard = CostEstimator.builder().rateCards(withoutJuly).build();
    MessagePrice hk = noJulyCard.priceOf(PriceQuery.of("+85251234567", PricingCategory.MARKETING).at(AUG_2026));
    assertThat(hk.market()).isEqualTo(Market.of("Rest of Asia Pacific"));
    assertThat(hk.price()).isEqualTo(usd("0.0732"));
    assertThat(hk.reason()).endsWith("; PMP USD card effective 2026-04-01 (ratecard-pmp-2026-04-01.csv) has no row "
        + "for Hong Kong; priced as Rest of Asia Pacific");
  }

  @Test
  void beforeTheFirstCardTheEarliestIsUsedAndSaidSo() {
    MessagePrice p = marketing("+919812345678", Instant.parse("2025-08-01T00:00:00Z"));
    assertThat(p.price()).isEqualTo(usd("0.0107"));
    assertThat(p.reason()).contains("no PMP card in force on 2025-08-01; priced with the earliest");
  }

  @Test
  void utilityInsideTheWindowIsFreeUntilSeptember2026ThenCharged() {
    MessagePrice before = estimator.priceOf(PriceQuery.of("+5511987654321", PricingCategory.UTILITY)
        .insideCustomerServiceWindow().at(AUG_2026));
    assertThat(before.free()).isTrue();
    assertThat(before.price()).isEqualTo(usd("0"));
    assertThat(before.reason()).isEqualTo(
        "utility template inside an open customer service window: free under per-message pricing until 2026-09-30");
    MessagePrice after = estimator.priceOf(PriceQuery.of("+5511987654321", PricingCategory.UTILITY)
        .insideCustomerServiceWindow().at(NOV_2026));
    assertThat(after.free()).isFalse();
    assertThat(after.price()).isEqualTo(usd("0.0068"));
    assertThat(after.reason()).isEqualTo("utility template inside the customer service window: charged from 2026-10-01");
    assertThat(utility("+5511987654321", AUG_2026).reason())
        .isEqualTo("utility template outside the customer service window: charged per delivered message");
    // Marketing is charged inside the window too.
    assertThat(estimator.priceOf(PriceQuery.of("+5511987654321", PricingCategory.MARKETING)
        .insideCustomerServiceWindow().at(AUG_2026)).price())
        .isEqualTo(usd("0.0625"));
  }

  @Test
  void serviceMessages() {
    MessagePrice before = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.SERVICE)
        .insideCustomerServiceWindow().at(AUG_2026));
    assertThat(before.free()).isTrue();
    assertThat(before.reason()).isEqualTo("service message inside the customer service window: free until 2026-09-30");
    MessagePrice after = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.SERVICE)
        .insideCustomerServiceWindow().at(NOV_2026));
    assertThat(after.free()).isFalse();
    assertThat(after.price()).isEqualTo(usd("0.0014"));
    assertThat(after.reason()).isEqualTo("service message: charged from 2026-10-01 once the phone number's 1,000 free "
        + "service messages of the month are used");
    MessagePrice closed = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.SERVICE).at(NOV_2026));
    assertThat(closed.free()).isTrue();
    assertThat(closed.reason()).contains("needs an open customer service window");
  }

  @Test
  void everythingIsFreeInsideAFreeEntryPointWindow() {
    for (PricingCategory category : new PricingCategory[] {PricingCategory.MARKETING, PricingCategory.UTILITY,
        PricingCategory.AUTHENTICATION, PricingCategory.SERVICE}) {
      MessagePrice p = estimator.priceOf(PriceQuery.of("+4915123456789", category).insideCustomerServiceWindow()
          .insideFreeEntryPointWindow().at(NOV_2026));
      assertThat(p.free()).as(category.value()).isTrue();
      assertThat(p.price().isZero()).isTrue();
      assertThat(p.reason()).isEqualTo("inside a free entry point window: every message is free");
    }
  }

  @Test
  void authenticationInternational() {
    MessagePrice india = estimator.priceOf(
        PriceQuery.of("+919812345678", PricingCategory.AUTHENTICATION_INTERNATIONAL).at(NOV_2026));
    assertThat(india.price()).isEqualTo(usd("0.0304"));
    assertThat(india.category()).isEqualTo(PricingCategory.AUTHENTICATION_INTERNATIONAL);
    MessagePrice brazil = estimator.priceOf(
        PriceQuery.of("+5511987654321", PricingCategory.AUTHENTICATION_INTERNATIONAL).at(NOV_2026));
    assertThat(brazil.price()).isEqualTo(usd("0.0068"));
    assertThat(brazil.category()).isEqualTo(PricingCategory.AUTHENTICATION);
    assertThat(brazil.reason()).contains("no authentication-international rate for Brazil");
  }

  @Test
  void recipientTypeAndBspFeeAndConversion() {
    CostEstimator eur = CostEstimator.builder()
        .currency("EUR").exchangeRate("USD", "0.92")
        .bspFees(BspFees.builder("EUR").perMessage("0.0010").build())
        .build();
    MessagePrice p = eur.priceOf(PriceQuery.of(Recipient.phoneNumber("+919812345678"), PricingCategory.MARKETING)
        .at(NOV_2026));
    // 0.0118 USD x 0.92 = 0.010856 EUR, exactly.
    assertThat(p.price()).isEqualTo(Money.of("0.010856", "EUR"));
    assertThat(p.bspFee()).isEqualTo(Money.of("0.0010", "EUR"));
    assertThat(p.total()).isEqualTo(Money.of("0.011856", "EUR"));
    assertThat(p.price().format(4)).isEqualTo("EUR 0.0109");
    CostEstimator noRate = CostEstimator.builder().currency("EUR").build();
    assertThatThrownBy(() -> noRate.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING).at(NOV_2026)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no exchange rate from USD to EUR");
  }

  @Test
  void pinnedCardOverridesTheDate() {
    RateCard jan = estimator.cardFor(PricingModel.PMP, LocalDate.of(2026, 1, 15));
    CostEstimator pinned = estimator.newBuilder().pinRateCard(jan).build();
    assertThat(pinned.priceOf(PriceQuery.of("+447700900123", PricingCategory.MARKETING).at(NOV_2026)).price())
        .isEqualTo(usd("0.0529"));
  }

  @Test
  void categoriesWithoutAPrice() {
    assertThatThrownBy(() -> estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.REFERRAL_CONVERSION)
        .at(NOV_2026))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category: 'referral_conversion' has no price on a rate card; use marketing, utility, "
            + "authentication, authentication_international or service");
    assertThat(estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.of("MARKETING_LITE")).at(NOV_2026))
        .price())
        .isEqualTo(usd("0.0118"));
  }

  @Test
  void aQueryWithoutATimeIsPricedAtTheEstimatorsClock() {
    CostEstimator june = CostEstimator.builder().clock(Clock.fixed(Instant.parse("2026-06-10T12:00:00Z"),
        ZoneOffset.UTC)).build();
    PriceQuery uk = PriceQuery.of("+447700900123", PricingCategory.MARKETING);
    assertThat(uk.at()).isNull();
    // UK marketing: 0.0529 on the April 2026 card (in force in June), 0.0635 from July 2026.
    assertThat(june.priceOf(uk).price()).isEqualTo(usd("0.0529"));
    assertThat(june.priceOf(uk.at(NOV_2026)).price()).isEqualTo(usd("0.0635"));
  }

  @Test
  void queriesAreImmutableAndWindowsStartClosed() {
    PriceQuery base = PriceQuery.of(Recipient.phoneNumber("+55 11 98765-4321"), PricingCategory.UTILITY).at(AUG_2026);
    PriceQuery inside = base.insideCustomerServiceWindow();
    assertThat(base.customerServiceWindowOpen()).isFalse();
    assertThat(base.freeEntryPointWindowOpen()).isFalse();
    assertThat(inside.customerServiceWindowOpen()).isTrue();
    assertThat(inside.waId()).isEqualTo("5511987654321");
    assertThat(inside.insideCustomerServiceWindow(false)).isEqualTo(base).hasSameHashCodeAs(base);
    assertThat(PriceQuery.of("+5511987654321", PricingCategory.UTILITY).at(AUG_2026)).isEqualTo(base);
    assertThat(estimator.priceOf(base).free()).isFalse();
    assertThat(estimator.priceOf(inside).free()).isTrue();
    assertThat(base.insideFreeEntryPointWindow().toString())
        .isEqualTo("PriceQuery{+5511987654321 utility, inside a free entry point window, at 2026-08-10T12:00:00Z}");
  }

  @Test
  void aMalformedNumberIsRejectedWhenTheQueryIsBuilt() {
    assertThatThrownBy(() -> PriceQuery.of("+91 98x", PricingCategory.MARKETING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone number: must be E.164 (digits with an optional leading '+'), was '+91 98x'");
    assertThatThrownBy(() -> PriceQuery.of("+12", PricingCategory.MARKETING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("phone number: an E.164 number has 4 to 15 digits, was '+12'");
  }

  @Test
  void sharedAcrossThreads() throws Exception {
    String[] numbers = {"+919812345678", "+15062345678", "+18095551234", "+77710009998", "+447797712345"};
    String[] expected = {"0.0118", "0.0250", "0.0740", "0.0604", "0.0635"};
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int task = 0; task < 8; task++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 500; i++) {
            int k = i % numbers.length;
            if (!marketing(numbers[k], NOV_2026).price().equals(usd(expected[k]))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
