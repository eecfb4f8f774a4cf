package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A change to the WhatsApp Business Account: updates, alerts, reviews and capability changes. */
public sealed interface AccountEvent extends WebhookEvent
    permits AccountUpdate, AccountAlert, AccountReviewUpdate, BusinessCapabilityUpdate {

  /** When Meta sent the notification ({@code entry[].time}), when present. */
  @Nullable Instant time();
}
