package dev.wabasdk.webhook;

import dev.wabasdk.template.QualityScore;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's quality score changed ({@code message_template_quality_update}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param previousQuality the previous score ({@code previous_quality_score}), null when absent
 * @param newQuality the new score ({@code new_quality_score}), null when absent
 */
public record TemplateQualityUpdate(
    ChangeHeader header,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable QualityScore previousQuality,
    @Nullable QualityScore newQuality)
    implements TemplateEvent {

  public TemplateQualityUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
