package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * A template's quality score. Meta's own {@code UNKNOWN} score (not enough data yet) also maps to {@link #UNKNOWN};
 * the raw value tells them apart.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum QualityScore {
  GREEN,
  YELLOW,
  RED,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final QualityScore[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static QualityScore of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (QualityScore candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
