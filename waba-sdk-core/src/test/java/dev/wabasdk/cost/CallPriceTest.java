package dev.wabasdk.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Meta's Calling API pricing: free user-initiated calls, six-second pulses for business-initiated ones. */
class CallPriceTest {
  @Test
  void aStartedPulseCountsWholeAsInMetasExample() {
    // Meta: "a 56-second call (9.33 pulses) would be counted as 10 pulses".
    assertThat(CallPrice.pulses(Duration.ofSeconds(56))).isEqualTo(10);
    assertThat(CallPrice.pulses(Duration.ofSeconds(60))).isEqualTo(10);
    assertThat(CallPrice.pulses(Duration.ofMillis(60_001))).isEqualTo(11);
    assertThat(CallPrice.pulses(Duration.ZERO)).isZero();
  }

  @Test
  void aBusinessInitiatedCallCostsATenthOfTheMinuteRatePerPulse() {
    CallPrice price = CallPrice.businessInitiated(Duration.ofSeconds(56), Money.of("0.0240", "USD"));
    assertThat(price.pulses()).isEqualTo(10);
    assertThat(price.price()).isEqualTo(Money.of("0.0240", "USD"));
    assertThat(CallPrice.businessInitiated(Duration.ofSeconds(7), Money.of("0.0133", "USD")).price())
        .isEqualTo(Money.of("0.00266", "USD"));
  }

  @Test
  void userInitiatedCallsAreFree() {
    CallPrice price = CallPrice.userInitiated(Duration.ofMinutes(42), "EUR");
    assertThat(price.price().isZero()).isTrue();
    assertThat(price.pulses()).isZero();
    assertThatThrownBy(() -> CallPrice.pulses(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration");
  }
}
