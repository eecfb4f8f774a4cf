package dev.wabasdk.message;

import java.util.Objects;

/**
 * The {@code messages[].message_status} Meta returns for template sends (template pacing). Open: a value Meta adds
 * later is kept as is and {@link #isKnown()} is false.
 *
 * @param value the raw value, e.g. {@code accepted}
 */
public record MessageStatus(String value) {
  /** Accepted for delivery. */
  public static final MessageStatus ACCEPTED = new MessageStatus("accepted");
  /** Held while Meta assesses the template's quality (pacing); it may be sent or dropped later. */
  public static final MessageStatus HELD_FOR_QUALITY_ASSESSMENT = new MessageStatus("held_for_quality_assessment");

  public MessageStatus {
    Objects.requireNonNull(value, "value");
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return equals(ACCEPTED) || equals(HELD_FOR_QUALITY_ASSESSMENT);
  }
}
