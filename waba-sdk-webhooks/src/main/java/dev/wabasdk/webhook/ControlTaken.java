package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.routing.ThreadRole;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The escalation partner took the thread from you ({@code messaging_handovers} with {@code type: control_taken}),
 * through thread control or by sending a service message: you no longer own it and must not answer the user.
 * Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param user the WhatsApp user ({@code sender.phone_number}), when Meta named one
 * @param metadata the business number ({@code recipient})
 * @param timestamp when the thread was taken
 * @param previousOwnerRole your role that held it ({@code control_taken.previous_owner_role})
 * @param newOwnerRole the role that holds it now ({@code control_taken.new_owner_role}), normally {@code escalation}
 * @param handoverMetadata the taking responder's free text ({@code control_taken.metadata})
 */
public record ControlTaken(
    ChangeHeader header,
    @Nullable WhatsAppUser user,
    WebhookMetadata metadata,
    Instant timestamp,
    @Nullable ThreadRole previousOwnerRole,
    @Nullable ThreadRole newOwnerRole,
    @Nullable String handoverMetadata)
    implements HandoverEvent {

  public ControlTaken {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
