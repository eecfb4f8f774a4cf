package dev.wabasdk.policy;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import org.jspecify.annotations.Nullable;

/**
 * The engine's extra check of a Marketing Messages API send: Meta takes only marketing templates there, so a template
 * the store records in another category is refused before it is sent. One of unknown category passes (and the rules
 * then treat it as marketing, as always). Stateless.
 */
final class MarketingMessagesCheck {
  private MarketingMessagesCheck() {}

  /** The denial of {@code message} on the Marketing Messages API, or null when it may go on to the rules. */
  static @Nullable Decision refusal(Message message, ConversationStore store) {
    if (!(message instanceof TemplateMessage template)) {
      return Decision.deny(PolicyEngine.NOT_A_MARKETING_TEMPLATE, "The Marketing Messages API sends only marketing"
          + " templates, and this is a " + message.getClass().getSimpleName() + ".");
    }
    TemplateInfo info;
    try {
      info = store.template(template.name(), template.language());
    } catch (ConversationStoreException e) {
      return null; // the rules meet the same failure and apply the engine's StoreFailureMode
    }
    TemplateCategory category = info == null ? null : info.category();
    if (category == null || TemplateCategory.MARKETING.equals(category)) {
      return null;
    }
    return Decision.deny(PolicyEngine.NOT_A_MARKETING_TEMPLATE, "Template '" + template.name() + "' ("
        + template.language() + ") is recorded as " + category + ", and the Marketing Messages API sends only"
        + " marketing templates; send it with messages().send(..).");
  }
}
