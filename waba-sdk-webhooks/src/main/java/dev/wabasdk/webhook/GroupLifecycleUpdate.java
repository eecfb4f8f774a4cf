package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group was created or deleted, or the request failed ({@code group_lifecycle_update}; {@link #type()} is
 * {@link GroupEventType#GROUP_CREATE} or {@link GroupEventType#GROUP_DELETE}, {@link #errors()} says why it failed).
 * Immutable and thread-safe.
 *
 * @param header group, type, request id, time, errors and the raw item
 * @param subject the group's subject ({@code subject})
 * @param description the group's description ({@code description})
 * @param inviteLink the link users join with ({@code invite_link}), on a successful creation
 * @param joinApprovalMode {@code auto_approve} or {@code approval_required} ({@code join_approval_mode}), as Meta
 *     sent it
 */
public record GroupLifecycleUpdate(
    GroupHeader header,
    @Nullable String subject,
    @Nullable String description,
    @Nullable String inviteLink,
    @Nullable String joinApprovalMode)
    implements GroupEvent {

  public GroupLifecycleUpdate {
    Objects.requireNonNull(header, "header == null");
  }
}
