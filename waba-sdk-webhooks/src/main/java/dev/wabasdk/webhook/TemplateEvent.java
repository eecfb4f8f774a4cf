package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change to one of the business's message templates (status, quality, category or components). */
public sealed interface TemplateEvent extends WebhookEvent
    permits TemplateStatusUpdate, TemplateQualityUpdate, TemplateCategoryUpdate, TemplateComponentsUpdate {

  /** When Meta sent the notification ({@code entry[].time}), when present. */
  @Nullable Instant time();

  /** The template id ({@code message_template_id}), kept as text so no digit is lost. */
  @Nullable String templateId();

  /** The template name ({@code message_template_name}). */
  @Nullable String templateName();

  /** The template language ({@code message_template_language}), e.g. {@code en_US}. */
  @Nullable String language();
}
