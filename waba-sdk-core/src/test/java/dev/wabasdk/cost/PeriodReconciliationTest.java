package dev.wabasdk.cost;

import static dev.wabasdk.cost.HistoryEvent.inbound;
import static dev.wabasdk.cost.HistoryEvent.outbound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.analytics.Granularity;
import dev.wabasdk.analytics.PricingAnalytics;
import dev.wabasdk.analytics.PricingAnalyticsQuery;
import dev.wabasdk.cost.PeriodReconciliation.Cause;
import dev.wabasdk.cost.PeriodReconciliation.Difference;
import dev.wabasdk.cost.PeriodReconciliation.Report;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Meta's pricing analytics of a period (through the client, as Meta answers) against the estimator's replay. */
class PeriodReconciliationTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final Instant T0 = Instant.parse("2026-08-10T08:00:00Z");
  private static final long DAY_START = Instant.parse("2026-08-10T00:00:00Z").getEpochSecond();
  private static final long DAY_END = DAY_START + 86_400;
  private static final LocalDate DAY = LocalDate.of(2026, 8, 10);
  private static final String BR_A = "+5511987650001";
  private static final String BR_B = "+5511987650002";
  private static final String BR_C = "+5511987650003";
  private static final String BR_D = "+5511987650004";
  private static final String IN_E = "+919876543210";

  private final CostEstimator estimator = CostEstimator.ofDefaults();
  private final Market brazil = estimator.marketOf(BR_A, T0);
  private final Market india = estimator.marketOf(IN_E, T0);

  private BigDecimal rate(Market market, PricingCategory category) {
    return estimator.cardFor(PricingModel.PMP, DAY).rate(market, category).orElseThrow().amount();
  }

  private static Instant h(double hours) {
    return T0.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  /** What the app recorded for the day (before 2026-10-01: utility templates inside a window are free). */
  private Estimate replayOfTheDay() {
    return estimator.replay(List.of(
        inbound(BR_A, T0), outbound(BR_A, h(1), PricingCategory.UTILITY),   // free: inside A's window
        outbound(BR_B, T0, PricingCategory.UTILITY),                       // charged: no message from B recorded
        inbound(BR_C, T0), outbound(BR_C, h(1), PricingCategory.MARKETING), // charged: no referral recorded
        outbound(BR_D, T0, PricingCategory.MARKETING), outbound(BR_D, h(2), PricingCategory.MARKETING),
        outbound(IN_E, T0, PricingCategory.UTILITY)), PricingModel.PMP);
  }

  private static String point(String country, String type, String category, long volume, BigDecimal cost,
      String tier) {
    return "{\"start\":" + DAY_START + ",\"end\":" + DAY_END + ",\"country\":\"" + country + "\""
        + (tier == null ? "" : ",\"tier\":\"" + tier + "\"") + ",\"pricing_type\":\"" + type
        + "\",\"pricing_category\":\"" + category + "\",\"volume\":" + volume + ",\"cost\":" + cost.toPlainString()
        + "}";
  }

  private PricingAnalytics metaAnswers(String... points) {
    graph.enqueue(200, "{\"pricing_analytics\":{\"data\":[{\"data_points\":[" + String.join(",", points) + "]}]},"
        + "\"id\":\"" + GraphServerExtension.WABA_ID + "\"}");
    try (WhatsApp client = graph.builder()
        .clock(Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC)).build()) {
      return client.analytics().pricing(PricingAnalyticsQuery.forReconciliation(Instant.ofEpochSecond(DAY_START),
          Instant.ofEpochSecond(DAY_END), Granularity.DAILY));
    }
  }

  @Test
  void everyDifferenceIsExplained() throws Exception {
    BigDecimal brMarketing = rate(brazil, PricingCategory.MARKETING);
    BigDecimal brUtility = rate(brazil, PricingCategory.UTILITY);
    BigDecimal inUtility = rate(india, PricingCategory.UTILITY);
    PricingAnalytics meta = metaAnswers(
        // A inside its window, and B too: B wrote to the business from a phone the app did not record
        point("BR", "FREE_CUSTOMER_SERVICE", "UTILITY", 2, BigDecimal.ZERO, null),
        // C came from a click-to-WhatsApp ad
        point("BR", "FREE_ENTRY_POINT", "SERVICE", 1, BigDecimal.ZERO, null),
        // D's two marketing templates at a price one cent above the shipped card
        point("BR", "REGULAR", "MARKETING", 2, brMarketing.add(new BigDecimal("0.01")).multiply(BigDecimal.valueOf(2)),
            "0:MAX"),
        // an OTP sent by another system of the business
        point("BR", "REGULAR", "AUTHENTICATION", 1, rate(brazil, PricingCategory.AUTHENTICATION), "0:MAX"),
        // E's utility template, in a lower volume tier
        point("IN", "REGULAR", "UTILITY", 1, inUtility.multiply(new BigDecimal("0.8")), "100001:500000"),
        // a country the mapping does not know
        point("ZZ", "REGULAR", "MARKETING", 1, new BigDecimal("0.05"), "0:MAX"));

    assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("pricing_analytics.start(" + DAY_START
        + ").end(" + DAY_END + ").granularity(DAILY)"
        + ".dimensions([\"COUNTRY\",\"PRICING_CATEGORY\",\"PRICING_TYPE\",\"TIER\"])");

    Report report = PeriodReconciliation.compare(meta, "USD", replayOfTheDay(), estimator, new BigDecimal("0.0001"));

    assertThat(report.agrees()).isFalse();
    assertThat(report.differences(Cause.CUSTOMER_SERVICE_WINDOW)).singleElement().satisfies(d -> {
      assertThat(d.market()).isEqualTo(brazil);
      assertThat(d.category()).isEqualTo(PricingCategory.UTILITY);
      assertThat(d.volume()).isEqualTo(1);
      assertThat(d.amount().amount()).isEqualByComparingTo(brUtility.negate());
      assertThat(d.explanation()).contains("history lacks the user's message that opened the window");
    });
    assertThat(report.differences(Cause.FREE_ENTRY_POINT)).singleElement().satisfies(d -> {
      assertThat(d.category()).isEqualTo(PricingCategory.MARKETING);
      assertThat(d.volume()).isEqualTo(1);
      assertThat(d.amount().amount()).isEqualByComparingTo(brMarketing.negate());
      assertThat(d.explanation()).contains("lacks the referral");
    });
    assertThat(report.differences(Cause.RATE_CARD)).singleElement().satisfies(d -> {
      assertThat(d.market()).isEqualTo(brazil);
      assertThat(d.category()).isEqualTo(PricingCategory.MARKETING);
      assertThat(d.volume()).isEqualTo(2);
      assertThat(d.amount().amount()).isEqualByComparingTo("0.02");
      assertThat(d.explanation()).contains("PMP USD card effective");
    });
    assertThat(report.differences(Cause.VOLUME_TIER)).singleElement().satisfies(d -> {
      assertThat(d.market()).isEqualTo(india);
      assertThat(d.amount().amount()).isEqualByComparingTo(inUtility.multiply(new BigDecimal("-0.2")));
      assertThat(d.explanation()).contains("volume tier 100001:500000");
    });
    assertThat(report.differences(Cause.UNKNOWN_MARKET)).singleElement()
        .satisfies(d -> assertThat(d.explanation()).contains("country 'ZZ'"));
    assertThat(report.differences(Cause.MISSING_FROM_HISTORY)).extracting(Difference::market, Difference::category,
        Difference::volume).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(brazil, PricingCategory.AUTHENTICATION, 1L),
            org.assertj.core.groups.Tuple.tuple(Market.OTHER, PricingCategory.MARKETING, 1L));
    assertThat(report.differences()).hasSize(7);
    assertThat(report.toTable()).contains("CUSTOMER_SERVICE_WINDOW: Meta counted 1 utility template(s) to "
        + brazil + " free");
  }

  @Test
  void theSameDayBilledAsEstimatedAgrees() throws Exception {
    BigDecimal brMarketing = rate(brazil, PricingCategory.MARKETING);
    PricingAnalytics meta = metaAnswers(
        point("BR", "FREE_CUSTOMER_SERVICE", "UTILITY", 1, BigDecimal.ZERO, null),
        point("BR", "REGULAR", "MARKETING", 2, brMarketing.multiply(BigDecimal.valueOf(2)), "0:MAX"));

    Report report = PeriodReconciliation.compare(meta, "USD", estimator.replay(List.of(
        inbound(BR_A, T0), outbound(BR_A, h(1), PricingCategory.UTILITY),
        outbound(BR_D, T0, PricingCategory.MARKETING), outbound(BR_D, h(2), PricingCategory.MARKETING)),
        PricingModel.PMP), estimator);

    assertThat(report.differences()).isEmpty();
    assertThat(report.agrees()).isTrue();
    assertThat(report.lines()).extracting(PeriodReconciliation.Line::metaVolume,
        PeriodReconciliation.Line::estimatedVolume).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(1L, 1L), org.assertj.core.groups.Tuple.tuple(2L, 2L));
  }

  @Test
  void costsInAnotherCurrencyAreNotComparedAndSaySo() throws Exception {
    PricingAnalytics meta = metaAnswers(point("BR", "REGULAR", "MARKETING", 2, new BigDecimal("9.99"), "0:MAX"));

    Report report = PeriodReconciliation.compare(meta, "brl", estimator.replay(List.of(
        outbound(BR_D, T0, PricingCategory.MARKETING), outbound(BR_D, h(2), PricingCategory.MARKETING)),
        PricingModel.PMP), estimator);

    assertThat(report.differences()).singleElement().satisfies(d -> {
      assertThat(d.cause()).isEqualTo(Cause.CURRENCY);
      assertThat(d.explanation()).isEqualTo("Meta reports costs in BRL, the estimate is in USD: volumes compared, "
          + "costs not");
    });
  }

  @Test
  void aDataPointWithoutTheNeededDimensionsIsRefused() {
    PricingAnalytics meta = new PricingAnalytics(List.of(new PricingAnalytics.DataPoint(
        Instant.ofEpochSecond(DAY_START), Instant.ofEpochSecond(DAY_END), null, null, null, "REGULAR", "MARKETING",
        3L, new BigDecimal("0.3"))));

    assertThatThrownBy(() -> PeriodReconciliation.compare(meta, "USD", replayOfTheDay(), estimator))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("meta: a reconciliation needs the COUNTRY, PRICING_CATEGORY and PRICING_TYPE");
  }
}
