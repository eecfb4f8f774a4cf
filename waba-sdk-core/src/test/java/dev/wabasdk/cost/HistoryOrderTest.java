package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link History#of} sorts on primitive keys and skips input already in time order: the events must come out as the
 * stable comparator sort puts them (ties keep their order, nanoseconds within a second count), and each user must
 * keep one number.
 */
class HistoryOrderTest {
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  @Test
  void sameOrderAsTheStableComparatorSort() {
    SplittableRandom random = new SplittableRandom(7);
    for (int round = 0; round < 40; round++) {
      int size = random.nextInt(1, 3_000);
      int spread = round % 4 == 0 ? 5 : 86_400 * 31; // a few seconds: many ties
      boolean nanos = round % 2 == 1;
      List<HistoryEvent> events = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Instant at = START.plusSeconds(random.nextInt(spread)).plusNanos(nanos ? random.nextInt(3) * 400_000_000L : 0);
        String user = "4915123" + String.format("%06d", random.nextInt(Math.max(1, size / 3)));
        events.add(i % 2 == 0 ? HistoryEvent.inbound(user, at)
            : HistoryEvent.outbound(user, at, PricingCategory.MARKETING));
      }
      assertMatchesReference(events);
    }
  }

  @Test
  void ordersAlreadySortedReversedEmptyAndFarApartHistories() {
    List<HistoryEvent> sorted = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      sorted.add(HistoryEvent.inbound("4915123456" + (i % 7), START.plusSeconds(i / 3)));
    }
    assertMatchesReference(sorted);
    assertThat(History.timeOrder(sorted.toArray(new HistoryEvent[0]))).isNull();

    List<HistoryEvent> reversed = new ArrayList<>(sorted);
    java.util.Collections.reverse(reversed);
    assertMatchesReference(reversed);

    assertMatchesReference(List.of());
    assertMatchesReference(List.of(HistoryEvent.inbound("4915123456789", START)));
    // Seconds too far apart for the packed keys: the object sort.
    assertMatchesReference(List.of(
        HistoryEvent.inbound("4915123456789", Instant.MAX),
        HistoryEvent.inbound("4915123456788", Instant.MIN),
        HistoryEvent.inbound("4915123456789", START),
        HistoryEvent.inbound("4915123456787", Instant.MIN.plusNanos(1)),
        HistoryEvent.inbound("4915123456786", Instant.MIN)));
  }

  private static void assertMatchesReference(List<HistoryEvent> events) {
    List<HistoryEvent> expected = new ArrayList<>(events);
    expected.sort((a, b) -> a.at().compareTo(b.at()));

    History history = History.of(events);

    assertThat(history.events()).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(history.events().get(i)).as("event " + i).isSameAs(expected.get(i));
    }
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < expected.size(); i++) {
      int n = history.users()[i];
      assertThat(n).isBetween(0, history.userCount() - 1);
      assertThat(numbers.putIfAbsent(expected.get(i).user(), n)).as(expected.get(i).user()).isIn(null, n);
    }
    assertThat(history.userCount()).isEqualTo(numbers.size());
    assertThat(new java.util.HashSet<>(numbers.values())).hasSize(numbers.size());
  }
}
