package dev.wabasdk.spring.internal;

import dev.wabasdk.webhook.WebhookResponse;
import java.time.Duration;

/** Told about every webhook request the endpoint answered (metrics); free of Micrometer types. */
public interface WebhookObserver {
  /** One notification POST was answered with {@code response} after {@code elapsed}. */
  void onNotification(WebhookResponse response, Duration elapsed);
}
