package dev.wabasdk.template;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review and lifecycle status of a message template ({@code status}); only {@link #APPROVED} templates can be sent.
 * Also the {@code event} of {@code message_template_status_update} webhooks.
 * Open: a value Meta adds later is kept as is and {@link #isKnown()} is false; {@link #of(String)} returns
 * the constants below for known values, so they may be compared with {@code ==}.
 * Immutable and thread-safe.
 *
 * @param value the raw value as Meta sends it, e.g. {@code APPROVED}
 */
public record TemplateStatus(String value) {
  /** Approved: can be sent. */
  public static final TemplateStatus APPROVED = new TemplateStatus("APPROVED");
  /** Waiting for Meta's review. */
  public static final TemplateStatus PENDING = new TemplateStatus("PENDING");
  /** Rejected; see the rejection reason. May be edited and resubmitted. */
  public static final TemplateStatus REJECTED = new TemplateStatus("REJECTED");
  /** Paused for low quality; sends fail with 132015 until unpaused. */
  public static final TemplateStatus PAUSED = new TemplateStatus("PAUSED");
  /** Disabled after repeated pauses; sends fail with 132016. */
  public static final TemplateStatus DISABLED = new TemplateStatus("DISABLED");
  /** The rejection is being appealed. */
  public static final TemplateStatus IN_APPEAL = new TemplateStatus("IN_APPEAL");
  /** Deleted, waiting for removal. */
  public static final TemplateStatus PENDING_DELETION = new TemplateStatus("PENDING_DELETION");
  /** Deleted. */
  public static final TemplateStatus DELETED = new TemplateStatus("DELETED");
  /** Over the WABA's template limit. */
  public static final TemplateStatus LIMIT_EXCEEDED = new TemplateStatus("LIMIT_EXCEEDED");
  /** Flagged for low quality; paused or disabled unless quality improves. */
  public static final TemplateStatus FLAGGED = new TemplateStatus("FLAGGED");
  /** Reinstated after a pause or appeal. */
  public static final TemplateStatus REINSTATED = new TemplateStatus("REINSTATED");
  /** Archived; deleted after 28 days unless unarchived. */
  public static final TemplateStatus ARCHIVED = new TemplateStatus("ARCHIVED");
  /** Unarchived. */
  public static final TemplateStatus UNARCHIVED = new TemplateStatus("UNARCHIVED");
  /** Locked: cannot be edited. */
  public static final TemplateStatus LOCKED = new TemplateStatus("LOCKED");

  private static final Map<String, TemplateStatus> KNOWN =
      Stream.of(APPROVED, PENDING, REJECTED, PAUSED, DISABLED, IN_APPEAL, PENDING_DELETION, DELETED, LIMIT_EXCEEDED, FLAGGED, REINSTATED, ARCHIVED, UNARCHIVED, LOCKED).collect(Collectors.toUnmodifiableMap(TemplateStatus::value, Function.identity()));

  public TemplateStatus {
    Objects.requireNonNull(value, "value");
  }

  /** The constant for a known value (case-insensitive), or a new instance keeping an unknown value as is. */
  public static TemplateStatus of(String value) {
    Objects.requireNonNull(value, "value");
    TemplateStatus known = KNOWN.get(value.strip().toUpperCase(java.util.Locale.ROOT));
    return known != null ? known : new TemplateStatus(value);
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
