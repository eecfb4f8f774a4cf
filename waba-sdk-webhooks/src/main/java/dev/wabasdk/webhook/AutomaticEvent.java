package dev.wabasdk.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta detected a purchase or a lead in a chat that began with a click-to-WhatsApp ad ({@code automatic_events},
 * for businesses that opted in to Automatic Events reporting); report it with the Conversions API. Immutable and
 * thread-safe.
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id ({@code entry[].id})
 * @param metadata the business phone number of the chat
 * @param messageId the message the event was detected in ({@code id}, a {@code wamid})
 * @param eventName {@code Purchase} or {@code LeadSubmitted} ({@code event_name}); an unknown value keeps Meta's
 *     string
 * @param timestamp when the webhook was triggered ({@code timestamp})
 * @param ctwaClid the ad click id ({@code ctwa_clid}); absent for ads shown in WhatsApp Status
 * @param currency the purchase's currency code ({@code custom_data.currency}), for purchases
 * @param value the purchase amount times 1000 ({@code custom_data.value}), as Meta sends it; see {@link #amount()}
 * @param raw the {@code automatic_events[]} item as Meta sent it
 */
public record AutomaticEvent(
    String eventId,
    @Nullable String businessAccountId,
    WebhookMetadata metadata,
    @Nullable String messageId,
    @Nullable AutomaticEventName eventName,
    @Nullable Instant timestamp,
    @Nullable String ctwaClid,
    @Nullable String currency,
    @Nullable BigDecimal value,
    RawJson raw)
    implements MarketingEvent {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  public AutomaticEvent {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(raw, "raw == null");
  }

  /** The purchase amount in {@link #currency()} ({@code value} divided by 1000), or null when Meta sent none. */
  public @Nullable BigDecimal amount() {
    return value == null ? null : value.divide(THOUSAND).stripTrailingZeros();
  }
}
