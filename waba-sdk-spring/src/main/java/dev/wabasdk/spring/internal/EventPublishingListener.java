package dev.wabasdk.spring.internal;

import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookListener;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Publishes every webhook event as a Spring application event, so {@code @EventListener void on(InboundTextMessage m)}
 * receives it. An exception thrown by an {@code @EventListener} reaches the processor's error handler.
 */
public final class EventPublishingListener implements WebhookListener {
  private final ApplicationEventPublisher publisher;

  public EventPublishingListener(ApplicationEventPublisher publisher) {
    this.publisher = Objects.requireNonNull(publisher, "publisher");
  }

  @Override
  public void onEvent(WebhookEvent event) {
    publisher.publishEvent(event);
  }

  @Override
  public String toString() {
    return "EventPublishingListener";
  }
}
