package dev.wabasdk.cost;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One band of Meta's graduated volume tiers for a market and category (utility and authentication only): the
 * {@code from}-th to the {@code to}-th charged message of a calendar month cost {@code rate} each. Immutable and
 * thread-safe.
 *
 * @param from the first message number in the band, 1-based
 * @param to the last message number in the band, or {@code null} for an open band
 * @param rate the price per message inside the band
 */
public record VolumeTier(long from, @Nullable Long to, Money rate) {
  public VolumeTier {
    Objects.requireNonNull(rate, "rate");
    if (from < 1) {
      throw new IllegalArgumentException("from: must be at least 1, was " + from);
    }
    if (to != null && to < from) {
      throw new IllegalArgumentException("to: must be at least from (" + from + "), was " + to);
    }
  }

  /** The band as Meta writes it in tier webhooks: {@code "25000001:50000000"}, open bands as {@code "25000001:"}. */
  public String label() {
    return from + ":" + (to == null ? "" : to);
  }
}
