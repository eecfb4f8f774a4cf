package dev.wabasdk.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The price of one WhatsApp call under Meta's Calling API pricing: user-initiated calls are free; business-initiated
 * calls are billed in six-second pulses (a started pulse counts whole) at the per-minute rate of the called
 * number's market and the portfolio's calling volume tier, which the caller takes from Meta's calling rate card.
 * The call permission request itself is an ordinary message, priced by {@link CostEstimator}. Exact
 * ({@code BigDecimal}); immutable and thread-safe.
 *
 * <pre>{@code
 * CallPrice price = CallPrice.businessInitiated(Duration.ofSeconds(56), Money.of("0.0240", "USD"));
 * price.pulses(); // 10
 * price.price();  // USD 0.0240 (10 pulses of a tenth of a minute)
 * }</pre>
 *
 * @param businessInitiated whether the business placed the call
 * @param duration the connected duration
 * @param pulses the billed six-second pulses (0 for a user-initiated call)
 * @param price the charge
 */
public record CallPrice(boolean businessInitiated, Duration duration, long pulses, Money price) {
  /** Meta bills business-initiated calls in pulses of this length. */
  public static final Duration PULSE = Duration.ofSeconds(6);
  private static final BigDecimal PULSES_PER_MINUTE = BigDecimal.TEN;

  public CallPrice {
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(price, "price");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration: must not be negative, was " + duration);
    }
  }

  /** A user-initiated call: free whatever its length. */
  public static CallPrice userInitiated(Duration duration, String currency) {
    return new CallPrice(false, duration, 0, Money.zero(currency));
  }

  /**
   * A business-initiated call of {@code duration} at {@code ratePerMinute} (the market's rate in the current
   * volume tier): {@code ceil(seconds / 6)} pulses, each a tenth of the minute rate.
   */
  public static CallPrice businessInitiated(Duration duration, Money ratePerMinute) {
    Objects.requireNonNull(ratePerMinute, "ratePerMinute");
    long pulses = pulses(duration);
    BigDecimal perPulse = ratePerMinute.amount().divide(PULSES_PER_MINUTE, ratePerMinute.amount().scale() + 1,
        RoundingMode.UNNECESSARY);
    return new CallPrice(true, duration, pulses, Money.of(perPulse.multiply(BigDecimal.valueOf(pulses)),
        ratePerMinute.currency()));
  }

  /** The billed pulses of a business-initiated call: a started pulse counts whole (56 s is 10 pulses). */
  public static long pulses(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("duration: must not be negative, was " + duration);
    }
    long millis = duration.toMillis();
    long pulse = PULSE.toMillis();
    return (millis + pulse - 1) / pulse;
  }
}
