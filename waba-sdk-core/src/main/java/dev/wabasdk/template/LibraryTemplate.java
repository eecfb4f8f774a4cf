package dev.wabasdk.template;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A pre-written template of Meta's Template Library ({@code GET /message_template_library}). Its content is fixed
 * and already categorised; create your own copy with {@link TemplatesApi#createFromLibrary}.
 * Immutable and thread-safe.
 *
 * @param id the library template's id
 * @param name the library template's name, passed as {@code library_template_name} when creating from it
 * @param language the language code
 * @param category the category it keeps once created (UTILITY or AUTHENTICATION)
 * @param topic the topic (raw value empty when Meta omitted it)
 * @param useCase the use case ({@code usecase}; raw value empty when Meta omitted it)
 * @param industries the industries it is meant for
 * @param header the header text, when it has one
 * @param body the body text with {@code {{n}}} placeholders
 * @param bodyParams Meta's sample value of each body placeholder, in order
 * @param bodyParamTypes the type Meta checks each body value against at send time, in order
 * @param buttons the buttons
 */
public record LibraryTemplate(
    String id,
    String name,
    String language,
    TemplateCategory category,
    LibraryTopic topic,
    LibraryUseCase useCase,
    List<LibraryIndustry> industries,
    @Nullable String header,
    String body,
    List<String> bodyParams,
    List<LibraryParameterType> bodyParamTypes,
    List<LibraryButton> buttons) {

  public LibraryTemplate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(useCase, "useCase");
    Objects.requireNonNull(body, "body");
    industries = List.copyOf(industries);
    bodyParams = List.copyOf(bodyParams);
    bodyParamTypes = List.copyOf(bodyParamTypes);
    buttons = List.copyOf(buttons);
  }

  /** Whether creating from it needs {@link LibraryButtonInput}s (it has URL or phone number buttons). */
  public boolean needsButtonInputs() {
    return buttons.stream().anyMatch(b -> LibraryButtonType.URL.equals(b.type())
        || LibraryButtonType.PHONE_NUMBER.equals(b.type()));
  }
}
