package dev.wabasdk.samples.quickstart;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.HistoryEvent;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.WebhookListener;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the history the cost estimator replays, from webhooks only: each user message (with or without a
 * click-to-WhatsApp referral) and each delivered business message with the pricing category Meta reported.
 */
final class CostHistory implements WebhookListener {
  private final List<HistoryEvent> events = new ArrayList<>();

  @Override
  public synchronized void onInboundMessage(InboundMessage message) {
    String user = message.from().waId();
    if (user != null) {
      events.add(message.referral() != null
          ? HistoryEvent.referral(user, message.timestamp())
          : HistoryEvent.inbound(user, message.timestamp()));
    }
  }

  @Override
  public synchronized void onMessageStatus(MessageStatus status) {
    WhatsAppUser recipient = status.recipient();
    PricingCategory category = status.pricing() != null ? status.pricing().category() : null;
    // A free entry point reply is reported as referral_conversion; the estimator finds it from the referral.
    if (status.status() == DeliveryStatus.DELIVERED && recipient != null && recipient.waId() != null
        && category != null && (category.isTemplate() || category.equals(PricingCategory.SERVICE))) {
      events.add(HistoryEvent.outbound(recipient.waId(), status.timestamp(), category));
    }
  }

  synchronized List<HistoryEvent> events() {
    return List.copyOf(events);
  }
}
