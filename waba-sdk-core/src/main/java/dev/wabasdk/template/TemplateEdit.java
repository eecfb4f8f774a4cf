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
 * @param creativeFeatures new opt-ins and opt-outs of the Marketing Messages API's automatic creative
 *     optimizations ({@code degrees_of_freedom_spec}), or null to keep them
 */
public record TemplateEdit(
    @Nullable TemplateCategory category,
    @Nullable ParameterFormat parameterFormat,
    @Nullable List<Component> components,
    @Nullable Integer messageSendTtlSeconds,
    @Nullable CreativeFeatures creativeFeatures) {

  public TemplateEdit {
    components = components == null ? null : List.copyOf(components);
    if (category == null && parameterFormat == null && components == null && messageSendTtlSeconds == null
        && (creativeFeatures == null || creativeFeatures.isEmpty())) {
      throw new IllegalArgumentException("template edit: change at least one of category, parameter_format, "
          + "components, message_send_ttl_seconds, degrees_of_freedom_spec");
    }
  }

  /** An edit without creative optimization settings (the constructor before they existed). */
  public TemplateEdit(@Nullable TemplateCategory category, @Nullable ParameterFormat parameterFormat,
      @Nullable List<Component> components, @Nullable Integer messageSendTtlSeconds) {
    this(category, parameterFormat, components, messageSendTtlSeconds, null);
  }

  /** Changes the template's opt-ins and opt-outs of the automatic creative optimizations. */
  public static TemplateEdit creativeFeatures(CreativeFeatures creativeFeatures) {
    return new TemplateEdit(null, null, null, null, java.util.Objects.requireNonNull(creativeFeatures,
        "creativeFeatures"));
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
