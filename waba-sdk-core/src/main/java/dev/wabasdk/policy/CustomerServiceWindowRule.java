package dev.wabasdk.policy;

/**
 * Free-form messages only within 24 hours of the user's last inbound message (the customer service window);
 * templates, and Direct Send messages (with a {@code category}), are always allowed by this rule. Outside the window Meta rejects free-form messages with 131047.
 * Immutable and thread-safe.
 */
public final class CustomerServiceWindowRule implements PolicyRule {
  /** The reason code of a free-form message outside the window. */
  public static final String REASON = "customer_service_window_closed";

  /**
   * The reason code of a Direct Send message allowed outside the window
   * (<a href="https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/send-utility-and-authentication-messages/">
   * Send utility and authentication messages</a>, 2026-07-31).
   */
  public static final String REASON_DIRECT_SEND = "direct_send_outside_window";

  @Override
  public Decision evaluate(PolicyContext context) {
    if (context.isTemplate() || context.customerServiceWindowOpen()) {
      return Decision.allow();
    }
    if (context.directSendCategory() != null) {
      return Decision.allow(REASON_DIRECT_SEND, "The customer service window is not open, but this message has"
          + " the Direct Send category \"" + context.directSendCategory() + "\", so Meta delivers it as a "
          + context.directSendCategory() + " template without one (charged at the " + context.directSendCategory()
          + " rate; the account must be eligible for Direct Send).");
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
