package dev.wabasdk.cost;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An itemised cost estimate: one {@link LineItem} per month × payee × market × category × free/paid × unit price,
 * all in one currency, exact. Print it with {@link #toTable()} or {@link #toCsv()}. Immutable and thread-safe.
 *
 * @param model the pricing model the Meta lines follow
 * @param currency the currency of every amount
 * @param items the lines, ordered by month, payee, market, category
 * @param cards the rate cards used (see their notes for provenance and uncertain figures)
 * @param notes assumptions and fallbacks the estimate relied on, one sentence each (warnings included)
 * @param warnings the fallbacks, typed: partial or uncertain cards, missing cards or rates, models applied outside
 *     their period, messages Meta does not deliver
 */
public record Estimate(PricingModel model, String currency, List<LineItem> items, List<RateCard> cards,
    List<String> notes, List<PricingWarning> warnings) {

  public Estimate {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(currency, "currency");
    items = List.copyOf(items);
    cards = List.copyOf(cards);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  /** An estimate without warnings. */
  public Estimate(PricingModel model, String currency, List<LineItem> items, List<RateCard> cards,
      List<String> notes) {
    this(model, currency, items, cards, notes, List.of());
  }

  /** Whether every amount rests on figures the shipped data states as facts (no warning). */
  public boolean isCertain() {
    return warnings.isEmpty();
  }

  /** Everything: Meta's charges plus BSP fees. */
  public Money total() {
    return sum(null);
  }

  /** Meta's charges only. */
  public Money metaTotal() {
    return sum(LineItem.Payee.META);
  }

  /** BSP fees only. */
  public Money bspTotal() {
    return sum(LineItem.Payee.BSP);
  }

  /** The total per calendar month, oldest first. */
  public Map<YearMonth, Money> totalsByMonth() {
    Map<YearMonth, Money> totals = new TreeMap<>();
    for (LineItem item : items) {
      totals.merge(item.month(), item.subtotal(), Money::plus);
    }
    return java.util.Collections.unmodifiableMap(totals);
  }

  /** Meta's charges per market, by market name. */
  public Map<Market, Money> metaTotalsByMarket() {
    Map<Market, Money> totals = new TreeMap<>();
    for (LineItem item : items) {
      if (item.payee() == LineItem.Payee.META && item.market() != null) {
        totals.merge(item.market(), item.subtotal(), Money::plus);
      }
    }
    return java.util.Collections.unmodifiableMap(totals);
  }

  /** How many Meta units (messages, or conversations under CBP) the estimate counts as charged. */
  public long chargedCount() {
    return metaCount(false);
  }

  /** How many Meta units (messages, or conversations under CBP) the estimate counts as free. */
  public long freeCount() {
    return metaCount(true);
  }

  private long metaCount(boolean free) {
    long count = 0;
    for (LineItem item : items) {
      if (item.payee() == LineItem.Payee.META && item.free() == free) {
        count += item.count();
      }
    }
    return count;
  }

  /**
   * The lines as an aligned text table, then the totals, the rate cards used and the notes; amounts are exact
   * (never rounded).
   */
  public String toTable() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Month", "Payee", "Market", "Category", "Free", "Count", "Unit price", "Subtotal", "Reason"});
    // One scale for every amount in the table, so decimal points line up: at least the card's own decimals
    // (0.0080 stays 0.0080), never fewer than an amount has (nothing is rounded).
    int scale = 2;
    for (LineItem item : items) {
      scale = Math.max(scale, Math.max(item.unitPrice().amount().scale(), decimals(item.subtotal())));
    }
    for (LineItem item : items) {
      rows.add(new String[] {item.month().toString(), item.payee().name(), text(item.market()), text(item.category()),
          item.free() ? "free" : "paid", Long.toString(item.count()),
          item.unitPrice().amount().setScale(scale).toPlainString(),
          item.subtotal().amount().setScale(scale).toPlainString(), item.reason()});
    }
    int[] widths = new int[rows.get(0).length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length - 1; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        boolean numeric = i >= 5 && i <= 7;
        String cell = row[i];
        if (i == row.length - 1) {
          line.append(cell);
        } else if (numeric) {
          line.append(" ".repeat(widths[i] - cell.length())).append(cell).append("  ");
        } else {
          line.append(cell).append(" ".repeat(widths[i] - cell.length())).append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    out.append("Total ").append(model).append(' ').append(currency).append(": ").append(total().plainAmount())
        .append(" (Meta ").append(metaTotal().plainAmount()).append(", BSP ").append(bspTotal().plainAmount())
        .append(")\n");
    for (RateCard card : cards) {
      out.append("Rate card: ").append(card.describe()).append('\n');
    }
    java.util.Set<String> warned = new java.util.HashSet<>();
    for (PricingWarning warning : warnings) {
      warned.add(warning.message());
    }
    for (String note : notes) {
      out.append(warned.contains(note) ? "Warning: " : "Note: ").append(note).append('\n');
    }
    return out.toString();
  }

  /**
   * The lines as CSV with the header
   * {@code month,payee,market,category,free,count,unit_price,subtotal,currency,reason}; amounts exact.
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("month,payee,market,category,free,count,unit_price,subtotal,currency,reason\n");
    for (LineItem item : items) {
      out.append(item.month()).append(',').append(item.payee()).append(',').append(csv(text(item.market())))
          .append(',').append(csv(text(item.category()))).append(',').append(item.free()).append(',')
          .append(item.count()).append(',').append(item.unitPrice().amount().toPlainString()).append(',')
          .append(item.subtotal().amount().toPlainString()).append(',').append(currency).append(',')
          .append(csv(item.reason())).append('\n');
    }
    return out.toString();
  }

  private Money sum(LineItem.@Nullable Payee payee) {
    Money total = Money.zero(currency);
    for (LineItem item : items) {
      if (payee == null || item.payee() == payee) {
        total = total.plus(item.subtotal());
      }
    }
    return total;
  }

  private static int decimals(Money money) {
    return Math.max(0, money.amount().stripTrailingZeros().scale());
  }

  private static String text(@Nullable Object value) {
    return value == null ? "" : value.toString();
  }

  private static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
