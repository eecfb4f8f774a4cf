package dev.wabasdk.template;

/**
 * One language of a template upsert, as Meta answered it. Immutable and thread-safe.
 *
 * @param id the template's id in that language
 * @param status its status, e.g. {@link TemplateStatus#APPROVED}
 * @param language the language code
 */
public record UpsertedTemplate(String id, TemplateStatus status, String language) {}
