package dev.wabasdk.campaign;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the outbox knows of one recipient's send. Immutable and thread-safe.
 *
 * @param key the send key ({@link CampaignRunner#sendKey})
 * @param state where the send stands
 * @param owner the instance that attempted it ({@link SendState#ATTEMPTING}, {@link SendState#UNKNOWN}), else empty
 * @param at when the state was entered
 * @param messageId the {@code wamid} once known
 * @param detail the Graph error code ({@code 131049}) or the policy reason code ({@code opted_out}), else empty
 */
public record OutboxRecord(String key, SendState state, String owner, Instant at, @Nullable String messageId,
    String detail) {

  public OutboxRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(detail, "detail");
    if (state == SendState.PENDING) {
      throw new IllegalArgumentException("state: PENDING is the absence of a record");
    }
  }
}
