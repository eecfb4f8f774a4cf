package dev.wabasdk.policy;

import dev.wabasdk.message.CallPermissionRequestMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules worth running for a plain free-form message: not a template, no Direct Send category, to a user rather
 * than a group, not a call permission request. Such a message cannot be business-initiated, marketing or a group
 * message, so the built-in rules about those return {@link Decision#allow()} for it without reading or noting
 * anything; the engine skips them and makes the same decision with fewer calls (most replies are such messages).
 * Only these exact classes (records and final classes) are skipped, never a user's own rule. Stateless.
 */
final class FreeFormRules {
  private FreeFormRules() {}

  /** Whether {@code message} is a plain free-form message. */
  static boolean isPlainFreeForm(Message message) {
    return !(message instanceof TemplateMessage) && !(message instanceof CallPermissionRequestMessage)
        && !(message.recipient() instanceof Recipient.Group) && message.envelope().directSend() == null;
  }

  /** {@code rules} without the built-in rules that allow every plain free-form message, in the same order. */
  static PolicyRule[] of(PolicyRule[] rules) {
    List<PolicyRule> kept = new ArrayList<>(rules.length);
    for (PolicyRule rule : rules) {
      if (!allowsEveryPlainFreeForm(rule)) {
        kept.add(rule);
      }
    }
    return kept.toArray(new PolicyRule[0]);
  }

  static boolean allowsEveryPlainFreeForm(PolicyRule rule) {
    Class<?> type = rule.getClass();
    return type == TemplateStatusRule.class || type == MarketingMarketsRule.class
        || type == MarketingBackOffRule.class || type == AccountRestrictionRule.class
        || type == MessagingLimitRule.class || type == GroupMessageRule.class
        || type == CallPermissionRequestLimitRule.class;
  }
}
