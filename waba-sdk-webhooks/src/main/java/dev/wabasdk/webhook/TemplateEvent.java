package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change to one of the business's message templates (status, quality, category or components).
 * Immutable and thread-safe, like every event.
 */
public sealed interface TemplateEvent extends WebhookEvent
    permits TemplateStatusUpdate, TemplateQualityUpdate, TemplateCategoryUpdate, TemplateComponentsUpdate {

  /** Where the notification came from: event id, account, field, time and the raw change. */
  ChangeHeader header();

  @Override
  default String eventId() {
    return header().eventId();
  }

  @Override
  default @Nullable String businessAccountId() {
    return header().businessAccountId();
  }

  @Override
  default RawJson raw() {
    return header().raw();
  }

  /** When Meta sent the notification ({@code entry[].time}), when present. */
  default @Nullable Instant time() {
    return header().time();
  }

  /** The template id ({@code message_template_id}), kept as text so no digit is lost. */
  @Nullable String templateId();

  /** The template name ({@code message_template_name}). */
  @Nullable String templateName();

  /** The template language ({@code message_template_language}), e.g. {@code en_US}. */
  @Nullable String language();
}
