package dev.wabasdk.payment;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An amount of money as the Payments API writes it: {@code {"value": 1234, "offset": 100}} is 12.34 (value divided
 * by offset). Meta requires an offset of 100 for both of its currencies, INR and BRL. Immutable and thread-safe.
 *
 * @param value the amount times {@code offset}, never negative
 * @param offset what {@code value} is divided by; positive
 */
public record Amount(long value, int offset) {
  /** The offset Meta requires for INR and BRL. */
  public static final int OFFSET = 100;

  public Amount {
    if (value < 0) {
      throw new IllegalArgumentException("amount value must not be negative, was " + value);
    }
    if (offset <= 0) {
      throw new IllegalArgumentException("amount offset must be positive, was " + offset);
    }
  }

  /** An amount in hundredths (paise, centavos): {@code Amount.of(1234)} is 12.34. */
  public static Amount of(long hundredths) {
    return new Amount(hundredths, OFFSET);
  }

  /**
   * An amount in whole units with at most two decimals: {@code Amount.of(new BigDecimal("12.34"))}.
   *
   * @throws IllegalArgumentException for more than two decimals or a negative amount
   */
  public static Amount of(BigDecimal units) {
    BigDecimal hundredths = units.movePointRight(2);
    if (hundredths.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("amount must have at most 2 decimals, was " + units.toPlainString());
    }
    return new Amount(hundredths.longValueExact(), OFFSET);
  }

  /** The amount in whole units, e.g. 12.34; with as many decimals as the offset has zeros (349.00 at 100). */
  public BigDecimal toBigDecimal() {
    int decimals = 0;
    for (long power = 1; power < offset; power *= 10) {
      decimals++;
    }
    if (BigDecimal.TEN.pow(decimals).longValueExact() == offset) {
      return BigDecimal.valueOf(value, decimals);
    }
    return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(offset), MathContext.DECIMAL128);
  }
}
