package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A change to the WhatsApp Business Account or one of its assets: updates, alerts, reviews, capability changes,
 * security settings, partner solutions, payment configurations and Flows.
 * Immutable and thread-safe, like every event.
 */
public sealed interface AccountEvent extends WebhookEvent
    permits AccountUpdate,
        AccountAlert,
        AccountReviewUpdate,
        BusinessCapabilityUpdate,
        SecurityUpdate,
        PartnerSolutionUpdate,
        PaymentConfigurationUpdate,
        FlowUpdate {

  /** Where the notification came from: event id, account, field, time and the raw change. */
  ChangeHeader header();

  @Override
  default String eventId() {
    return header().eventId();
  }

  @Override
  default @Nullable String businessAccountId() {
    return header().businessAccountId();
  }

  @Override
  default RawJson raw() {
    return header().raw();
  }

  /** When Meta sent the notification ({@code entry[].time}), when present. */
  default @Nullable Instant time() {
    return header().time();
  }
}
