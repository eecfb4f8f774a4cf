package dev.wabasdk.webhook;

import dev.wabasdk.template.TemplateCategory;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta changed, or will change, a template's category ({@code template_category_update}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param previousCategory the category before ({@code previous_category}), null when absent
 * @param newCategory the category now ({@code new_category}), null when absent; in a notice of an impending change
 *     (with {@code correctCategory}) it is still the current category, not the one Meta will apply
 * @param correctCategory the category Meta will apply within 24 hours ({@code correct_category}), null when absent
 * @param categoryUpdateTimestamp when Meta will apply {@code correctCategory} ({@code category_update_timestamp}),
 *     in a notice of an impending change; else null
 */
public record TemplateCategoryUpdate(
    ChangeHeader header,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable TemplateCategory previousCategory,
    @Nullable TemplateCategory newCategory,
    @Nullable TemplateCategory correctCategory,
    @Nullable Instant categoryUpdateTimestamp)
    implements TemplateEvent {

  public TemplateCategoryUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
