package dev.wabasdk.webhook;

import dev.wabasdk.template.TemplateCategory;
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
 * @param previousCategory the category before ({@code previous_category}), null when absent
 * @param newCategory the category now ({@code new_category}), null when absent
 * @param correctCategory the category Meta will apply within 24 hours ({@code correct_category}), null when absent
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
    @Nullable TemplateCategory newCategory,
    @Nullable TemplateCategory correctCategory,
    RawJson raw)
    implements TemplateEvent {

  public TemplateCategoryUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
