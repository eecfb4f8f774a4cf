package dev.wabasdk.cost.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.cost.LineItem;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The collector's reused look-up key groups lines by value, as the record key it replaced did. */
class ItemCollectorTest {
  private static final YearMonth NOV = YearMonth.of(2026, 11);

  @Test
  void equalValuesInOtherInstancesCountOnOneLine() {
    ItemCollector items = new ItemCollector();
    items.add(NOV, LineItem.Payee.META, new Market("India"), PricingCategory.MARKETING, false,
        Money.of("0.10", "USD"), new String("marketing"), 1);
    items.add(YearMonth.of(2026, 11), LineItem.Payee.META, new Market("India"), PricingCategory.of("MARKETING"),
        false, Money.of("0.1", "USD"), "marketing", 2);
    assertThat(items.items()).containsExactly(new LineItem(NOV, LineItem.Payee.META, new Market("India"),
        PricingCategory.MARKETING, false, 3, Money.of("0.10", "USD"), Money.of("0.30", "USD"), "marketing"));
  }

  @Test
  void anyDifferingFieldMakesAnotherLineInTheSameOrder() {
    ItemCollector items = new ItemCollector();
    Market in = new Market("India");
    Money p = Money.of("0.10", "USD");
    items.add(NOV, LineItem.Payee.META, in, PricingCategory.MARKETING, false, p, "r", 1);
    items.add(NOV.plusMonths(1), LineItem.Payee.META, in, PricingCategory.MARKETING, false, p, "r", 1);
    items.add(NOV, LineItem.Payee.BSP, null, null, false, p, "fee b", 1);
    items.add(NOV, LineItem.Payee.BSP, null, null, false, p, "fee a", 1);
    items.add(NOV, LineItem.Payee.META, new Market("Brazil"), PricingCategory.MARKETING, false, p, "r", 1);
    items.add(NOV, LineItem.Payee.META, in, PricingCategory.UTILITY, false, p, "r", 1);
    items.add(NOV, LineItem.Payee.META, in, PricingCategory.MARKETING, true, p, "r", 1);
    items.add(NOV, LineItem.Payee.META, in, PricingCategory.MARKETING, false, Money.of("0.20", "USD"), "r", 1);
    items.add(NOV, LineItem.Payee.META, in, PricingCategory.MARKETING, false, p, "s", 1);
    items.add(NOV, LineItem.Payee.META, in, PricingCategory.MARKETING, false, p, "r", 0); // nothing
    List<String> lines = items.items().stream().map(i -> i.month() + " " + i.payee() + " " + i.market() + " "
        + i.category() + " " + i.free() + " " + i.unitPrice() + " " + i.reason() + " " + i.count()).toList();
    assertThat(lines).containsExactly(
        "2026-11 META Brazil marketing false USD 0.10 r 1",
        "2026-11 META India marketing false USD 0.10 r 1",
        "2026-11 META India marketing false USD 0.10 s 1",
        "2026-11 META India marketing false USD 0.20 r 1",
        "2026-11 META India marketing true USD 0.10 r 1",
        "2026-11 META India utility false USD 0.10 r 1",
        "2026-11 BSP null null false USD 0.10 fee b 1",
        "2026-11 BSP null null false USD 0.10 fee a 1",
        "2026-12 META India marketing false USD 0.10 r 1");
    assertThat(items.metaTotal(NOV, "USD")).isEqualTo(Money.of("0.70", "USD"));
  }
}
