package dev.wabasdk.testkit;

import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.Json;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A message template held by the fake (a snapshot). Immutable and thread-safe.
 *
 * @param id the template id
 * @param name {@code name}
 * @param language {@code language}, e.g. {@code en_US}
 * @param category {@code category} (core's open {@link TemplateCategory})
 * @param status the review status (core's open {@link TemplateStatus})
 * @param rejectedReason Meta's {@code rejected_reason} (or pause reason), null when none
 * @param parameterFormat {@code parameter_format}
 * @param definition the template node as the Graph API returns it, as JSON
 */
public record FakeTemplate(String id, String name, String language, TemplateCategory category, TemplateStatus status,
    @Nullable RejectionReason rejectedReason, ParameterFormat parameterFormat, String definition) {

  /** The template node parsed. */
  public Map<String, Object> json() {
    return Json.parseObject(definition);
  }
}
