package dev.wabasdk.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A message template's category, which decides its price and which rules apply to it. Open: legacy or future
 * values are kept as is and {@link #isKnown()} is false.
 *
 * @param value the raw value in Meta's upper case, e.g. {@code MARKETING}
 */
public record TemplateCategory(String value) {
  /** Promotions, offers, re-engagement: opt-outs, frequency caps and quiet hours apply. */
  public static final TemplateCategory MARKETING = new TemplateCategory("MARKETING");
  /** Updates about an existing transaction or account. */
  public static final TemplateCategory UTILITY = new TemplateCategory("UTILITY");
  /** One-time passcodes. */
  public static final TemplateCategory AUTHENTICATION = new TemplateCategory("AUTHENTICATION");

  public TemplateCategory {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("template category: must not be blank");
    }
  }

  /** The category for a raw value in any case, e.g. {@code "marketing"} is {@link #MARKETING}. */
  public static TemplateCategory of(String value) {
    return new TemplateCategory(Objects.requireNonNull(value, "value").strip().toUpperCase(Locale.ROOT));
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return equals(MARKETING) || equals(UTILITY) || equals(AUTHENTICATION);
  }

  @Override
  public String toString() {
    return value;
  }
}
