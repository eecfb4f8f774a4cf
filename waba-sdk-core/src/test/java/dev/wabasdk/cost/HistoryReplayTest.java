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

class HistoryReplayTest {
  private static final String BR = "+5511987654321";
  private static final String BR2 = "+5511987654322";
  private static final Instant JAN_2025 = Instant.parse("2025-01-13T08:00:00Z");
  private static final Instant AUG_2026 = Instant.parse("2026-08-10T08:00:00Z");
  private static final Instant NOV_2026 = Instant.parse("2026-11-10T08:00:00Z");
  private final CostEstimator estimator = CostEstimator.ofDefaults();

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static Instant h(Instant base, double hours) {
    return base.plus(Duration.ofMinutes(Math.round(hours * 60)));
  }

  @Test
  void twoUtilityTemplatesTenHoursApartAreOneConversation() {
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, JAN_2025, PricingCategory.UTILITY),
        outbound(BR, h(JAN_2025, 10), PricingCategory.UTILITY)));
    // CBP card 2024-10-01, Brazil utility 0.0080 per conversation.
    assertThat(report.conversationBased().items()).singleElement().satisfies(item -> {
      assertThat(item.count()).isEqualTo(1);
      assertThat(item.unitPrice()).isEqualTo(usd("0.0080"));
      assertThat(item.reason()).isEqualTo("utility conversation: 24 h, opened by the first delivered utility template");
    });
    assertThat(report.conversationBased().total()).isEqualTo(usd("0.008"));
  }

  @Test
  void twoUtilityTemplatesTwentyFiveHoursApartAreTwoConversations() {
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, JAN_2025, PricingCategory.UTILITY),
        outbound(BR, h(JAN_2025, 25), PricingCategory.UTILITY)));
    assertThat(report.conversationBased().chargedCount()).isEqualTo(2);
    assertThat(report.conversationBased().total()).isEqualTo(usd("0.016"));
  }

  @Test
  void bothModelsSideBySide() {
    // November 2026: PMP charges each utility template (Brazil 0.0068); CBP, applied after its end, one conversation.
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, NOV_2026, PricingCategory.UTILITY),
        outbound(BR, h(NOV_2026, 10), PricingCategory.UTILITY)));
    assertThat(report.perMessage().total()).isEqualTo(usd("0.0136"));
    assertThat(report.conversationBased().total()).isEqualTo(usd("0.0080"));
    assertThat(report.conversationBased().notes()).contains(
        "conversation-based pricing ended 2025-06-30; later messages are priced as if it still applied");
    assertThat(report.toTable()).contains("PMP total: USD 0.0136").contains("CBP total: USD 0.008");
  }

  @Test
  void conversationsOfDifferentCategoriesAreChargedEach() {
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, JAN_2025, PricingCategory.MARKETING),
        outbound(BR, h(JAN_2025, 4), PricingCategory.UTILITY),
        outbound(BR, h(JAN_2025, 10), PricingCategory.UTILITY)));
    assertThat(report.conversationBased().items()).extracting(LineItem::category, LineItem::count)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PricingCategory.MARKETING, 1L),
            org.assertj.core.groups.Tuple.tuple(PricingCategory.UTILITY, 1L));
    // 0.0625 + 0.0080
    assertThat(report.conversationBased().total()).isEqualTo(usd("0.0705"));
  }

  @Test
  void serviceConversationOpensOnlyWhenNoneIsOpen() {
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, JAN_2025, PricingCategory.UTILITY),
        inbound(BR, h(JAN_2025, 1)),
        outbound(BR, h(JAN_2025, 2), PricingCategory.SERVICE),
        inbound(BR2, JAN_2025),
        outbound(BR2, h(JAN_2025, 1), PricingCategory.SERVICE),
        outbound(BR2, h(JAN_2025, 3), PricingCategory.SERVICE)));
    Estimate cbp = report.conversationBased();
    assertThat(cbp.chargedCount()).isEqualTo(1);
    assertThat(cbp.freeCount()).isEqualTo(1);
    assertThat(cbp.items()).filteredOn(LineItem::free).singleElement().satisfies(item -> {
      assertThat(item.category()).isEqualTo(PricingCategory.SERVICE);
      assertThat(item.reason()).isEqualTo("service conversation: free since 2024-11-01");
    });
  }

  @Test
  void cbpServiceFreeTierOfOneThousandBeforeNovember2024() {
    Instant oct2024 = Instant.parse("2024-10-05T00:00:00Z");
    List<HistoryEvent> events = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      String user = "+55119876" + (50000 + i);
      events.add(inbound(user, h(oct2024, i * 0.01)));
      events.add(outbound(user, h(oct2024, i * 0.01 + 0.005), PricingCategory.SERVICE));
    }
    Estimate cbp = estimator.replay(events).conversationBased();
    assertThat(cbp.freeCount()).isEqualTo(1000);
    assertThat(cbp.chargedCount()).isEqualTo(1);
    // Brazil service conversation on the CBP card: 0.0300.
    assertThat(cbp.total()).isEqualTo(usd("0.03"));
  }

  @Test
  void pmpUtilityInsideTheWindowFreeUntilSeptember2026() {
    List<HistoryEvent> aug = List.of(inbound(BR, AUG_2026), outbound(BR, h(AUG_2026, 1), PricingCategory.UTILITY),
        outbound(BR, h(AUG_2026, 25), PricingCategory.UTILITY));
    Estimate pmp = estimator.replay(aug).perMessage();
    assertThat(pmp.freeCount()).isEqualTo(1);
    assertThat(pmp.chargedCount()).isEqualTo(1);
    assertThat(pmp.total()).isEqualTo(usd("0.0068"));
    List<HistoryEvent> nov = List.of(inbound(BR, NOV_2026), outbound(BR, h(NOV_2026, 1), PricingCategory.UTILITY),
        outbound(BR, h(NOV_2026, 25), PricingCategory.UTILITY));
    assertThat(estimator.replay(nov).perMessage().total()).isEqualTo(usd("0.0136"));
  }

  @Test
  void pmpServiceMessagesFreeUntilSeptember2026ThenOneThousandFreePerMonth() {
    List<HistoryEvent> events = new ArrayList<>();
    events.add(inbound(BR, NOV_2026));
    for (int i = 0; i < 1001; i++) {
      events.add(outbound(BR, NOV_2026.plusSeconds(10 + i), PricingCategory.SERVICE));
    }
    HistoryReport report = estimator.replay(events);
    Estimate pmp = report.perMessage();
    assertThat(pmp.freeCount()).isEqualTo(1000);
    assertThat(pmp.chargedCount()).isEqualTo(1);
    assertThat(pmp.total()).isEqualTo(usd("0.0068"));
    assertThat(pmp.items()).filteredOn(i -> !i.free()).singleElement().extracting(LineItem::reason)
        .isEqualTo("service message: charged from 2026-10-01 once the phone number's 1,000 free service messages of "
            + "the month are used");
    // CBP: one service conversation, free.
    assertThat(report.conversationBased().total()).isEqualTo(usd("0"));

    List<HistoryEvent> august = List.of(inbound(BR, AUG_2026), outbound(BR, h(AUG_2026, 1), PricingCategory.SERVICE));
    assertThat(estimator.replay(august).perMessage().items()).singleElement().extracting(LineItem::reason)
        .isEqualTo("service message inside the customer service window: free until 2026-09-30");
  }

  @Test
  void freeEntryPointWindow() {
    HistoryReport report = estimator.replay(List.of(
        referral(BR, NOV_2026),
        outbound(BR, h(NOV_2026, 1), PricingCategory.SERVICE),
        outbound(BR, h(NOV_2026, 50), PricingCategory.MARKETING),
        outbound(BR, h(NOV_2026, 74), PricingCategory.MARKETING)));
    Estimate pmp = report.perMessage();
    assertThat(pmp.freeCount()).isEqualTo(2);
    assertThat(pmp.chargedCount()).isEqualTo(1);
    assertThat(pmp.total()).isEqualTo(usd("0.0625"));
    assertThat(pmp.items()).extracting(LineItem::reason).contains(
        "reply within 24 h to a click-to-WhatsApp ad or Page button message: free, and opens a free entry point "
            + "window of 72 h",
        "inside a free entry point window: every message is free");
    Estimate cbp = report.conversationBased();
    assertThat(cbp.items()).extracting(LineItem::category, LineItem::free, LineItem::count).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PricingCategory.MARKETING, false, 1L),
        org.assertj.core.groups.Tuple.tuple(PricingCategory.REFERRAL_CONVERSION, true, 1L));
    assertThat(cbp.total()).isEqualTo(usd("0.0625"));
  }

  @Test
  void noFreeEntryPointWhenTheReplyComesAfter24Hours() {
    HistoryReport report = estimator.replay(List.of(
        referral(BR, NOV_2026),
        outbound(BR, h(NOV_2026, 25), PricingCategory.MARKETING)));
    assertThat(report.perMessage().total()).isEqualTo(usd("0.0625"));
    assertThat(report.conversationBased().total()).isEqualTo(usd("0.0625"));
  }

  @Test
  void freeEntryPointClosesOpenConversationsUnderCbp() {
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, JAN_2025, PricingCategory.UTILITY),
        referral(BR, h(JAN_2025, 1)),
        outbound(BR, h(JAN_2025, 2), PricingCategory.SERVICE),
        outbound(BR, h(JAN_2025, 80), PricingCategory.UTILITY)));
    // utility (paid), FEP (free) closes it, after 74 h a new utility conversation (paid).
    assertThat(report.conversationBased().chargedCount()).isEqualTo(2);
    assertThat(report.conversationBased().freeCount()).isEqualTo(1);
  }

  @Test
  void configurableFreeEntryPointDuration() {
    CostEstimator week = estimator.newBuilder().freeEntryPointWindow(Duration.ofDays(7)).build();
    List<HistoryEvent> events = List.of(referral(BR, NOV_2026), outbound(BR, h(NOV_2026, 1), PricingCategory.SERVICE),
        outbound(BR, h(NOV_2026, 100), PricingCategory.MARKETING));
    assertThat(week.replay(events).perMessage().total()).isEqualTo(usd("0"));
    assertThat(estimator.replay(events).perMessage().total()).isEqualTo(usd("0.0625"));
  }

  @Test
  void eventsAreSortedByTime() {
    HistoryReport report = estimator.replay(List.of(
        outbound(BR, h(AUG_2026, 1), PricingCategory.UTILITY),
        inbound(BR, AUG_2026)));
    assertThat(report.perMessage().freeCount()).isEqualTo(1);
  }

  @Test
  void eventValidation() {
    assertThatThrownBy(() -> outbound(BR, NOV_2026, PricingCategory.REFERRAL_CONVERSION))
        .hasMessageContaining("a business message is marketing, utility");
    assertThatThrownBy(() -> inbound("abc", NOV_2026)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void volumeTiersCountChargedMessagesPerMonthMarketAndCategory() {
    String csv = "market,currency,marketing,utility,authentication,authentication_international,service\n"
        + "Brazil,USD,0.0625,0.0068,0.0068,,0.0068\n"
        + "Other,USD,0.0604,0.0077,0.0077,,0.0077\n"
        + "market,category,from,to,rate\n"
        + "Brazil,utility,1,2,0.0068\n"
        + "Brazil,utility,3,,0.0050\n";
    CostEstimator tiered = estimator.newBuilder()
        .addRateCard(RateCard.parse("tiers.csv", csv, PricingModel.PMP, java.time.LocalDate.of(2026, 11, 1)))
        .build();
    Instant dec = Instant.parse("2026-12-01T08:00:00Z");
    Estimate pmp = tiered.replay(List.of(
        inbound(BR, NOV_2026),
        outbound(BR, h(NOV_2026, 1), PricingCategory.UTILITY),
        outbound(BR, h(NOV_2026, 30), PricingCategory.UTILITY),
        outbound(BR2, h(NOV_2026, 31), PricingCategory.UTILITY),
        outbound(BR2, h(NOV_2026, 32), PricingCategory.UTILITY),
        outbound(BR2, h(NOV_2026, 33), PricingCategory.MARKETING),
        outbound(BR, dec, PricingCategory.UTILITY))).perMessage();
    // November: 4 charged utility messages (the in-window one counts too from 2026-10-01): 2 x 0.0068 + 2 x 0.0050;
    // marketing 0.0625; December starts again at tier 1: 0.0068.
    assertThat(pmp.items()).filteredOn(i -> PricingCategory.UTILITY.equals(i.category()))
        .extracting(LineItem::month, LineItem::count, LineItem::unitPrice)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2026, 11), 1L, usd("0.0068")),
            org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2026, 11), 1L, usd("0.0068")),
            org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2026, 11), 2L, usd("0.0050")),
            org.assertj.core.groups.Tuple.tuple(java.time.YearMonth.of(2026, 12), 1L, usd("0.0068")));
    assertThat(pmp.total()).isEqualTo(usd("0.0929"));
  }

  @Test
  void aUserWhoseMarketMovesIsPricedByTheMarketOfEachDay() {
    String kz = "+77710009998";
    Estimate pmp = estimator.replay(List.of(
        outbound(kz, Instant.parse("2026-09-30T12:00:00Z"), PricingCategory.UTILITY),
        outbound(kz, Instant.parse("2026-10-01T12:00:00Z"), PricingCategory.UTILITY))).perMessage();
    // Other on the April 2026 card (utility 0.0077), Kazakhstan on the October 2026 card (0.0180).
    assertThat(pmp.items()).extracting(LineItem::market, LineItem::unitPrice).containsExactly(
        org.assertj.core.groups.Tuple.tuple(Market.OTHER, usd("0.0077")),
        org.assertj.core.groups.Tuple.tuple(Market.of("Kazakhstan"), usd("0.0180")));
  }
}
