package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's status changed ({@code message_template_status_update}): approved, rejected, paused, disabled, ...
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param status the new status ({@code event}); {@link TemplateStatus#UNKNOWN} for a value this SDK does not know
 * @param rawStatus {@code event} as Meta sent it
 * @param reason why, e.g. a rejection reason such as {@code INVALID_FORMAT}; null or {@code NONE} when none
 * @param category the template category, when Meta sent it
 * @param rawCategory {@code message_template_category} as Meta sent it
 * @param otherInfoTitle {@code other_info.title}, e.g. {@code FIRST_PAUSE}
 * @param otherInfoDescription {@code other_info.description}
 * @param raw the change {@code value} as Meta sent it
 */
public record TemplateStatusUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    TemplateStatus status,
    String rawStatus,
    @Nullable String reason,
    @Nullable TemplateCategory category,
    @Nullable String rawCategory,
    @Nullable String otherInfoTitle,
    @Nullable String otherInfoDescription,
    RawJson raw)
    implements TemplateEvent {

  public TemplateStatusUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(rawStatus, "rawStatus == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
