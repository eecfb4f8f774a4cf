package dev.wabasdk.phone;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quality rating of a business phone number ({@code quality_rating}), from user signals of about the last 7 days.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code GREEN}
 */
public record QualityRating(String value) {
  /** High quality. */
  public static final QualityRating GREEN = new QualityRating("GREEN");
  /** Medium quality. */
  public static final QualityRating YELLOW = new QualityRating("YELLOW");
  /** Low quality: scaling is blocked and restrictions may follow. */
  public static final QualityRating RED = new QualityRating("RED");
  /** Not yet determined. */
  public static final QualityRating NA = new QualityRating("NA");
  /** Unknown (Meta's own value). */
  public static final QualityRating UNKNOWN = new QualityRating("UNKNOWN");

  private static final Map<String, QualityRating> KNOWN =
      Stream.of(GREEN, YELLOW, RED, NA, UNKNOWN).collect(Collectors.toUnmodifiableMap(QualityRating::value, Function.identity()));

  public QualityRating {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static QualityRating of(String value) {
    Objects.requireNonNull(value, "value");
    QualityRating known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new QualityRating(value);
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
