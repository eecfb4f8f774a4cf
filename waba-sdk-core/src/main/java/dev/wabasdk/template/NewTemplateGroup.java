package dev.wabasdk.template;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A template group to create ({@code POST /{waba-id}/template_groups}): a named set of templates whose metrics are
 * read together ({@code template_group_analytics}). Meta's limits are checked on construction: a name of at most 256
 * characters (unique in the account, which only Meta can check), a description of at most 512, and at least one
 * template id. A template belongs to one group at a time. Immutable and thread-safe.
 *
 * @param name {@code name}
 * @param description {@code description}, or null
 * @param templateIds {@code whatsapp_business_templates}: the ids of the templates in the group (sent as numbers)
 */
public record NewTemplateGroup(String name, @Nullable String description, List<String> templateIds) {
  /** Meta's longest template group name. */
  public static final int MAX_NAME_LENGTH = 256;
  /** Meta's longest template group description. */
  public static final int MAX_DESCRIPTION_LENGTH = 512;

  public NewTemplateGroup {
    checkName(name);
    checkDescription(description);
    templateIds = checkTemplateIds(templateIds);
  }

  /** A group without a description. */
  public static NewTemplateGroup of(String name, List<String> templateIds) {
    return new NewTemplateGroup(name, null, templateIds);
  }

  /** This group with {@code description}. */
  public NewTemplateGroup withDescription(@Nullable String description) {
    return new NewTemplateGroup(name, description, templateIds);
  }

  static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name: a template group needs a name");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("name: at most " + MAX_NAME_LENGTH + " characters, has " + name.length());
    }
  }

  static void checkDescription(@Nullable String description) {
    if (description != null && description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new IllegalArgumentException("description: at most " + MAX_DESCRIPTION_LENGTH + " characters, has "
          + description.length());
    }
  }

  /** Meta takes the ids as an array of integers: each must be all digits, none twice, at least one. */
  static List<String> checkTemplateIds(List<String> templateIds) {
    Objects.requireNonNull(templateIds, "templateIds");
    if (templateIds.isEmpty()) {
      throw new IllegalArgumentException("templateIds: a template group needs at least one template");
    }
    Set<String> seen = new HashSet<>();
    for (String id : templateIds) {
      Objects.requireNonNull(id, "templateIds contains null");
      if (id.isEmpty() || id.length() > 19 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new IllegalArgumentException("templateIds: '" + id + "' is not a template id (digits only)");
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException("templateIds: '" + id + "' is given twice");
      }
    }
    return List.copyOf(templateIds);
  }
}
