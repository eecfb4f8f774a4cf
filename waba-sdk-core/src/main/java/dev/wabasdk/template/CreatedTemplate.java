package dev.wabasdk.template;

/**
 * Meta's answer to a template creation.
 * Immutable and thread-safe.
 *
 * @param id the new template's id
 * @param status usually {@link TemplateStatus#PENDING}; some templates are approved at once
 * @param category the category Meta assigned, which may differ from the one submitted
 */
public record CreatedTemplate(String id, TemplateStatus status, TemplateCategory category) {}
