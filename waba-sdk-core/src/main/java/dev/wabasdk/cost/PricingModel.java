package dev.wabasdk.cost;

import java.time.LocalDate;
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
  /**
   * Conversation-based pricing, 2022-02-01 to 2025-06-30: each 24-hour conversation is charged. Until 2023-05-31
   * conversations were user-initiated or business-initiated, with 1,000 free a month; from 2023-06-01 marketing,
   * utility, authentication or service.
   */
  public static final PricingModel CBP = new PricingModel("CBP");
  /**
   * Notification-based pricing, until 2022-01-31: each delivered template message ("notification") outside the 24-hour
   * customer care window is charged; everything inside it is free.
   */
  public static final PricingModel NBP = new PricingModel("NBP");

  /** First day of conversation-based pricing (00:00 in the WABA's time zone). */
  public static final LocalDate CBP_START = LocalDate.of(2022, 2, 1);
  /** First day of per-message pricing. */
  public static final LocalDate PMP_START = LocalDate.of(2025, 7, 1);

  public PricingModel {
    Objects.requireNonNull(value, "pricing model");
    value = value.strip().toUpperCase(Locale.ROOT);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("pricing model: must not be blank");
    }
  }

  public static PricingModel of(String value) {
    Objects.requireNonNull(value, "pricing model");
    // Meta's own spelling: the constant, without the constructor's stripping and upper-casing.
    return switch (value) {
      case "PMP" -> PMP;
      case "CBP" -> CBP;
      case "NBP" -> NBP;
      default -> new PricingModel(value);
    };
  }

  public boolean isKnown() {
    return this.equals(PMP) || this.equals(CBP) || this.equals(NBP);
  }

  /** The model Meta billed with on {@code date} (a day in the WABA's time zone). */
  public static PricingModel inForceOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isBefore(CBP_START) ? NBP : date.isBefore(PMP_START) ? CBP : PMP;
  }

  /** Whether Meta billed with this model on {@code date}. */
  public boolean inForce(LocalDate date) {
    return inForceOn(date).equals(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
