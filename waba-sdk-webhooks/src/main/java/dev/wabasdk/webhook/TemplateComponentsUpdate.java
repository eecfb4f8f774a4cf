package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's components were edited ({@code message_template_components_update}). Buttons are in
 * {@link #raw()}.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param element the body text ({@code message_template_element})
 * @param title the header text ({@code message_template_title})
 * @param footer the footer text ({@code message_template_footer})
 * @param raw the change {@code value} as Meta sent it
 */
public record TemplateComponentsUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable String element,
    @Nullable String title,
    @Nullable String footer,
    RawJson raw)
    implements TemplateEvent {

  public TemplateComponentsUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
