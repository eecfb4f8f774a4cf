package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta reviewed the WhatsApp Business Account ({@code account_review_update}).
 *
 * @param eventId a content hash, stable across redeliveries
 * @param businessAccountId the WhatsApp Business Account id
 * @param time when Meta sent the notification
 * @param decision the decision, null when absent
 * @param rawDecision {@code decision} as Meta sent it
 * @param raw the change {@code value} as Meta sent it
 */
public record AccountReviewUpdate(
    String eventId,
    @Nullable String businessAccountId,
    @Nullable Instant time,
    @Nullable ReviewDecision decision,
    @Nullable String rawDecision,
    RawJson raw)
    implements AccountEvent {

  public AccountReviewUpdate {
    Objects.requireNonNull(eventId, "eventId == null");
    Objects.requireNonNull(raw, "raw == null");
  }
}
