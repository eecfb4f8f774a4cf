package dev.wabasdk.policy;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A message template's review status ({@code status} on the template, {@code event} in the
 * {@code message_template_status_update} webhook). Open: a value Meta adds later is kept as is and
 * {@link #isKnown()} is false.
 *
 * @param value the raw value in Meta's upper case, e.g. {@code APPROVED}
 */
public record TemplateStatus(String value) {
  /** Approved: the only status in which the template can be sent. */
  public static final TemplateStatus APPROVED = new TemplateStatus("APPROVED");
  /** Waiting for review. */
  public static final TemplateStatus PENDING = new TemplateStatus("PENDING");
  /** Rejected in review. */
  public static final TemplateStatus REJECTED = new TemplateStatus("REJECTED");
  /** Paused by Meta for low quality (3 h, then 6 h). */
  public static final TemplateStatus PAUSED = new TemplateStatus("PAUSED");
  /** Disabled after repeated pauses. */
  public static final TemplateStatus DISABLED = new TemplateStatus("DISABLED");
  /** The business appealed a rejection. */
  public static final TemplateStatus IN_APPEAL = new TemplateStatus("IN_APPEAL");
  /** Scheduled for deletion. */
  public static final TemplateStatus PENDING_DELETION = new TemplateStatus("PENDING_DELETION");
  /** Deleted. */
  public static final TemplateStatus DELETED = new TemplateStatus("DELETED");
  /** The WABA reached its template count limit. */
  public static final TemplateStatus LIMIT_EXCEEDED = new TemplateStatus("LIMIT_EXCEEDED");
  /** Archived; deleted after 28 days unless unarchived. */
  public static final TemplateStatus ARCHIVED = new TemplateStatus("ARCHIVED");

  private static final Set<String> KNOWN = Set.of("APPROVED", "PENDING", "REJECTED", "PAUSED", "DISABLED",
      "IN_APPEAL", "PENDING_DELETION", "DELETED", "LIMIT_EXCEEDED", "ARCHIVED");

  public TemplateStatus {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("template status: must not be blank");
    }
  }

  /** The status for a raw value in any case, e.g. {@code "approved"} is {@link #APPROVED}. */
  public static TemplateStatus of(String value) {
    return new TemplateStatus(Objects.requireNonNull(value, "value").strip().toUpperCase(Locale.ROOT));
  }

  /** Whether this is one of the values documented when this SDK was released. */
  public boolean isKnown() {
    return KNOWN.contains(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
