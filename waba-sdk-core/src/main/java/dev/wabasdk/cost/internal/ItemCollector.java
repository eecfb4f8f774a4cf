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
  /**
   * A line's key. Mutable only as the collector's look-up probe: {@link #add} fills the probe instead of allocating a
   * key per message, and stores a copy when the line is new (stored keys never change). The hash leaves the unit
   * price out (equal keys still hash alike; lines of one month, market, category and reason rarely differ only in
   * price) so a price's {@code BigDecimal} is not hashed per message.
   */
  private static final class Key {
    private YearMonth month;
    private LineItem.Payee payee;
    private @Nullable Market market;
    private @Nullable PricingCategory category;
    private boolean free;
    private Money unit;
    private String reason;
    private int hash;

    /** The probe's first state; {@link #set} fills it before each look-up. */
    Key() {
      this(YearMonth.of(2000, 1), LineItem.Payee.META, null, null, false, Money.zero("USD"), "");
    }

    Key(YearMonth month, LineItem.Payee payee, @Nullable Market market, @Nullable PricingCategory category,
        boolean free, Money unit, String reason) {
      set(month, payee, market, category, free, unit, reason);
    }

    private void set(YearMonth month, LineItem.Payee payee, @Nullable Market market, @Nullable PricingCategory category,
        boolean free, Money unit, String reason) {
      this.month = month;
      this.payee = payee;
      this.market = market;
      this.category = category;
      this.free = free;
      this.unit = unit;
      this.reason = reason;
      this.hash = hash(month, payee, market, category, free, reason);
    }

    private static int hash(YearMonth month, LineItem.Payee payee, @Nullable Market market,
        @Nullable PricingCategory category, boolean free, String reason) {
      int h = month.hashCode();
      h = 31 * h + payee.ordinal();
      h = 31 * h + (market == null ? 0 : market.name().hashCode());
      h = 31 * h + (category == null ? 0 : category.value().hashCode());
      h = 31 * h + (free ? 1 : 0);
      return 31 * h + reason.hashCode();
    }

    Key copy() {
      return new Key(month, payee, market, category, free, unit, reason);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      // Mostly the same instances (shared months, markets, categories, reasons, card prices): == first.
      return o instanceof Key k && hash == k.hash && free == k.free && payee == k.payee
          && (month == k.month || month.equals(k.month))
          && (market == k.market || Objects.equals(market, k.market))
          && (category == k.category || Objects.equals(category, k.category))
          && (reason == k.reason || reason.equals(k.reason))
          && (unit == k.unit || unit.equals(k.unit));
    }
  }

  /** Meta lines by market and category; BSP lines in the order they were added (fee list order). */
  private final Comparator<Key> order = Comparator.comparing((Key k) -> k.month)
      .thenComparing(k -> k.payee)
      .thenComparing(k -> k.payee == LineItem.Payee.BSP ? sequence(k) : 0L)
      .thenComparing(k -> k.market == null ? "" : k.market.name())
      .thenComparing(k -> k.category == null ? "" : k.category.value())
      .thenComparing(k -> k.free)
      .thenComparing(k -> k.unit.amount())
      .thenComparing(k -> k.reason);

  private final Map<Key, long[]> counts = new HashMap<>();
  private final Key probe = new Key();

  public void add(YearMonth month, LineItem.Payee payee, @Nullable Market market, @Nullable PricingCategory category,
      boolean free, Money unit, String reason, long count) {
    if (count == 0) {
      return;
    }
    probe.set(month, payee, market, category, free, unit, reason);
    long[] counter = counts.get(probe);
    if (counter == null) {
      counter = new long[] {0, counts.size()};
      counts.put(probe.copy(), counter);
    }
    counter[0] += count;
  }

  /** Meta's charges of a month, in {@code currency}. */
  public Money metaTotal(YearMonth month, String currency) {
    Money total = Money.zero(currency);
    for (Map.Entry<Key, long[]> e : counts.entrySet()) {
      Key k = e.getKey();
      if (k.month.equals(month) && k.payee == LineItem.Payee.META) {
        total = total.plus(k.unit.times(e.getValue()[0]));
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
      items.add(new LineItem(k.month, k.payee, k.market, k.category, k.free, count, k.unit, k.unit.times(count),
          k.reason));
    }
    return items;
  }
}
