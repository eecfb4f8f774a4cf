package dev.wabasdk.webhook;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What users did after the business's marketing: Meta detected a purchase or a lead in a chat that began with a
 * click-to-WhatsApp ad ({@link AutomaticEvent}, field {@code automatic_events}), or a user clicked a marketing
 * message ({@link UserAction}, {@code user_actions} on the {@code messages} field). Implementations are immutable and
 * thread-safe.
 */
public sealed interface MarketingEvent extends WebhookEvent permits AutomaticEvent, UserAction {

  /** The business phone number concerned. */
  WebhookMetadata metadata();

  /** When it happened ({@code timestamp}). */
  @Nullable Instant timestamp();
}
