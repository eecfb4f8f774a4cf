package dev.wabasdk.cost.internal;

import dev.wabasdk.cost.LineItem;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Groups counts into line items: one per month × payee × market × category × free × unit price × reason. Not
 * thread-safe: one per estimate.
 */
public final class ItemCollector {
  private record Key(YearMonth month, LineItem.Payee payee, @Nullable Market market,
      @Nullable PricingCategory category, boolean free, Money unit, String reason) {}

  /** Meta lines by market and category; BSP lines in the order they were added (fee list order). */
  private final Comparator<Key> order = Comparator.comparing(Key::month)
      .thenComparing(Key::payee)
      .thenComparing(k -> k.payee() == LineItem.Payee.BSP ? sequence(k) : 0L)
      .thenComparing(k -> k.market() == null ? "" : k.market().name())
      .thenComparing(k -> k.category() == null ? "" : k.category().value())
      .thenComparing(Key::free)
      .thenComparing(k -> k.unit().amount())
      .thenComparing(Key::reason);

  private final Map<Key, long[]> counts = new HashMap<>();

  public void add(YearMonth month, LineItem.Payee payee, @Nullable Market market, @Nullable PricingCategory category,
      boolean free, Money unit, String reason, long count) {
    if (count == 0) {
      return;
    }
    Key key = new Key(month, payee, market, category, free, unit, reason);
    long[] counter = counts.get(key);
    if (counter == null) { // get, then put: a capturing lambda per call cost an allocation per message
      counter = new long[] {0, counts.size()};
      counts.put(key, counter);
    }
    counter[0] += count;
  }

  /** Meta's charges of a month, in {@code currency}. */
  public Money metaTotal(YearMonth month, String currency) {
    Money total = Money.zero(currency);
    for (Map.Entry<Key, long[]> e : counts.entrySet()) {
      Key k = e.getKey();
      if (k.month().equals(month) && k.payee() == LineItem.Payee.META) {
        total = total.plus(k.unit().times(e.getValue()[0]));
      }
    }
    return total;
  }

  private long sequence(Key key) {
    return Objects.requireNonNull(counts.get(key))[1];
  }

  public List<LineItem> items() {
    List<Key> keys = new ArrayList<>(counts.keySet());
    keys.sort(order);
    List<LineItem> items = new ArrayList<>(keys.size());
    for (Key k : keys) {
      long count = Objects.requireNonNull(counts.get(k))[0];
      items.add(new LineItem(k.month(), k.payee(), k.market(), k.category(), k.free(), count, k.unit(),
          k.unit().times(count), k.reason()));
    }
    return items;
  }
}
