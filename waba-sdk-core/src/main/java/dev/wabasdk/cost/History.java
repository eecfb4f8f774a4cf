package dev.wabasdk.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A history ready to replay: the events in time order and each event's user as a number, found once for every model
 * replayed (a replay then keeps its users' states in an array, not a map keyed by {@code wa_id}). Immutable once built;
 * not shared between threads.
 *
 * @param events the events, sorted by time (stable: events at the same instant keep their order)
 * @param users each event's user, numbered from 0 in order of first appearance
 * @param userCount how many users
 */
record History(List<HistoryEvent> events, int[] users, int userCount) {

  static History of(List<? extends HistoryEvent> events) {
    Objects.requireNonNull(events, "events");
    List<HistoryEvent> sorted = new ArrayList<>(events);
    sorted.sort(Comparator.comparing(HistoryEvent::at));
    int[] users = new int[sorted.size()];
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < users.length; i++) {
      Integer n = numbers.putIfAbsent(sorted.get(i).user(), numbers.size());
      users[i] = n != null ? n : numbers.size() - 1;
    }
    return new History(sorted, users, numbers.size());
  }
}
