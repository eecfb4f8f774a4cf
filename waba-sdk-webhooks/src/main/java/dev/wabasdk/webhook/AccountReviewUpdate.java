package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Meta reviewed the WhatsApp Business Account ({@code account_review_update}). Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param decision the decision (open), null when absent
 */
public record AccountReviewUpdate(
    ChangeHeader header,
    @Nullable ReviewDecision decision)
    implements AccountEvent {

  public AccountReviewUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
