package dev.wabasdk.cost;

import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of an {@link Estimate}: how many messages (or conversations, or fees) of one kind, at what unit price.
 * Immutable and thread-safe.
 *
 * @param month the calendar month (WABA time zone) the charges fall in
 * @param payee who is paid: Meta or the BSP
 * @param market the market, {@code null} for BSP fees that are not per market
 * @param category the pricing category, {@code null} for BSP fees that are not per category
 * @param free whether the line costs nothing
 * @param count how many messages, conversations or fee units
 * @param unitPrice the price of one
 * @param subtotal {@code unitPrice × count}, exact
 * @param reason why this price applies, one sentence
 */
public record LineItem(YearMonth month, Payee payee, @Nullable Market market, @Nullable PricingCategory category,
    boolean free, long count, Money unitPrice, Money subtotal, String reason) {

  /** Who a line is paid to; an enum, thread-safe. */
  public enum Payee {
    /** Meta's charges, from the rate card. */
    META,
    /** The BSP's fees, from {@link BspFees}. */
    BSP
  }

  public LineItem {
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(unitPrice, "unitPrice");
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(reason, "reason");
    if (count < 0) {
      throw new IllegalArgumentException("count: must not be negative, was " + count);
    }
  }
}
