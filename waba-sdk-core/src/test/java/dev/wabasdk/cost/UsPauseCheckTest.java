package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The US marketing pause decides a plain +1 number from its digits (US metadata alone), exactly as libphonenumber's
 * parse and region do, and a campaign estimate does not parse its numbers (a million-recipient campaign spent seven
 * times the grouping's time parsing its North American numbers).
 */
class UsPauseCheckTest {
  private static final Function<String, @Nullable String> NO_PARSE = waId -> {
    throw new AssertionError("parsed " + waId);
  };

  @Test
  void everyAreaCodeAnswersAsLibphonenumbersRegionDoes() {
    int us = 0;
    int checked = 0;
    int[] exchanges = {0, 100, 199, 200, 211, 234, 311, 456, 555, 611, 700, 811, 911, 958, 976, 999};
    int[] lines = {0, 1234, 5678, 9999};
    for (int npa = 200; npa <= 999; npa++) {
      for (int nxx : exchanges) {
        for (int line : lines) {
          String waId = String.format("1%03d%03d%04d", npa, nxx, line);
          boolean expected = "US".equals(PricingRules.regionOf(waId));
          assertThat(PricingRules.isPlainNanp(waId)).isTrue();
          assertThat(PricingRules.inRegion(waId, "US", NO_PARSE)).as(waId).isEqualTo(expected);
          us += expected ? 1 : 0;
          checked++;
        }
      }
    }
    // Both answers occur: US numbers, and +1 numbers of Canada, the Caribbean and invalid ones.
    assertThat(us).isBetween(checked / 4, checked - checked / 10);
  }

  @Test
  void otherShapesAskTheRegionsFunction() {
    for (String waId : List.of("1212555012", "121255501234", "10125550123", "11125550123", "4915123456789",
        "1212555012a")) {
      AtomicInteger asked = new AtomicInteger();
      boolean answer = PricingRules.inRegion(waId, "US", w -> {
        asked.incrementAndGet();
        return PricingRules.regionOf(w);
      });
      assertThat(asked).as(waId).hasValue(1);
      assertThat(answer).as(waId).isEqualTo("US".equals(PricingRules.regionOf(waId)));
    }
    assertThat(PricingRules.isPlainNanp("12125550123")).isTrue();
    assertThat(PricingRules.inRegion("12125550123", "CA", w -> "CA")).isTrue(); // only US is decided from digits
  }

  @Test
  void campaignEstimateDoesNotParseNorthAmericanNumbers() {
    List<String> numbers = new ArrayList<>();
    long expectedUs = 0;
    for (int i = 0; i < 2_000; i++) {
      // Area codes 201.. (US), 204/226/416/506... (Canada), 242/246/268 (Caribbean) mixed.
      String waId = String.format("1%03d%03d%04d", 200 + (i * 7) % 800, 200 + (i * 13) % 800, (i * 37) % 10_000);
      numbers.add(i % 3 == 0 ? "+" + waId : waId);
      expectedUs += "US".equals(PricingRules.regionOf(waId)) ? 1 : 0;
    }
    CampaignMix mix = CampaignMix.builder(PricingCategory.MARKETING)
        .at(Instant.parse("2026-11-02T10:00:00Z"))
        .recipients(numbers)
        .build();
    PricingContext context = new PricingContext(CostEstimator.builder());

    Estimate estimate = CampaignPricing.estimate(context, mix, NO_PARSE);

    long notDelivered = estimate.items().stream()
        .filter(item -> item.reason().startsWith("marketing template to a US number"))
        .mapToLong(LineItem::count).sum();
    assertThat(notDelivered).isEqualTo(expectedUs).isPositive();
    assertThat(estimate.chargedCount()).isEqualTo(numbers.size() - expectedUs);
  }
}
