/**
 * Cost estimator for the WhatsApp Business Platform: Meta's rate cards, the market of a phone number, the price of
 * one message, of a campaign and of a recorded history under per-message and conversation-based pricing, plus BSP
 * fees. Start at {@link dev.wabasdk.cost.CostEstimator}.
 */
@NullMarked
package dev.wabasdk.cost;

import org.jspecify.annotations.NullMarked;
