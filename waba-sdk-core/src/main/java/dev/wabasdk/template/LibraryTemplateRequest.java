package dev.wabasdk.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A template to create from a Template Library template ({@code POST /{waba-id}/message_templates} with
 * {@code library_template_name}). Library templates keep their content and category and are approved at once.
 *
 * <pre>{@code
 * LibraryTemplateRequest.of("my_delivery_update", "en_US", "delivery_update_1")
 *     .withButtonInputs(LibraryButtonInput.url("https://www.example.com/{{1}}", "https://www.example.com/order_update"))
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param name your template's name: 1 to 512 lowercase letters, digits or underscores
 * @param language the language code, e.g. {@code en_US}
 * @param libraryTemplateName the exact name of the library template ({@link LibraryTemplate#name()})
 * @param category {@link TemplateCategory#UTILITY} (Meta's rule for library templates) or
 *     {@link TemplateCategory#AUTHENTICATION} for authentication library templates
 * @param buttonInputs the website and phone number of the template's buttons; required when it has such buttons
 * @param bodyInputs optional additions to the body
 */
public record LibraryTemplateRequest(
    String name,
    String language,
    String libraryTemplateName,
    TemplateCategory category,
    List<LibraryButtonInput> buttonInputs,
    LibraryBodyInputs bodyInputs) {

  private static final Pattern NAME = Pattern.compile("[a-z0-9_]+");
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(_[A-Za-z0-9]{2,4})?");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,19}");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*}}");

  public LibraryTemplateRequest {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(libraryTemplateName, "libraryTemplateName");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(bodyInputs, "bodyInputs");
    buttonInputs = List.copyOf(buttonInputs);
  }

  /** A UTILITY template named {@code name} from the library template {@code libraryTemplateName}. */
  public static LibraryTemplateRequest of(String name, String language, String libraryTemplateName) {
    return new LibraryTemplateRequest(name, language, libraryTemplateName, TemplateCategory.UTILITY, List.of(),
        LibraryBodyInputs.none());
  }

  /** With another category (AUTHENTICATION for authentication library templates). */
  public LibraryTemplateRequest withCategory(TemplateCategory category) {
    return new LibraryTemplateRequest(name, language, libraryTemplateName, category, buttonInputs, bodyInputs);
  }

  /** With these button inputs (replacing any). */
  public LibraryTemplateRequest withButtonInputs(LibraryButtonInput... inputs) {
    return new LibraryTemplateRequest(name, language, libraryTemplateName, category, Arrays.asList(inputs),
        bodyInputs);
  }

  /** With these body additions. */
  public LibraryTemplateRequest withBodyInputs(LibraryBodyInputs inputs) {
    return new LibraryTemplateRequest(name, language, libraryTemplateName, category, buttonInputs, inputs);
  }

  /** Every rule of Meta's the request breaks; empty when it may be sent. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (name.isEmpty() || name.length() > DefinitionChecks.MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
      problems.add("name: must be 1 to " + DefinitionChecks.MAX_NAME_LENGTH
          + " lowercase letters, digits or underscores, was '" + name + "'");
    }
    if (!LANGUAGE.matcher(language).matches()) {
      problems.add("language: must be a language code such as en_US, was '" + language + "'");
    }
    if (libraryTemplateName.isBlank() || !NAME.matcher(libraryTemplateName).matches()) {
      problems.add("libraryTemplateName: must be a library template's name (lowercase letters, digits or "
          + "underscores), was '" + libraryTemplateName + "'");
    }
    if (!TemplateCategory.UTILITY.equals(category) && !TemplateCategory.AUTHENTICATION.equals(category)) {
      problems.add("category: library templates are UTILITY or AUTHENTICATION, was " + category);
    }
    long urls = buttonInputs.stream().filter(b -> b instanceof LibraryButtonInput.Url).count();
    if (urls > 2) {
      problems.add("buttonInputs: at most 2 URL buttons, has " + urls);
    }
    long phones = buttonInputs.stream().filter(b -> b instanceof LibraryButtonInput.PhoneNumber).count();
    if (phones > 1) {
      problems.add("buttonInputs: at most 1 PHONE_NUMBER button, has " + phones);
    }
    for (int i = 0; i < buttonInputs.size(); i++) {
      button(buttonInputs.get(i), "buttonInputs[" + i + "]", problems);
    }
    return problems;
  }

  private static void button(LibraryButtonInput input, String at, List<String> problems) {
    if (input instanceof LibraryButtonInput.Url u) {
      String url = u.baseUrl();
      String example = u.urlSuffixExample();
      if (!url.startsWith("https://") && !url.startsWith("http://")) {
        problems.add(at + ": base_url must start with https:// or http://, was '" + url + "'");
      }
      if (url.length() > Button.Url.MAX_URL_LENGTH) {
        problems.add(at + ": base_url is " + url.length() + " characters, over Meta's limit of "
            + Button.Url.MAX_URL_LENGTH);
      }
      long variables = PLACEHOLDER.matcher(url).results().count();
      if (variables > 1 || (variables == 1 && !url.endsWith("{{1}}"))) {
        problems.add(at + ": base_url may only end with the variable {{1}}, was '" + url + "'");
      } else if (variables == 1 && example == null) {
        problems.add(at + ": a base_url with {{1}} needs url_suffix_example (a full sample URL)");
      } else if (variables == 1 && example != null && !example.startsWith(url.substring(0, url.length() - 5))) {
        problems.add(at + ": url_suffix_example must start with the base_url before {{1}}, was '" + example + "'");
      }
    } else if (input instanceof LibraryButtonInput.PhoneNumber p) {
      if (!PHONE.matcher(p.phoneNumber()).matches()) {
        problems.add(at + ": phone_number must be a phone number such as +16315551010, was '" + p.phoneNumber()
            + "'");
      }
    } else if (input instanceof LibraryButtonInput.Otp o) {
      if (!o.otpType().equals(Button.Otp.COPY_CODE) && !o.otpType().equals(Button.Otp.ONE_TAP)
          && !o.otpType().equals(Button.Otp.ZERO_TAP)) {
        problems.add(at + ": otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP, was " + o.otpType());
      }
      if (o.supportedApps().size() > Button.Otp.MAX_SUPPORTED_APPS) {
        problems.add(at + ": at most " + Button.Otp.MAX_SUPPORTED_APPS + " supported apps, has "
            + o.supportedApps().size());
      }
    }
  }

  /**
   * Throws when {@link #problems()} is not empty.
   *
   * @throws IllegalArgumentException listing every problem
   */
  public LibraryTemplateRequest validate() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("library template request '" + name + "' (" + language
          + ") breaks Meta's rules: " + String.join("; ", problems));
    }
    return this;
  }
}
