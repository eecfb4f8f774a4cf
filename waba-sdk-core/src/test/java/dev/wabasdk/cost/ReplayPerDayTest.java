package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A replay remembers the day, card and market of the event before: a history walked in one replay must price every
 * message as a replay of that message alone does, across local midnights, a month's end, a daylight saving change
 * and a US marketing pause (which asks libphonenumber only about +1 numbers).
 */
class ReplayPerDayTest {
  private static final List<String> USERS = List.of(
      "14155550123", // US: marketing paused
      "16135550123", // Canada: +1 but not paused
      "5511987654321", // Brazil
      "4915123456789", // Germany
      "919876543210"); // India

  @Test
  void oneReplayPricesEachMessageAsAReplayOfItAloneDoes() {
    for (String zone : List.of("UTC", "America/New_York", "America/Sao_Paulo", "Asia/Kolkata")) {
      CostEstimator estimator = CostEstimator.builder().zone(ZoneId.of(zone)).build();
      List<HistoryEvent> history = new ArrayList<>();
      // 2026-10-31 20:00Z to 2026-11-02: New York leaves daylight saving time on 2026-11-01.
      Instant start = Instant.parse("2026-10-31T20:00:00Z");
      PricingCategory[] categories = {PricingCategory.MARKETING, PricingCategory.UTILITY,
          PricingCategory.AUTHENTICATION, PricingCategory.MARKETING_LITE};
      for (int i = 0; i < 60; i++) {
        String user = USERS.get(i % USERS.size());
        Instant at = start.plusSeconds(i * 1_799L).plusNanos(i % 2 == 0 ? 0 : 999_999_999);
        history.add(HistoryEvent.outbound(user, at, categories[i % categories.length]));
      }
      List<LineItem> expected = new ArrayList<>();
      for (HistoryEvent event : history) {
        expected.addAll(estimator.replay(List.of(event)).perMessage().items());
      }
      List<LineItem> items = estimator.replay(history).perMessage().items();

      assertThat(items.stream().mapToLong(LineItem::count).sum()).as(zone).isEqualTo(history.size());
      assertThat(merged(items)).as(zone).containsExactlyInAnyOrderElementsOf(merged(expected));
    }
  }

  /** Each line as month, market, category, price and reason, once per message it counts. */
  private static List<String> merged(List<LineItem> items) {
    List<String> lines = new ArrayList<>();
    for (LineItem item : items) {
      for (long i = 0; i < item.count(); i++) {
        lines.add(item.month() + " " + item.market() + " " + item.category() + " " + item.unitPrice() + " "
            + item.reason());
      }
    }
    return lines;
  }
}
