package dev.wabasdk.webhook;

import dev.wabasdk.WhatsAppUser;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Users joined, left or were removed from a group, or asked to join or withdrew their request
 * ({@code group_participants_update}). By {@link #type()}:
 * {@link GroupEventType#GROUP_PARTICIPANTS_ADD} ({@link #addedParticipants()}, e.g. through the invite link),
 * {@link GroupEventType#GROUP_PARTICIPANTS_REMOVE} ({@link #removedParticipants()}; {@link #initiatedBy()} tells
 * whether the business removed them or a participant left; {@link #failedParticipants()} those the business could
 * not remove), {@link GroupEventType#GROUP_JOIN_REQUEST_CREATED} and {@link GroupEventType#GROUP_JOIN_REQUEST_REVOKED}
 * ({@link #user()} and {@link #joinRequestId()}, to approve or reject with the Groups API). Immutable and thread-safe.
 *
 * @param header group, type, request id, time, errors and the raw item
 * @param user the user a join request is from ({@code wa_id}, {@code user_id}, {@code parent_user_id},
 *     {@code username} of the item), else null
 * @param joinRequestId the join request ({@code join_request_id}), else null
 * @param reason why users were added, e.g. {@code invite_link} ({@code reason}), as Meta sent it
 * @param initiatedBy who removed participants, e.g. {@code business} or {@code participant} ({@code initiated_by}),
 *     as Meta sent it
 * @param addedParticipants the users who joined ({@code added_participants})
 * @param removedParticipants the users who left or were removed ({@code removed_participants})
 * @param failedParticipants the users the operation failed for, each with its errors ({@code failed_participants})
 */
public record GroupParticipantsUpdate(
    GroupHeader header,
    @Nullable WhatsAppUser user,
    @Nullable String joinRequestId,
    @Nullable String reason,
    @Nullable String initiatedBy,
    List<GroupParticipant> addedParticipants,
    List<GroupParticipant> removedParticipants,
    List<GroupParticipant> failedParticipants)
    implements GroupEvent {

  public GroupParticipantsUpdate {
    Objects.requireNonNull(header, "header == null");
    addedParticipants = List.copyOf(addedParticipants);
    removedParticipants = List.copyOf(removedParticipants);
    failedParticipants = List.copyOf(failedParticipants);
  }

  @Override
  public boolean succeeded() {
    return header.errors().isEmpty() && failedParticipants.isEmpty();
  }
}
