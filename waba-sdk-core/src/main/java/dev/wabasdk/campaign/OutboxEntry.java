package dev.wabasdk.campaign;

import java.time.Instant;
import java.util.Objects;

/**
 * One queued recipient as an instance claimed it from the outbox. Immutable and thread-safe.
 *
 * @param id the outbox's id of the queue entry (e.g. a Redis stream id), to acknowledge or defer it
 * @param recipient the recipient
 * @param notBefore the entry may not be worked on before this instant (quiet hours, a wait for a status webhook)
 */
public record OutboxEntry(String id, CampaignRecipient recipient, Instant notBefore) {
  public OutboxEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(notBefore, "notBefore");
  }
}
