package dev.wabasdk.samples.helpdesk;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opens a ticket per inbound text, per business (by the WABA id the webhook carries), and answers from the number
 * the customer wrote to. Thread-safe.
 */
final class HelpDesk implements WebhookListener {
  private final WhatsApp whatsApp;
  private final Map<String, List<String>> tickets = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> numbers = new ConcurrentHashMap<>();

  HelpDesk(WhatsApp whatsApp) {
    this.whatsApp = whatsApp;
  }

  @Override
  public void onInboundMessage(InboundMessage message) {
    if (!(message instanceof InboundTextMessage text)) {
      return;
    }
    String business = String.valueOf(message.businessAccountId());
    String phoneNumberId = WebhookProcessor.phoneNumberIdOf(message);
    if (phoneNumberId == null) {
      return;
    }
    int ticket = numbers.computeIfAbsent(business, b -> new AtomicInteger()).incrementAndGet();
    tickets.computeIfAbsent(business, b -> new ArrayList<>()).add("#" + ticket + " " + text.body());
    // The view of the number the customer wrote to: its token, its limiter, its policy engine.
    whatsApp.forNumber(phoneNumberId).messages().send(Message.text(message.from().recipient(),
        "Thanks, we opened ticket #" + ticket + ". An agent will answer here soon."));
  }

  /** The open tickets by WABA id. */
  Map<String, List<String>> tickets() {
    Map<String, List<String>> copy = new TreeMap<>();
    tickets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return copy;
  }
}
