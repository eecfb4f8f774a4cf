package dev.wabasdk.template;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A change to a template group ({@code POST /{template-group-id}}): each non-null field replaces the group's; the
 * template ids replace the whole set (a template removed keeps the metrics it gave the group). Checked like
 * {@link NewTemplateGroup}; at least one field must be set. Immutable and thread-safe.
 *
 * @param name the new {@code name}, or null to keep it
 * @param description the new {@code description}, or null to keep it
 * @param templateIds the new {@code whatsapp_business_templates}, or null to keep them
 */
public record TemplateGroupUpdate(@Nullable String name, @Nullable String description,
    @Nullable List<String> templateIds) {
  public TemplateGroupUpdate {
    if (name == null && description == null && templateIds == null) {
      throw new IllegalArgumentException("a template group update must change the name, description or templates");
    }
    if (name != null) {
      NewTemplateGroup.checkName(name);
    }
    NewTemplateGroup.checkDescription(description);
    templateIds = templateIds == null ? null : NewTemplateGroup.checkTemplateIds(templateIds);
  }

  /** Renames the group. */
  public static TemplateGroupUpdate name(String name) {
    return new TemplateGroupUpdate(name, null, null);
  }

  /** Replaces the description. */
  public static TemplateGroupUpdate description(String description) {
    return new TemplateGroupUpdate(null, description, null);
  }

  /** Replaces the group's templates. */
  public static TemplateGroupUpdate templates(List<String> templateIds) {
    return new TemplateGroupUpdate(null, null, templateIds);
  }
}
