/**
 * Message templates: define, validate locally, create, list, get, edit and delete them, with their status,
 * category and quality; check a template send against its definition. Obtain {@link dev.wabasdk.template.TemplatesApi}
 * from {@code WhatsApp.templates()}.
 */
@NullMarked
package dev.wabasdk.template;

import org.jspecify.annotations.NullMarked;
