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
    @Nullable Integer messageSendTtlSeconds) {

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

  /** The definition, to check sends against or to submit again. */
  public TemplateDefinition definition() {
    return new TemplateDefinition(name, language, category, parameterFormat, components, messageSendTtlSeconds);
  }
}
