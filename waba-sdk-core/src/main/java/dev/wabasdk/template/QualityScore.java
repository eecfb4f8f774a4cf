package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quality of a message template ({@code quality_score.score}), from recent user feedback. Low quality pauses it.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code GREEN}
 */
public record QualityScore(String value) {
  /** High quality. */
  public static final QualityScore GREEN = new QualityScore("GREEN");
  /** Medium quality. */
  public static final QualityScore YELLOW = new QualityScore("YELLOW");
  /** Low quality: the template may be paused. */
  public static final QualityScore RED = new QualityScore("RED");
  /** Not yet rated (Meta's own value). */
  public static final QualityScore UNKNOWN = new QualityScore("UNKNOWN");

  private static final Map<String, QualityScore> KNOWN =
      Stream.of(GREEN, YELLOW, RED, UNKNOWN).collect(Collectors.toUnmodifiableMap(QualityScore::value, Function.identity()));

  public QualityScore {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static QualityScore of(String value) {
    Objects.requireNonNull(value, "value");
    QualityScore known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new QualityScore(value);
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
