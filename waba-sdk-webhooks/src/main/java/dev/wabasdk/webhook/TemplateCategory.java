package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * A message template's category ({@code MARKETING}, {@code UTILITY}, {@code AUTHENTICATION}).
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum TemplateCategory {
  MARKETING,
  UTILITY,
  AUTHENTICATION,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final TemplateCategory[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static TemplateCategory of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (TemplateCategory candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
