package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link CostEstimator#replay(List)} walks the events once for both models: each estimate is the one the model's
 * own replay ({@link CostEstimator#replay(List, PricingModel)}) gives, whatever the dates, windows and referrals.
 */
class OneWalkReplayTest {
  private static final List<String> USERS = List.of("919812345678", "4915112345678", "5511987654321",
      "14165550123", "16505550123", "447700900123", "85291234567", "2348031234567");
  private static final List<PricingCategory> SENT = List.of(PricingCategory.MARKETING, PricingCategory.UTILITY,
      PricingCategory.AUTHENTICATION, PricingCategory.AUTHENTICATION_INTERNATIONAL, PricingCategory.SERVICE,
      PricingCategory.MARKETING_LITE);

  @Test
  void eachModelAsItsOwnReplayOverYearsOfRandomHistories() {
    CostEstimator estimator = CostEstimator.builder().zone(ZoneId.of("Asia/Kolkata")).build();
    SplittableRandom random = new SplittableRandom(2026);
    // Spans: CBP's first version, CBP with categories, the change to PMP, the service charges of 2026-10.
    for (String from : List.of("2023-05-20T00:00:00Z", "2024-10-20T00:00:00Z", "2025-06-20T00:00:00Z",
        "2026-09-20T00:00:00Z")) {
      for (int round = 0; round < 5; round++) {
        List<HistoryEvent> events = history(random, Instant.parse(from), 3_000);
        HistoryReport both = estimator.replay(events);
        assertThat(both.perMessage()).as(from).isEqualTo(estimator.replay(events, PricingModel.PMP));
        assertThat(both.conversationBased()).as(from).isEqualTo(estimator.replay(events, PricingModel.CBP));
      }
    }
  }

  @Test
  void aFailureIsTheOneTheModelsReplayedInTurnGive() {
    // No CBP card: the CBP replay fails at its first message, after PMP has priced them all.
    RateCard pmpOnly = RateCard.parse("pmp-only.csv", """
        market,currency,marketing,utility,authentication,authentication_international,service
        India,USD,0.0107,0.0014,0.0014,,
        Germany,USD,0.1365,,0.0768,,
        """, PricingModel.PMP, java.time.LocalDate.of(2025, 7, 1));
    CostEstimator estimator = CostEstimator.builder().rateCards(List.of(pmpOnly)).build();
    List<HistoryEvent> india = List.of(
        HistoryEvent.outbound("919812345678", Instant.parse("2025-08-01T10:00:00Z"), PricingCategory.MARKETING));
    String cbpFailure = messageOf(() -> estimator.replay(india, PricingModel.CBP));
    assertThatThrownBy(() -> estimator.replay(india)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(cbpFailure);
    // Both fail (Germany has no utility rate, and still no CBP card): PMP's failure, as PMP was replayed first.
    List<HistoryEvent> germany = new ArrayList<>(india);
    germany.add(HistoryEvent.outbound("4915112345678", Instant.parse("2025-08-02T10:00:00Z"),
        PricingCategory.UTILITY));
    String pmpFailure = messageOf(() -> estimator.replay(germany, PricingModel.PMP));
    assertThat(pmpFailure).isNotEqualTo(cbpFailure);
    assertThatThrownBy(() -> estimator.replay(germany)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage(pmpFailure);
  }

  private static String messageOf(Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    throw new AssertionError("no failure");
  }

  private static List<HistoryEvent> history(SplittableRandom random, Instant from, int size) {
    List<HistoryEvent> events = new ArrayList<>(size);
    long span = 75L * 24 * 3600;
    for (int i = 0; i < size; i++) {
      String user = USERS.get(random.nextInt(USERS.size()));
      Instant at = from.plusSeconds(random.nextLong(span)).plusNanos(random.nextInt(3) * 1000L);
      int kind = random.nextInt(10);
      events.add(kind < 3 ? HistoryEvent.inbound(user, at)
          : kind == 3 ? HistoryEvent.referral(user, at)
              : HistoryEvent.outbound(user, at, SENT.get(random.nextInt(SENT.size()))));
    }
    return events;
  }
}
