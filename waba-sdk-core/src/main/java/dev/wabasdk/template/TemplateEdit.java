package dev.wabasdk.template;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A change to an existing template ({@code POST /{template-id}}): new components, a new category, or both. Approved
 * templates may be edited once a day and 10 times in 30 days; rejected and paused ones without limit.
 * Immutable and thread-safe.
 *
 * @param category the new category, or null to keep it
 * @param parameterFormat the parameter format of the new components, or null to keep it
 * @param components the new components (all of them), or null to keep them
 * @param messageSendTtlSeconds the new delivery time-to-live in seconds (ranges as in
 *     {@link TemplateDefinition}), or null to keep it
 * @param creativeFeatures new opt-ins and opt-outs of the Marketing Messages API's automatic creative
 *     optimizations ({@code degrees_of_freedom_spec}), or null to keep them
 * @param maxPrice the new max price of a marketing template ({@code optimization_spec}), or null to keep it
 */
public record TemplateEdit(
    @Nullable TemplateCategory category,
    @Nullable ParameterFormat parameterFormat,
    @Nullable List<Component> components,
    @Nullable Integer messageSendTtlSeconds,
    @Nullable CreativeFeatures creativeFeatures,
    @Nullable MaxPrice maxPrice) {

  public TemplateEdit {
    components = components == null ? null : List.copyOf(components);
    if (category == null && parameterFormat == null && components == null && messageSendTtlSeconds == null
        && (creativeFeatures == null || creativeFeatures.isEmpty()) && maxPrice == null) {
      throw new IllegalArgumentException("template edit: change at least one of category, parameter_format, "
          + "components, message_send_ttl_seconds, degrees_of_freedom_spec, optimization_spec");
    }
  }

  /** An edit without creative optimization settings or max price (the constructor before they existed). */
  public TemplateEdit(@Nullable TemplateCategory category, @Nullable ParameterFormat parameterFormat,
      @Nullable List<Component> components, @Nullable Integer messageSendTtlSeconds) {
    this(category, parameterFormat, components, messageSendTtlSeconds, null, null);
  }

  /** Changes the template's opt-ins and opt-outs of the automatic creative optimizations. */
  public static TemplateEdit creativeFeatures(CreativeFeatures creativeFeatures) {
    return new TemplateEdit(null, null, null, null, Objects.requireNonNull(creativeFeatures, "creativeFeatures"),
        null);
  }

  /**
   * Changes the max price of a marketing template ({@code optimization_spec}, Marketing Messages API, BETA). Meta's
   * June 2026 rules allowed this only on a template created with a max price; approved templates take up to 100
   * such edits an hour and 2,400 a day, outside the content-edit limit.
   */
  public static TemplateEdit maxPrice(MaxPrice maxPrice) {
    return new TemplateEdit(null, null, null, null, null, Objects.requireNonNull(maxPrice, "maxPrice"));
  }

  /** Replaces the components. */
  public static TemplateEdit components(ParameterFormat parameterFormat, List<Component> components) {
    return new TemplateEdit(null, parameterFormat, components, null);
  }

  /** Changes the category. */
  public static TemplateEdit category(TemplateCategory category) {
    return new TemplateEdit(category, null, null, null);
  }

  /**
   * Problems of the new components (see {@link TemplateDefinition#problems()}), creative optimizations or a max
   * price with a new category other than MARKETING, and a time-to-live outside the new category's range (outside
   * every category's range when the category is kept).
   */
  public List<String> problems() {
    List<String> problems = new java.util.ArrayList<>();
    DefinitionChecks.marketingOnly(category, creativeFeatures, maxPrice, problems);
    DefinitionChecks.ttl(category, messageSendTtlSeconds, problems);
    if (components == null) {
      return problems;
    }
    DefinitionChecks.components(components, category, parameterFormat == null ? ParameterFormat.POSITIONAL
        : parameterFormat, "components", true, problems);
    return problems;
  }
}
