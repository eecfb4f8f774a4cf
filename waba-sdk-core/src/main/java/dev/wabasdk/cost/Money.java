package dev.wabasdk.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * An exact amount of money in one currency. Arithmetic never rounds; {@link #format(int)} rounds for display
 * only. Two amounts are equal when they have the same currency and the same numeric value ({@code 0.10} equals
 * {@code 0.1}). Immutable and thread-safe.
 *
 * @param amount the exact amount
 * @param currency the ISO 4217 code, upper case (for example {@code USD})
 */
public record Money(BigDecimal amount, String currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (!isIsoCode(currency)) {
      throw new IllegalArgumentException("currency: must be a 3-letter ISO 4217 code such as 'USD', was '" + currency + "'");
    }
  }

  /** Three letters A to Z (what the regex {@code [A-Z]{3}} said, without compiling it for every amount). */
  private static boolean isIsoCode(String currency) {
    if (currency.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = currency.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  /** {@code amount} (a decimal string such as {@code "0.0118"}) in {@code currency}. */
  public static Money of(String amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new Money(new BigDecimal(amount.strip()), currency);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount: not a decimal number: '" + amount + "'", e);
    }
  }

  /** {@code amount} in {@code currency}. */
  public static Money of(BigDecimal amount, String currency) {
    return new Money(amount, currency);
  }

  /** Zero in {@code currency}. */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public Money minus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /** This amount times a count, exactly. */
  public Money times(long count) {
    return new Money(amount.multiply(BigDecimal.valueOf(count)), currency);
  }

  /** This amount times a factor, exactly (no rounding). */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  /** This amount converted at {@code rate} units of {@code targetCurrency} per unit of this currency, exactly. */
  public Money convert(String targetCurrency, BigDecimal rate) {
    return new Money(amount.multiply(rate), targetCurrency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** The amount rounded half-even to {@code scale} decimals, with the currency: {@code "USD 0.01"}. */
  public String format(int scale) {
    return currency + " " + amount.setScale(scale, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** The exact amount as a plain decimal string, without trailing zeros beyond two decimals. */
  public String plainAmount() {
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() < 2) {
      stripped = stripped.setScale(2);
    }
    return stripped.toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    // Equal amounts (0.10 and 0.1) are the same exact number, so they round to the same double; unlike
    // stripTrailingZeros() this allocates nothing, and line items hash a price per message.
    return 31 * currency.hashCode() + Double.hashCode(amount.doubleValue());
  }

  /** {@code "USD 0.0118"}: the exact amount, never rounded. */
  @Override
  public String toString() {
    return currency + " " + plainAmount();
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "currency mismatch: %s and %s (convert with an exchange rate you supply first)", currency, other.currency));
    }
  }
}
