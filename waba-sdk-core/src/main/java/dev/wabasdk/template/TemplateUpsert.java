package dev.wabasdk.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An authentication template to create or update in several languages at once
 * ({@code POST /{waba-id}/upsert_message_templates}): for each language, the account's template of that name and
 * language is updated, or created when there is none. Meta takes {@code languages} instead of the template's
 * {@code language}, and no button {@code text} or {@code autofill_text} (its default labels apply): build the
 * buttons with {@link Button#otpCopyCode()}, {@link Button#otpOneTap(List)} or
 * {@link Button#otpZeroTap(List, boolean)}.
 *
 * <pre>{@code
 * TemplateUpsert.of(TemplateDefinition.builder("login_code", "en_US", TemplateCategory.AUTHENTICATION)
 *     .component(Component.authenticationBody(true))
 *     .component(Component.codeExpiration(10))
 *     .component(Component.buttons(Button.otpCopyCode()))
 *     .build(), List.of("en_US", "es_ES", "fr"))
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param template an {@link TemplateCategory#AUTHENTICATION} template; its {@code language} must be one of
 *     {@code languages}
 * @param languages the language codes to create or update, e.g. {@code ["en_US", "es_ES", "fr"]}
 */
public record TemplateUpsert(TemplateDefinition template, List<String> languages) {

  public TemplateUpsert {
    Objects.requireNonNull(template, "template");
    languages = List.copyOf(languages);
  }

  /** An upsert of {@code template} in {@code languages}. */
  public static TemplateUpsert of(TemplateDefinition template, List<String> languages) {
    return new TemplateUpsert(template, languages);
  }

  /**
   * Every rule of Meta's this upsert breaks, the template's own included, each saying what and where; empty when
   * it looks valid.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>(template.problems());
    if (!TemplateCategory.AUTHENTICATION.equals(template.category())) {
      problems.add("category: upsert_message_templates takes authentication templates only, was "
          + template.category().value());
    }
    if (languages.isEmpty()) {
      problems.add("languages: at least one language is required");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < languages.size(); i++) {
      String language = languages.get(i);
      if (!DefinitionChecks.isLanguage(language)) {
        problems.add("languages[" + i + "]: must be a language code such as 'en' or 'en_US', was '" + language + "'");
      } else if (!seen.add(language)) {
        problems.add("languages[" + i + "]: '" + language + "' is given twice");
      }
    }
    if (!languages.isEmpty() && !languages.contains(template.language())) {
      problems.add("languages: must include the template's language '" + template.language() + "', were "
          + languages);
    }
    for (int c = 0; c < template.components().size(); c++) {
      if (template.components().get(c) instanceof Component.Buttons buttons) {
        for (int b = 0; b < buttons.buttons().size(); b++) {
          if (buttons.buttons().get(b) instanceof Button.Otp otp && (otp.text() != null
              || otp.autofillText() != null)) {
            problems.add("components[" + c + "].buttons[" + b + "]: upsert_message_templates takes no text or"
                + " autofill_text (Meta's default labels apply); build the button without them");
          }
        }
      }
    }
    return problems;
  }

  /**
   * This upsert, when {@link #problems()} finds none.
   *
   * @throws IllegalArgumentException listing every problem
   */
  public TemplateUpsert validate() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid template upsert '" + template.name() + "': "
          + String.join("; ", problems));
    }
    return this;
  }
}
