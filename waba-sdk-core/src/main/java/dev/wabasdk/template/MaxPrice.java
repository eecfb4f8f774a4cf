package dev.wabasdk.template;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * The most a marketing template's message may cost, Meta's {@code optimization_spec} of the Marketing Messages API's
 * max price (BETA): set when the template is created ({@code TemplateDefinition.Builder.maxPrice}) or edited
 * ({@link TemplateEdit#maxPrice}), read with {@code templates().maxPrice(templateId)}. Without one the template uses
 * Meta's rate card. Only messages sent through the Marketing Messages API may use such a template: a
 * {@code /messages} send is refused with 131061.
 *
 * <p>Mind the unit: {@code bid_amount} is per <b>1,000</b> deliveries in the <b>smallest unit</b> of the WhatsApp
 * Business Account's currency (₹0.87 a delivery is {@code 87000} paise per 1,000), while the {@code cost} of status
 * webhooks is per message in the currency's base unit (0.87). There is no currency field: Meta always uses the
 * account's own currency.
 *
 * <pre>{@code
 * MaxPrice max = MaxPrice.perDelivery(new BigDecimal("0.87"), "INR");   // bid_amount 87000
 * BigDecimal back = max.perDelivery("INR");                             // 0.87
 * }</pre>
 * (Amounts are plain {@code BigDecimal}s: {@code dev.wabasdk.cost.Money} sits above the client, where the
 * resource packages may not reach; {@code Money.of(max.perDelivery("INR"), "INR")} makes one.)
 * Immutable and thread-safe.
 *
 * @param bidAmount {@code bid_amount}: the max price per 1,000 deliveries in the smallest unit of the account's
 *     currency (cents for USD, paise for INR), 1 to 2147483647 (Meta's int32)
 * @param bidStrategy {@code bid_strategy}, {@link BidStrategy#LOWEST_COST_WITH_BID_CAP}
 */
public record MaxPrice(long bidAmount, BidStrategy bidStrategy) {
  /** The largest {@code bid_amount}: Meta's field is an int32. */
  public static final long MAX_BID_AMOUNT = Integer.MAX_VALUE;

  /** Deliveries a {@code bid_amount} is counted in. */
  private static final int PER = 1000;

  /**
   * @throws IllegalArgumentException when {@code bidAmount} is not 1 to {@link #MAX_BID_AMOUNT}
   */
  public MaxPrice {
    Objects.requireNonNull(bidStrategy, "bidStrategy");
    if (bidAmount < 1 || bidAmount > MAX_BID_AMOUNT) {
      throw new IllegalArgumentException("optimization_spec.bid_amount: must be 1 to " + MAX_BID_AMOUNT
          + " (int32: the max price per 1,000 deliveries in the smallest unit of the account's currency), was "
          + bidAmount);
    }
  }

  /**
   * A max price of {@code bidAmount} per 1,000 deliveries in the smallest unit of the account's currency (e.g.
   * {@code 87000} for ₹0.87 a delivery), with {@link BidStrategy#LOWEST_COST_WITH_BID_CAP}.
   *
   * @throws IllegalArgumentException when {@code bidAmount} is not 1 to {@link #MAX_BID_AMOUNT}
   */
  public static MaxPrice perThousand(long bidAmount) {
    return new MaxPrice(bidAmount, BidStrategy.LOWEST_COST_WITH_BID_CAP);
  }

  /**
   * A max price of {@code price} a delivery in {@code currency}'s base unit, with
   * {@link BidStrategy#LOWEST_COST_WITH_BID_CAP}: {@code bid_amount} is the price in the currency's smallest unit
   * times 1,000 (INR 0.87 gives 87000, USD 0.05 gives 5000, JPY 3 gives 3000). The currency must be the WhatsApp
   * Business Account's: Meta takes no other and converts nothing.
   *
   * @param price the max price of one delivery, e.g. {@code 0.87}
   * @param currency the account's ISO 4217 currency, e.g. {@code INR}
   * @throws IllegalArgumentException when the result is not a whole number from 1 to {@link #MAX_BID_AMOUNT} (a
   *     fraction of the smallest unit per 1,000 deliveries), or Java does not know the currency's minor unit
   */
  public static MaxPrice perDelivery(BigDecimal price, String currency) {
    Objects.requireNonNull(price, "price");
    BigDecimal perThousand = price.movePointRight(minorDigits(currency)).multiply(BigDecimal.valueOf(PER));
    boolean whole = perThousand.signum() == 0 || perThousand.stripTrailingZeros().scale() <= 0;
    if (!whole || perThousand.signum() <= 0 || perThousand.compareTo(BigDecimal.valueOf(MAX_BID_AMOUNT)) > 0) {
      throw new IllegalArgumentException("optimization_spec.bid_amount: " + currency + " " + price.toPlainString()
          + " a delivery is " + plain(perThousand) + " per 1,000 deliveries in the currency's smallest unit; must be"
          + " a whole number from 1 to " + MAX_BID_AMOUNT);
    }
    return perThousand(perThousand.longValueExact());
  }

  /**
   * This max price a delivery in {@code currency}'s base unit (the account's currency): {@code bid_amount / 1000}
   * smallest units, e.g. {@code 0.87} for 87000 in INR, the unit status webhooks report a message's {@code cost} in.
   *
   * @throws IllegalArgumentException when Java does not know the currency's minor unit
   */
  public BigDecimal perDelivery(String currency) {
    return new BigDecimal(plain(BigDecimal.valueOf(bidAmount).movePointLeft(minorDigits(currency) + 3)));
  }

  /** Without trailing zeros and never in exponent form: {@code 0.87}, {@code 87050}. */
  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }

  /** Decimals of the currency's smallest unit (2 for INR and USD, 0 for JPY), from {@link Currency}. */
  private static int minorDigits(String currency) {
    Objects.requireNonNull(currency, "currency");
    int digits;
    try {
      digits = Currency.getInstance(currency).getDefaultFractionDigits();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency: not an ISO 4217 currency, was '" + currency + "'", e);
    }
    if (digits < 0) {
      throw new IllegalArgumentException("currency: " + currency + " has no minor unit to count a bid_amount in");
    }
    return digits;
  }
}
