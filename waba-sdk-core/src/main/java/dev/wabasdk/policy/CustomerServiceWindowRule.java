package dev.wabasdk.policy;

/**
 * Free-form messages only within 24 hours of the user's last inbound message (the customer service window);
 * templates are always allowed by this rule. Outside the window Meta rejects free-form messages with 131047.
 * Immutable and thread-safe.
 */
public final class CustomerServiceWindowRule implements PolicyRule {
  /** The reason code of a free-form message outside the window. */
  public static final String REASON = "customer_service_window_closed";

  @Override
  public Decision evaluate(PolicyContext context) {
    if (context.isTemplate() || context.customerServiceWindowOpen()) {
      return Decision.allow();
    }
    long last = context.user().lastInboundAt();
    return Decision.templateRequired(REASON, last == 0
        ? "This user has not messaged the business, so only an approved template can start the conversation."
        : "The customer service window closed at " + java.time.Instant.ofEpochSecond(last + ConversationStore.DAY_SECONDS)
            + " (24 hours after the user's last message), so only an approved template can be sent.");
  }

  @Override
  public String toString() {
    return "CustomerServiceWindowRule";
  }
}
