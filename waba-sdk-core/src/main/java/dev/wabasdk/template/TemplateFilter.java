package dev.wabasdk.template;

import org.jspecify.annotations.Nullable;

/**
 * Filters for listing templates; null means "any". Start from {@link #all()}.
 *
 * <pre>{@code
 * TemplateFilter.all().withStatus(TemplateStatus.APPROVED).withLanguage("en_US")
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param name only templates matching this name (Meta's {@code name} filter)
 * @param status only this status
 * @param category only this category
 * @param language only this language code
 * @param pageSize the number of templates per request ({@code limit}), or null for Meta's default
 */
public record TemplateFilter(
    @Nullable String name,
    @Nullable TemplateStatus status,
    @Nullable TemplateCategory category,
    @Nullable String language,
    @Nullable Integer pageSize) {

  private static final TemplateFilter ALL = new TemplateFilter(null, null, null, null, null);

  public TemplateFilter {
    if (pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be at least 1, was " + pageSize);
    }
  }

  /** No filter: every template of the WhatsApp Business Account. */
  public static TemplateFilter all() {
    return ALL;
  }

  /** Only templates matching {@code name} (Meta's {@code name} filter). */
  public TemplateFilter withName(String name) {
    return new TemplateFilter(name, status, category, language, pageSize);
  }

  /** Only templates with this status. */
  public TemplateFilter withStatus(TemplateStatus status) {
    return new TemplateFilter(name, status, category, language, pageSize);
  }

  /** Only templates of this category. */
  public TemplateFilter withCategory(TemplateCategory category) {
    return new TemplateFilter(name, status, category, language, pageSize);
  }

  /** Only templates in this language. */
  public TemplateFilter withLanguage(String language) {
    return new TemplateFilter(name, status, category, language, pageSize);
  }

  /** The number of templates per request. */
  public TemplateFilter withPageSize(int pageSize) {
    return new TemplateFilter(name, status, category, language, pageSize);
  }
}
