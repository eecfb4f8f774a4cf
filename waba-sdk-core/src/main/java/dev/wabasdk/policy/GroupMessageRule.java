package dev.wabasdk.policy;

import dev.wabasdk.message.MediaMessage;
import dev.wabasdk.message.PinMessage;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.template.TemplateCategory;

/**
 * Meta's rules for messages to a group (Groups API): only text, media and text- or media-based templates, and pins;
 * no interactive, location, contacts or reaction messages, and no authentication templates. Messages to one user are
 * not this rule's business. The customer service window of a group opens when any participant writes (see
 * {@link PolicyEngine#recordGroupInbound}). Immutable and thread-safe.
 */
public final class GroupMessageRule implements PolicyRule {
  /** The reason code of a message type groups do not take. */
  public static final String REASON = "group_message_type_unsupported";

  @Override
  public Decision evaluate(PolicyContext context) {
    if (!(context.recipient() instanceof Recipient.Group)) {
      return Decision.allow();
    }
    if (context.message() instanceof TextMessage || context.message() instanceof MediaMessage
        || context.message() instanceof PinMessage) {
      return Decision.allow();
    }
    if (context.isTemplate()) {
      return TemplateCategory.AUTHENTICATION.equals(context.templateCategory()) && !context.templateCategoryAssumed()
          ? Decision.deny(REASON, "Groups do not take authentication templates.")
          : Decision.allow();
    }
    return Decision.deny(REASON, "Groups take text, media, templates and pins only, not "
        + context.message().getClass().getSimpleName() + ".");
  }

  @Override
  public String toString() {
    return "GroupMessageRule";
  }
}
