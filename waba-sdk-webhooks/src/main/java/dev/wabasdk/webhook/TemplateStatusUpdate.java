package dev.wabasdk.webhook;

import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's status changed ({@code message_template_status_update}): approved, rejected, paused, disabled, ...
 * Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
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
 * @param rejectionRecommendation what to change to get the template approved
 *     ({@code rejection_info.recommendation}), when Meta sent it
 * @param rejectionInfoReason {@code rejection_info.reason} as Meta wrote it (free text), when Meta sent it
 * @param disableDate {@code disable_info.disable_date} as Meta sent it, when the template will be disabled
 */
public record TemplateStatusUpdate(
    ChangeHeader header,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    TemplateStatus status,
    @Nullable RejectionReason reason,
    @Nullable TemplateCategory category,
    @Nullable String otherInfoTitle,
    @Nullable String otherInfoDescription,
    @Nullable String rejectionRecommendation,
    @Nullable String rejectionInfoReason,
    @Nullable String disableDate)
    implements TemplateEvent {

  public TemplateStatusUpdate {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(status, "status == null");
  }
}
