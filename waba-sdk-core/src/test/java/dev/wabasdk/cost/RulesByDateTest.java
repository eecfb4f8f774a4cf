package dev.wabasdk.cost;

import static dev.wabasdk.cost.HistoryEvent.inbound;
import static dev.wabasdk.cost.HistoryEvent.outbound;
import static dev.wabasdk.cost.HistoryEvent.referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meta's pricing rules by date (issue 19): the 2026-07-01 card, warnings instead of silent fallbacks, marketing to
 * US numbers, the pricing type Meta reports, and the older models (notification and conversation pricing).
 */
class RulesByDateTest {
  private static final Instant AUG_2026 = Instant.parse("2026-08-10T12:00:00Z");
  private static final Instant NOV_2026 = Instant.parse("2026-11-16T09:00:00Z");
  private final CostEstimator estimator = CostEstimator.ofDefaults();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static List<PricingWarning.Kind> kinds(List<PricingWarning> warnings) {
    return warnings.stream().map(PricingWarning::kind).toList();
  }

  // Meta PMP page, "Previous rate card updates", 2026-07-01: UK/IT/ES marketing up; SG, HK, HU, PL, QA, RO standalone.
  @Test
  void july2026CardHasTheUkIncreaseAndSingaporeAsItsOwnMarket() {
    MessagePrice uk = estimator.priceOf(PriceQuery.of("+447700900123", PricingCategory.MARKETING).at(AUG_2026));
    assertThat(uk.price()).isEqualTo(usd("0.0635"));
    assertThat(uk.card().source()).isEqualTo("ratecard-pmp-2026-07-01.csv");
    MessagePrice sg = estimator.priceOf(PriceQuery.of("+6581234567", PricingCategory.UTILITY).at(AUG_2026));
    assertThat(sg.market()).isEqualTo(Market.of("Singapore"));
    assertThat(sg.price()).isEqualTo(usd("0.0160"));
    assertThat(estimator.priceOf(PriceQuery.of("+6581234567", PricingCategory.MARKETING).at(AUG_2026)).price())
        .isEqualTo(usd("0.0732"));
    // The card is assembled from April's and Meta's change list: said, never silent.
    assertThat(uk.warnings()).extracting(PricingWarning::kind).contains(PricingWarning.Kind.UNCERTAIN_RATE_CARD);
    assertThat(uk.warnings().get(0).message()).startsWith("PMP USD card effective 2026-07-01");
    Estimate campaign = estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING).at(AUG_2026)
        .country("GB", 1000).build());
    assertThat(campaign.total()).isEqualTo(usd("63.5"));
    assertThat(kinds(campaign.warnings())).containsExactly(PricingWarning.Kind.UNCERTAIN_RATE_CARD);
    assertThat(campaign.isCertain()).isFalse();
    assertThat(campaign.toTable()).contains("Warning: PMP USD card effective 2026-07-01");
  }

  @Test
  void aCardWithoutUncertainFiguresGivesNoWarning() {
    // The 2026-01-01 card: two identical transcriptions plus Meta's change list.
    Estimate jan = estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING)
        .at(Instant.parse("2026-02-02T10:00:00Z")).country("IN", 10).build());
    assertThat(jan.warnings()).isEmpty();
    assertThat(jan.isCertain()).isTrue();
  }

  @Test
  void aMissingAuthenticationInternationalRateIsAWarning() {
    // The Oct-2026 card lacks Egypt's auth-international value (its header says UNKNOWN).
    MessagePrice eg = estimator.priceOf(PriceQuery.of("+201001234567", PricingCategory.AUTHENTICATION_INTERNATIONAL)
        .at(NOV_2026));
    assertThat(eg.price()).isEqualTo(usd("0.0036"));
    assertThat(eg.warnings()).filteredOn(w -> w.kind() == PricingWarning.Kind.MISSING_RATE).singleElement()
        .extracting(PricingWarning::message).asString()
        .contains("has no authentication-international rate for Egypt");
  }

  @Test
  void utilityAtTheListRateWarnsThatTheCardHasNoVolumeTiers() {
    MessagePrice utility = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.UTILITY).at(NOV_2026));
    assertThat(kinds(utility.warnings())).contains(PricingWarning.Kind.NO_VOLUME_TIERS);
    MessagePrice marketing = estimator.priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
        .at(NOV_2026));
    assertThat(kinds(marketing.warnings())).doesNotContain(PricingWarning.Kind.NO_VOLUME_TIERS);
  }

  // Meta: marketing template messages to US phone numbers are not delivered from 2025-04-01 (error 131049).
  @Test
  void marketingToUsNumbersIsPricedAsNotDelivered() {
    MessagePrice us = estimator.priceOf(PriceQuery.of("+16502530000", PricingCategory.MARKETING).at(NOV_2026));
    assertThat(us.price()).isEqualTo(usd("0"));
    assertThat(us.free()).isTrue();
    assertThat(us.pricingType()).isNull();
    assertThat(us.reason()).startsWith("marketing template to a US number: not delivered, so not charged");
    assertThat(kinds(us.warnings())).contains(PricingWarning.Kind.NOT_DELIVERED);
    // Canada shares +1 and North America's rate, and is delivered; US utility is delivered.
    assertThat(estimator.priceOf(PriceQuery.of("+15062345678", PricingCategory.MARKETING).at(NOV_2026)).price())
        .isEqualTo(usd("0.0250"));
    assertThat(estimator.priceOf(PriceQuery.of("+16502530000", PricingCategory.UTILITY).at(NOV_2026)).price())
        .isEqualTo(usd("0.0034"));

    Estimate campaign = estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING).at(NOV_2026)
        .recipients(List.of("+16502530000", "+12125550100", "+15062345678")).country("US", 10).build());
    assertThat(campaign.total()).isEqualTo(usd("0.0250"));
    assertThat(campaign.chargedCount()).isEqualTo(1);
    assertThat(campaign.freeCount()).isEqualTo(12);
    assertThat(kinds(campaign.warnings())).contains(PricingWarning.Kind.NOT_DELIVERED);
  }

  @Test
  void marketingToUsNumbersBeforeAprilSecond2025WasDelivered() {
    // Replayed under per-message pricing, 2025-03-31 is before the pause: charged (with the earliest card).
    Estimate march = estimator.replay(List.of(outbound("+16502530000", Instant.parse("2025-03-31T12:00:00Z"),
        PricingCategory.MARKETING)), PricingModel.PMP);
    assertThat(march.chargedCount()).isEqualTo(1);
    Estimate april = estimator.replay(List.of(outbound("+16502530000", Instant.parse("2025-04-01T12:00:00Z"),
        PricingCategory.MARKETING)), PricingModel.PMP);
    assertThat(april.chargedCount()).isZero();
  }

  // cloud-api.md §9.3 (Meta's webhook pricing table) and Meta's non-template pricing page (2026-10-01 change).
  @Test
  void thePricingTypeMetaReports() {
    PriceQuery utilityInWindow = PriceQuery.of("+5511987654321", PricingCategory.UTILITY).insideCustomerServiceWindow();
    assertThat(estimator.priceOf(utilityInWindow.at(AUG_2026)).pricingType()).isEqualTo(PricingType.FREE_CUSTOMER_SERVICE);
    assertThat(estimator.priceOf(utilityInWindow.at(NOV_2026)).pricingType()).isEqualTo(PricingType.REGULAR);
    MessagePrice fep = estimator.priceOf(PriceQuery.of("+5511987654321", PricingCategory.SERVICE)
        .insideCustomerServiceWindow().insideFreeEntryPointWindow().at(NOV_2026));
    assertThat(fep.pricingType()).isEqualTo(PricingType.FREE_ENTRY_POINT);
    assertThat(fep.reportedCategory()).isEqualTo(PricingCategory.REFERRAL_CONVERSION);
    PriceQuery service = PriceQuery.of("+5511987654321", PricingCategory.SERVICE).insideCustomerServiceWindow()
        .at(NOV_2026);
    MessagePrice inFreeTier = estimator.priceOf(service.withinServiceFreeTier(true));
    assertThat(inFreeTier.free()).isTrue();
    assertThat(inFreeTier.pricingType()).isEqualTo(PricingType.FREE_CUSTOMER_SERVICE);
    MessagePrice beyond = estimator.priceOf(service);
    assertThat(beyond.billable()).isTrue();
    assertThat(beyond.price()).isEqualTo(usd("0.0068"));
    assertThat(beyond.pricingType()).isEqualTo(PricingType.REGULAR);
    assertThat(PricingModel.inForceOn(java.time.LocalDate.of(2022, 1, 31))).isSameAs(PricingModel.NBP);
    assertThat(PricingModel.inForceOn(java.time.LocalDate.of(2022, 2, 1))).isSameAs(PricingModel.CBP);
    assertThat(PricingModel.inForceOn(java.time.LocalDate.of(2025, 7, 1))).isSameAs(PricingModel.PMP);
  }

  // Before 2022-02-01 (Facebook's rules quoted by 360dialog): templates outside the 24 h care window charged per
  // delivered notification, everything inside it free.
  @Test
  void aHistoryOf2021IsBilledPerTemplateNotification() {
    Instant t = Instant.parse("2021-11-10T09:00:00Z");
    HistoryReport report = estimator.replay(List.of(
        inbound("+5511987654321", t),
        outbound("+5511987654321", t.plusSeconds(60), PricingCategory.SERVICE),
        outbound("+5511987654321", t.plus(Duration.ofHours(2)), PricingCategory.UTILITY),
        outbound("+5511987654321", t.plus(Duration.ofHours(30)), PricingCategory.UTILITY)));
    Estimate billed = report.asBilled();
    assertThat(billed.model()).isEqualTo(PricingModel.NBP);
    assertThat(billed.freeCount()).isEqualTo(2);
    assertThat(billed.chargedCount()).isEqualTo(1);
    assertThat(billed.total()).isEqualTo(usd("0"));
    assertThat(kinds(billed.warnings())).containsExactly(PricingWarning.Kind.NO_RATE_CARD);
    assertThat(billed.warnings().get(0).message()).contains("notification-based pricing (until 2022-01-31)");
    // The per-message view of the same history says it applies PMP outside its period.
    assertThat(kinds(report.perMessage().warnings())).contains(PricingWarning.Kind.MODEL_OUTSIDE_PERIOD);
  }

  // 2022-02-01..2023-05-31 (Meta's pricing page of the time): user- and business-initiated 24 h conversations,
  // the first 1,000 a month free per WABA, either kind.
  @Test
  void aHistoryOf2022IsBilledAsUserAndBusinessInitiatedConversations() {
    Instant t = Instant.parse("2022-05-02T09:00:00Z");
    List<HistoryEvent> events = new ArrayList<>();
    events.add(inbound("+5511987654321", t));
    events.add(outbound("+5511987654321", t.plusSeconds(60), PricingCategory.SERVICE));
    // A template in the same 24 h session: no new conversation.
    events.add(outbound("+5511987654321", t.plus(Duration.ofHours(3)), PricingCategory.UTILITY));
    // Outside the window a day later: business-initiated.
    events.add(outbound("+5511987654321", t.plus(Duration.ofHours(30)), PricingCategory.MARKETING));
    Estimate billed = estimator.replay(events).asBilled();
    assertThat(billed.model()).isEqualTo(PricingModel.CBP);
    assertThat(billed.items()).extracting(LineItem::category, LineItem::free, LineItem::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PricingCategory.BUSINESS_INITIATED, true, 1L),
        org.assertj.core.groups.Tuple.tuple(PricingCategory.USER_INITIATED, true, 1L));
    assertThat(billed.warnings()).isEmpty();

    // 1,001 business-initiated conversations in a month: the 1,001st is charged, and the missing card is said.
    List<HistoryEvent> many = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      many.add(outbound("+55119876" + String.format("%05d", i), t.plusSeconds(i), PricingCategory.UTILITY));
    }
    Estimate month = estimator.replay(many, PricingModel.CBP);
    assertThat(month.freeCount()).isEqualTo(1000);
    assertThat(month.chargedCount()).isEqualTo(1);
    assertThat(kinds(month.warnings())).containsExactly(PricingWarning.Kind.NO_RATE_CARD);
  }

  @Test
  void aHistoryAcrossJuly2025IsBilledAsConversationsThenPerMessage() {
    Instant june = Instant.parse("2025-06-20T09:00:00Z");
    Instant july = Instant.parse("2025-07-20T09:00:00Z");
    HistoryReport report = estimator.replay(List.of(
        outbound("+5511987654321", june, PricingCategory.MARKETING),
        outbound("+5511987654321", june.plus(Duration.ofHours(1)), PricingCategory.MARKETING),
        outbound("+5511987654321", july, PricingCategory.MARKETING),
        outbound("+5511987654321", july.plus(Duration.ofHours(1)), PricingCategory.MARKETING)));
    Estimate billed = report.asBilled();
    // June: one marketing conversation at the CBP card's 0.0625; July: two messages at 0.0625 (earliest PMP card).
    assertThat(billed.items()).extracting(i -> i.month().toString(), LineItem::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2025-06", 1L), org.assertj.core.groups.Tuple.tuple("2025-07", 2L));
    assertThat(billed.total()).isEqualTo(usd("0.1875"));
    assertThat(kinds(billed.warnings())).doesNotContain(PricingWarning.Kind.MODEL_OUTSIDE_PERIOD);
    assertThat(billed.model()).isEqualTo(PricingModel.PMP);
  }

  @Test
  void theCallerMayAskForAModel() {
    List<HistoryEvent> events = List.of(inbound("+5511987654321", NOV_2026),
        outbound("+5511987654321", NOV_2026.plusSeconds(60), PricingCategory.UTILITY));
    Estimate nbp = estimator.replay(events, PricingModel.NBP);
    assertThat(nbp.model()).isEqualTo(PricingModel.NBP);
    assertThat(nbp.freeCount()).isEqualTo(1);
    assertThat(kinds(nbp.warnings())).containsExactly(PricingWarning.Kind.MODEL_OUTSIDE_PERIOD);
    assertThatThrownBy(() -> estimator.replay(events, PricingModel.of("XYZ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("model: must be PMP, CBP or NBP, was 'XYZ'");
    assertThat(referral("+5511987654321", NOV_2026).referral()).isTrue();
  }
}
