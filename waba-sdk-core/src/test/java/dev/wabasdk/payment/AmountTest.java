package dev.wabasdk.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AmountTest {
  @Test
  void anAmountIsItsValueOverItsOffsetWithTheOffsetsDecimals() {
    assertThat(Amount.of(1234)).isEqualTo(new Amount(1234, 100));
    assertThat(Amount.of(34900).toBigDecimal()).isEqualTo(new BigDecimal("349.00"));
    assertThat(new Amount(7, 1).toBigDecimal()).isEqualTo(new BigDecimal("7"));
    assertThat(new Amount(5, 3).toBigDecimal()).isEqualByComparingTo(new BigDecimal(5).divide(new BigDecimal(3),
        java.math.MathContext.DECIMAL128));
  }

  @Test
  void fromUnitsAtMostTwoDecimalsAndNeverNegative() {
    assertThat(Amount.of(new BigDecimal("12.34"))).isEqualTo(Amount.of(1234));
    assertThat(Amount.of(new BigDecimal("12.300"))).isEqualTo(Amount.of(1230));
    assertThatThrownBy(() -> Amount.of(new BigDecimal("12.345")))
        .hasMessage("amount must have at most 2 decimals, was 12.345");
    assertThatThrownBy(() -> Amount.of(-1)).hasMessage("amount value must not be negative, was -1");
    assertThatThrownBy(() -> new Amount(1, 0)).hasMessage("amount offset must be positive, was 0");
  }
}
