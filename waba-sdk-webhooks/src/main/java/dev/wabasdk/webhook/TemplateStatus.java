package dev.wabasdk.webhook;

import java.util.Locale;

/**
 * A message template's status, as the {@code event} of a {@code message_template_status_update}.
 *
 * <p>Open: a value this SDK does not know yet maps to {@link #UNKNOWN}; the event keeps Meta's raw string.
 */
public enum TemplateStatus {
  APPROVED,
  PENDING,
  REJECTED,
  PAUSED,
  DISABLED,
  IN_APPEAL,
  PENDING_DELETION,
  DELETED,
  LIMIT_EXCEEDED,
  FLAGGED,
  REINSTATED,
  ARCHIVED,
  UNARCHIVED,
  LOCKED,
  /** A value this SDK does not know yet. */
  UNKNOWN;

  private static final TemplateStatus[] VALUES = values();

  /** Maps Meta's value (any letter case) to a constant, or {@link #UNKNOWN}. */
  public static TemplateStatus of(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (TemplateStatus candidate : VALUES) {
      if (candidate != UNKNOWN && candidate.name().equals(upper)) {
        return candidate;
      }
    }
    return UNKNOWN;
  }
}
