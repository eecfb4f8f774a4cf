package dev.wabasdk.webhook;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A template's components were edited ({@code message_template_components_update}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param templateId the template id
 * @param templateName the template name
 * @param language the template language
 * @param element the body text ({@code message_template_element})
 * @param title the header text ({@code message_template_title})
 * @param footer the footer text ({@code message_template_footer})
 * @param buttons the buttons ({@code message_template_buttons}), in order
 */
public record TemplateComponentsUpdate(
    ChangeHeader header,
    @Nullable String templateId,
    @Nullable String templateName,
    @Nullable String language,
    @Nullable String element,
    @Nullable String title,
    @Nullable String footer,
    List<Button> buttons)
    implements TemplateEvent {

  public TemplateComponentsUpdate {
    Objects.requireNonNull(header, "header == null");
    buttons = List.copyOf(Objects.requireNonNull(buttons, "buttons == null"));
  }

  /**
   * One {@code message_template_buttons[]} item.
   *
   * @param type {@code message_template_button_type}, e.g. {@code URL}, {@code PHONE_NUMBER}, {@code QUICK_REPLY}
   * @param text {@code message_template_button_text}
   * @param url {@code message_template_button_url}, for URL buttons
   * @param phoneNumber {@code message_template_button_phone_number}, for phone number buttons
   */
  public record Button(
      @Nullable String type, @Nullable String text, @Nullable String url, @Nullable String phoneNumber) {}
}
