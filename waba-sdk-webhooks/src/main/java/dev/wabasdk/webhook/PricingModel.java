package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * The pricing model a status's {@code pricing.pricing_model} names: conversation-based ({@code CBP}, before 2025-07-01) or per-message ({@code PMP}).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum PricingModel {
  CBP,
  PMP,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final PricingModel[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static PricingModel of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (PricingModel candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
