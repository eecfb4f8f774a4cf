package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.internal.NumberRegions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A campaign estimate does not parse its North American numbers to apply the US marketing pause (a million-recipient
 * campaign spent seven times the grouping's time parsing them): {@link NumberRegions#isIn} decides a plain +1 number
 * from its digits, exactly as libphonenumber's parse and region do ({@code NumberRegionsTest}).
 */
class UsPauseCheckTest {
  private static final Function<String, @Nullable String> NO_PARSE = waId -> {
    throw new AssertionError("parsed " + waId);
  };

  @Test
  void campaignEstimateDoesNotParseNorthAmericanNumbers() {
    List<String> numbers = new ArrayList<>();
    long expectedUs = 0;
    for (int i = 0; i < 2_000; i++) {
      // Area codes 201.. (US), 204/226/416/506... (Canada), 242/246/268 (Caribbean) mixed.
      String waId = String.format("1%03d%03d%04d", 200 + (i * 7) % 800, 200 + (i * 13) % 800, (i * 37) % 10_000);
      numbers.add(i % 3 == 0 ? "+" + waId : waId);
      expectedUs += "US".equals(NumberRegions.parsedRegion(waId)) ? 1 : 0;
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
