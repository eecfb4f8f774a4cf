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
 */
public record TemplateInfo(@Nullable TemplateStatus status, @Nullable TemplateCategory category) {}
