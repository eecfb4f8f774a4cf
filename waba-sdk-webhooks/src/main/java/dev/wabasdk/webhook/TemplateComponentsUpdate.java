package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's components were edited ({@code message_template_components_update}). Buttons are in
 * {@link #raw()}. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param element the body text ({@code message_template_element})
 * @param title the header text ({@code message_template_title})
 * @param footer the footer text ({@code message_template_footer})
 */
public record TemplateComponentsUpdate(
    ChangeHeader header,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable String element,
    @Nullable String title,
    @Nullable String footer)
    implements TemplateEvent {

  public TemplateComponentsUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
