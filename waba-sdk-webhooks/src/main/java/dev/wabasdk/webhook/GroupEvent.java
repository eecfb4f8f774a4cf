package dev.wabasdk.webhook;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A notification of the Groups API: a group was created or deleted ({@link GroupLifecycleUpdate}), users joined,
 * left, were removed or asked to join ({@link GroupParticipantsUpdate}), its subject, description or photo changed
 * ({@link GroupSettingsUpdate}), or WhatsApp suspended it or lifted the suspension ({@link GroupStatusUpdate}).
 * One event per {@code groups[]} item. Messages in a group are {@link InboundMessage}s with a {@code groupId()};
 * statuses of messages to a group are {@link MessageStatus}es with a {@code groupId()} and the participant.
 * Implementations are immutable and thread-safe.
 */
public sealed interface GroupEvent extends WebhookEvent
    permits GroupLifecycleUpdate, GroupParticipantsUpdate, GroupSettingsUpdate, GroupStatusUpdate {

  /** What every group notification carries: group, type, request id, time, errors and the raw item. */
  GroupHeader header();

  @Override
  default String eventId() {
    return header().eventId();
  }

  @Override
  default @Nullable String businessAccountId() {
    return header().businessAccountId();
  }

  @Override
  default RawJson raw() {
    return header().raw();
  }

  /** The group ({@code group_id}). */
  default @Nullable String groupId() {
    return header().groupId();
  }

  /** What happened ({@code type}). */
  default @Nullable GroupEventType type() {
    return header().type();
  }

  /** When it happened. */
  default @Nullable Instant timestamp() {
    return header().timestamp();
  }

  /** The business phone number the group belongs to. */
  default WebhookMetadata metadata() {
    return header().metadata();
  }

  /** Why the operation failed, in full or in part; empty on success. */
  default List<WebhookError> errors() {
    return header().errors();
  }

  /** Whether the operation succeeded for everything it concerned (no errors, no failed participants). */
  default boolean succeeded() {
    return header().errors().isEmpty();
  }
}
