package dev.wabasdk.webhook;

import dev.wabasdk.template.QualityScore;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's quality score changed ({@code message_template_quality_update}).
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param previousQuality the previous score ({@code previous_quality_score}), null when absent
 * @param newQuality the new score ({@code new_quality_score}), null when absent
 * @param raw the change {@code value} as Meta sent it
 */
public record TemplateQualityUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable QualityScore previousQuality,
    @Nullable QualityScore newQuality,
    RawJson raw)
    implements TemplateEvent {

  public TemplateQualityUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
