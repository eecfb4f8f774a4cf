package dev.wabasdk.message;

import java.util.Objects;

/**
 * The {@code messages[].message_status} Meta returns for template sends: the template pacing status. Open: a value Meta adds
 * later is kept as is and {@link #isKnown()} is false.
 * Immutable and thread-safe.
 *
 * @param value the raw value, e.g. {@code accepted}
 */
public record PacingStatus(String value) {
  /** Accepted for delivery. */
  public static final PacingStatus ACCEPTED = new PacingStatus("accepted");
  /** Held while Meta assesses the template's quality (pacing); it may be sent or dropped later. */
  public static final PacingStatus HELD_FOR_QUALITY_ASSESSMENT = new PacingStatus("held_for_quality_assessment");

  public PacingStatus {
    Objects.requireNonNull(value, "value");
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return equals(ACCEPTED) || equals(HELD_FOR_QUALITY_ASSESSMENT);
  }
}
