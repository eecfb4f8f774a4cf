package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta changed, or will change, a template's category ({@code template_category_update}).
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param previousCategory the category before, null when absent
 * @param rawPreviousCategory {@code previous_category} as Meta sent it
 * @param newCategory the category now, null when absent
 * @param rawNewCategory {@code new_category} as Meta sent it
 * @param correctCategory the category Meta will apply within 24 hours, null when absent
 * @param rawCorrectCategory {@code correct_category} as Meta sent it
 * @param raw the change {@code value} as Meta sent it
 */
public record TemplateCategoryUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable TemplateCategory previousCategory,
    @Nullable String rawPreviousCategory,
    @Nullable TemplateCategory newCategory,
    @Nullable String rawNewCategory,
    @Nullable TemplateCategory correctCategory,
    @Nullable String rawCorrectCategory,
    RawJson raw)
    implements TemplateEvent {

  public TemplateCategoryUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
