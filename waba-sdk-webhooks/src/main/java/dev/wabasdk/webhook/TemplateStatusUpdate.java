package dev.wabasdk.webhook;

import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
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
 * @param status the new status ({@code event}); a value this SDK does not know keeps Meta's string
 *     ({@link TemplateStatus#isKnown()} is false)
 * @param reason why ({@code reason}, else {@code rejection_info.reason}), e.g.
 *     {@link RejectionReason#INVALID_FORMAT}; {@link RejectionReason#NONE} or null when Meta gave none
 * @param category the template category ({@code message_template_category}), when Meta sent it
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
    @Nullable RejectionReason reason,
    @Nullable TemplateCategory category,
    @Nullable String otherInfoTitle,
    @Nullable String otherInfoDescription,
    RawJson raw)
    implements TemplateEvent {

  public TemplateStatusUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(status, "status == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
