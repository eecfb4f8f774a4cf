package dev.wabasdk.cost;

import java.util.Locale;
import java.util.Objects;

/**
 * Meta's pricing model ({@code pricing.pricing_model} in status webhooks), open: unknown values keep their raw
 * string. Immutable and thread-safe.
 *
 * @param value Meta's upper-case name, for example {@code PMP}
 */
public record PricingModel(String value) {
  /** Per-message pricing, from 2025-07-01: each delivered template is charged. */
  public static final PricingModel PMP = new PricingModel("PMP");
  /** Conversation-based pricing, 2023-06-01 to 2025-06-30: each 24-hour conversation is charged. */
  public static final PricingModel CBP = new PricingModel("CBP");

  public PricingModel {
    Objects.requireNonNull(value, "pricing model");
    value = value.strip().toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("pricing model: must not be blank");
    }
  }

  public static PricingModel of(String value) {
    return new PricingModel(value);
  }

  public boolean isKnown() {
    return this.equals(PMP) || this.equals(CBP);
  }

  @Override
  public String toString() {
    return value;
  }
}
