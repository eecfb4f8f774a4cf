/**
 * The policy engine: decides before a send whether WhatsApp's rules (customer service window, messaging limit,
 * pair rate, opt-outs, template status, ...) allow a message, and explains why. See {@link
 * dev.wabasdk.policy.PolicyEngine}.
 */
@NullMarked
package dev.wabasdk.policy;

import org.jspecify.annotations.NullMarked;
