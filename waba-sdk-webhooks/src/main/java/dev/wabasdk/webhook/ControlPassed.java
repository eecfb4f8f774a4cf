package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.routing.ThreadRole;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The thread's owner passed it to you ({@code messaging_handovers} with {@code type: control_passed}): you own the
 * thread now and may answer the user. Immutable and thread-safe.
 *
 * @param header the event id (a content hash, stable across redeliveries), account, field, time and raw change
 * @param user the WhatsApp user ({@code sender.phone_number}), when Meta named one
 * @param metadata the business number ({@code recipient})
 * @param timestamp when the thread was passed
 * @param previousOwnerRole the role that passed it ({@code control_passed.previous_owner_role})
 * @param newOwnerRole your role that now holds it ({@code control_passed.new_owner_role})
 * @param handoverMetadata the passing responder's free text ({@code control_passed.metadata})
 * @param conversationContext Meta's summary of the conversation so far ({@code control_passed.conversation_context}),
 *     sent only to responders without standby events and where Meta offers it
 */
public record ControlPassed(
    ChangeHeader header,
    @Nullable WhatsAppUser user,
    WebhookMetadata metadata,
    Instant timestamp,
    @Nullable ThreadRole previousOwnerRole,
    @Nullable ThreadRole newOwnerRole,
    @Nullable String handoverMetadata,
    @Nullable ConversationContext conversationContext)
    implements HandoverEvent {

  public ControlPassed {
    Objects.requireNonNull(header, "header == null");
    Objects.requireNonNull(metadata, "metadata == null");
    Objects.requireNonNull(timestamp, "timestamp == null");
  }
}
