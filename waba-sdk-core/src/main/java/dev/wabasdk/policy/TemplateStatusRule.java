package dev.wabasdk.policy;

import dev.wabasdk.template.TemplateStatus;

/**
 * Only {@code APPROVED} templates: a template recorded as paused, disabled, rejected, pending or deleted is denied
 * with its status. Statuses come from the {@code message_template_status_update} webhook or a templates look-up.
 * Immutable and thread-safe.
 *
 * @param requireKnownStatus whether a template whose status was never recorded is denied too; when false it is
 *     allowed and the decision notes {@code template_status unknown}
 */
public record TemplateStatusRule(boolean requireKnownStatus) implements PolicyRule {
  /** The reason code for a template that is not approved. */
  public static final String REASON = "template_not_approved";
  /** The reason code for a template with no recorded status when {@link #requireKnownStatus()} is set. */
  public static final String REASON_UNKNOWN = "template_status_unknown";

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!context.isTemplate()) {
      return Decision.allow();
    }
    TemplateStatus status = context.templateStatus();
    if (status == null) {
      if (requireKnownStatus) {
        return Decision.deny(REASON_UNKNOWN, "The status of template '" + context.templateName() + "' ("
            + context.templateLanguage() + ") is not known, and this engine sends only templates known to be"
            + " approved.");
      }
      context.note("template_status", "unknown");
      return Decision.allow();
    }
    if (TemplateStatus.APPROVED.equals(status)) {
      return Decision.allow();
    }
    return Decision.deny(REASON, "Template '" + context.templateName() + "' (" + context.templateLanguage()
        + ") is " + status + ", and only APPROVED templates can be sent.");
  }
}
