package dev.wabasdk.template;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message template as Meta holds it ({@code GET /{template-id}} or one item of the list).
 * Immutable and thread-safe.
 *
 * @param id the template id ({@code hsm_id})
 * @param name the name, shared by all its languages
 * @param language the language code
 * @param status the review/lifecycle status (raw value empty when Meta omitted it)
 * @param category the category (raw value empty when Meta omitted it)
 * @param previousCategory the category before Meta recategorised it, if it did
 * @param parameterFormat how variables are written
 * @param components the components, as {@link Component} values
 * @param qualityScore the quality score, when Meta rated it
 * @param rejectedReason why it was rejected, when it was
 * @param messageSendTtlSeconds the delivery time-to-live, when set
 * @param correctCategory the category Meta will move it to after a pending category review
 *     ({@code correct_category}), when Meta announced one
 * @param libraryTemplateName the Template Library template it was created from ({@code library_template_name}),
 *     when it was; such templates are type-checked at send time
 */
public record Template(
    String id,
    String name,
    String language,
    TemplateStatus status,
    TemplateCategory category,
    @Nullable TemplateCategory previousCategory,
    ParameterFormat parameterFormat,
    List<Component> components,
    @Nullable QualityScore qualityScore,
    @Nullable RejectionReason rejectedReason,
    @Nullable Integer messageSendTtlSeconds,
    @Nullable TemplateCategory correctCategory,
    @Nullable String libraryTemplateName) {

  public Template {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(parameterFormat, "parameterFormat");
    components = List.copyOf(components);
  }

  /** Whether it can be sent now. */
  public boolean isApproved() {
    return TemplateStatus.APPROVED.equals(status);
  }

  /**
   * Whether Meta announced that it will recategorise this template ({@code correct_category} differs from
   * {@code category}); the change is applied about 24 hours after the {@code template_category_update} notice.
   */
  public boolean isCategoryChangePending() {
    return correctCategory != null && !correctCategory.equals(category);
  }

  /** Whether it was created from Meta's Template Library ({@code library_template_name} is set). */
  public boolean isFromLibrary() {
    return libraryTemplateName != null;
  }

  /**
   * Whether it has a call permission request component: each send asks the user for permission to call, and counts
   * toward Meta's call permission request limits.
   */
  public boolean requestsCallPermission() {
    return components.contains(Component.callPermissionRequest());
  }

  /** The definition, to check sends against or to submit again. */
  public TemplateDefinition definition() {
    return new TemplateDefinition(name, language, category, parameterFormat, components, messageSendTtlSeconds);
  }
}
