package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A business phone number's security settings changed ({@code security}): its two-step verification PIN was
 * changed, or someone asked to turn it off. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param displayPhoneNumber the business number concerned
 * @param event what happened; an unknown value keeps Meta's string
 * @param requester the Meta Business Suite user id who asked for a PIN reset ({@code requester}), else null
 */
public record SecurityUpdate(
    ChangeHeader header, @Nullable String displayPhoneNumber, @Nullable SecurityEventType event,
    @Nullable String requester) implements AccountEvent {

  public SecurityUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
