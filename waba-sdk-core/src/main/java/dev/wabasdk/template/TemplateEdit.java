package dev.wabasdk.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change to an existing template ({@code POST /{template-id}}): new components, a new category, or both. Approved
 * templates may be edited once a day and 10 times in 30 days; rejected and paused ones without limit.
 * Immutable and thread-safe.
 *
 * @param category the new category, or null to keep it
 * @param parameterFormat the parameter format of the new components, or null to keep it
 * @param components the new components (all of them), or null to keep them
 * @param messageSendTtlSeconds the new delivery time-to-live, or null to keep it
 */
public record TemplateEdit(
    @Nullable TemplateCategory category,
    @Nullable ParameterFormat parameterFormat,
    @Nullable List<Component> components,
    @Nullable Integer messageSendTtlSeconds) {

  public TemplateEdit {
    components = components == null ? null : List.copyOf(components);
    if (category == null && parameterFormat == null && components == null && messageSendTtlSeconds == null) {
      throw new IllegalArgumentException("template edit: change at least one of category, parameter_format, "
          + "components, message_send_ttl_seconds");
    }
  }

  /** Replaces the components. */
  public static TemplateEdit components(ParameterFormat parameterFormat, List<Component> components) {
    return new TemplateEdit(null, parameterFormat, components, null);
  }

  /** Changes the category. */
  public static TemplateEdit category(TemplateCategory category) {
    return new TemplateEdit(category, null, null, null);
  }

  /** Problems of the new components (see {@link TemplateDefinition#problems()}). */
  public List<String> problems() {
    if (components == null) {
      return List.of();
    }
    List<String> problems = new java.util.ArrayList<>();
    DefinitionChecks.components(components, category, parameterFormat == null ? ParameterFormat.POSITIONAL
        : parameterFormat, "components", true, problems);
    return problems;
  }
}
