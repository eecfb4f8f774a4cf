package dev.wabasdk.policy;

/**
 * One rule of the policy engine. Rules are evaluated in order for every outgoing message; a rule answers
 * {@link Decision#allow()} when it has no objection. Implementations must be thread-safe, fast, and must not send
 * anything or change the store: they read the {@link PolicyContext}.
 *
 * <pre>{@code
 * PolicyRule noMarketingOnSunday = context ->
 *     context.isMarketing() && context.now().atZone(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.SUNDAY
 *         ? Decision.deny("no_marketing_on_sunday", "We do not send marketing on Sundays.")
 *         : Decision.allow();
 * }</pre>
 */
@FunctionalInterface
public interface PolicyRule {
  /** This rule's decision about the message in {@code context}. */
  Decision evaluate(PolicyContext context);
}
