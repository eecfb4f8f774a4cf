package dev.wabasdk.template;

import org.jspecify.annotations.Nullable;

/**
 * Filters for browsing Meta's Template Library ({@code GET /message_template_library}); null means "any". Start from
 * {@link #all()}.
 *
 * <pre>{@code
 * LibraryFilter.all().withTopic(LibraryTopic.PAYMENTS).withLanguage("en_US")
 * }</pre>
 * Immutable and thread-safe.
 *
 * @param search a substring of the content, name, header, body or footer ({@code search})
 * @param topic only this topic
 * @param useCase only this use case ({@code usecase})
 * @param industry only this industry
 * @param language only this language code
 * @param name only the library template of this name
 * @param pageSize the number of templates per request ({@code limit}), or null for Meta's default
 */
public record LibraryFilter(
    @Nullable String search,
    @Nullable LibraryTopic topic,
    @Nullable LibraryUseCase useCase,
    @Nullable LibraryIndustry industry,
    @Nullable String language,
    @Nullable String name,
    @Nullable Integer pageSize) {

  private static final LibraryFilter ALL = new LibraryFilter(null, null, null, null, null, null, null);

  public LibraryFilter {
    search = nonBlank("search", search);
    language = nonBlank("language", language);
    name = nonBlank("name", name);
    if (pageSize != null && pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be at least 1, was " + pageSize);
    }
  }

  private static @Nullable String nonBlank(String field, @Nullable String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank when given, was '" + value + "'");
    }
    return value;
  }

  /** No filter: the whole library. */
  public static LibraryFilter all() {
    return ALL;
  }

  /** Only templates whose content, name, header, body or footer contains {@code search}. */
  public LibraryFilter withSearch(String search) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }

  /** Only templates of this topic. */
  public LibraryFilter withTopic(LibraryTopic topic) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }

  /** Only templates of this use case. */
  public LibraryFilter withUseCase(LibraryUseCase useCase) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }

  /** Only templates meant for this industry. */
  public LibraryFilter withIndustry(LibraryIndustry industry) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }

  /** Only templates in this language. */
  public LibraryFilter withLanguage(String language) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }

  /** Only the library template of this name. */
  public LibraryFilter withName(String name) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }

  /** The number of templates per request. */
  public LibraryFilter withPageSize(int pageSize) {
    return new LibraryFilter(search, topic, useCase, industry, language, name, pageSize);
  }
}
