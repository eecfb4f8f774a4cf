package dev.wabasdk.policy;

import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the store knows about one template translation (name + language).
 * Immutable and thread-safe.
 *
 * @param status its last recorded status, or null when only the category is known
 * @param category its last recorded category, or null when only the status is known
 * @param requestsCallPermission whether it has a call permission request component, so each send asks the user for
 *     permission to call and counts toward {@link CallPermissionRequestLimitRule}'s limits (false when not recorded)
 */
public record TemplateInfo(@Nullable TemplateStatus status, @Nullable TemplateCategory category,
    boolean requestsCallPermission) {

  /** A template without a call permission request component, or one whose components were not recorded. */
  public TemplateInfo(@Nullable TemplateStatus status, @Nullable TemplateCategory category) {
    this(status, category, false);
  }
}
