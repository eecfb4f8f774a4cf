package dev.wabasdk.template;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How Meta bids for a marketing template's deliveries, {@code optimization_spec.bid_strategy} of a
 * {@link MaxPrice}. Meta currently supports only {@link #LOWEST_COST_WITH_BID_CAP}. Open: a strategy Meta adds later
 * is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns the constant for a known value, so it
 * may be compared with {@code ==}. Immutable and thread-safe.
 *
 * @param value the raw value as Meta writes it, e.g. {@code LOWEST_COST_WITH_BID_CAP}
 */
public record BidStrategy(String value) {
  /** The lowest cost per delivery Meta can get, never above the template's {@code bid_amount}. */
  public static final BidStrategy LOWEST_COST_WITH_BID_CAP = new BidStrategy("LOWEST_COST_WITH_BID_CAP");

  private static final Map<String, BidStrategy> KNOWN =
      Map.of(LOWEST_COST_WITH_BID_CAP.value(), LOWEST_COST_WITH_BID_CAP);

  /**
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public BidStrategy {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("optimization_spec.bid_strategy: must not be blank");
    }
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static BidStrategy of(String value) {
    Objects.requireNonNull(value, "value");
    BidStrategy known = KNOWN.get(value.strip().toUpperCase(Locale.ROOT));
    return known != null ? known : new BidStrategy(value);
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.containsKey(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
