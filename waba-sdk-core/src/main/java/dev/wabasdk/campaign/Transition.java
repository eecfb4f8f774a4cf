package dev.wabasdk.campaign;

import org.jspecify.annotations.Nullable;

/**
 * The answer of {@link CampaignOutbox#transition}: whether the change was made, and the record as it now is
 * (null for {@link SendState#PENDING}). Immutable and thread-safe.
 *
 * @param applied whether the record was in an expected state (and owner) and was changed
 * @param record the record after the call
 */
public record Transition(boolean applied, @Nullable OutboxRecord record) {
  /** The state after the call. */
  public SendState state() {
    return record == null ? SendState.PENDING : record.state();
  }
}
