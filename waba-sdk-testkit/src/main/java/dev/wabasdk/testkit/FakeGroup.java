package dev.wabasdk.testkit;

import java.util.List;
import java.util.Objects;

/**
 * A group the fake holds. Immutable and thread-safe.
 *
 * @param id the group id
 * @param subject its subject
 * @param inviteLink the current invite link
 * @param joinApprovalMode {@code auto_approve} or {@code approval_required}
 * @param participants the participants' {@code wa_id}s, in the order they joined
 * @param pendingJoinRequests the {@code wa_id}s with an open join request
 * @param pinnedMessages the {@code wamid}s of the messages pinned now (at most 3), as WhatsApp shows them: by their
 *     message's time, newest first
 */
public record FakeGroup(String id, String subject, String inviteLink, String joinApprovalMode,
    List<String> participants, List<String> pendingJoinRequests, List<String> pinnedMessages) {
  public FakeGroup {
    Objects.requireNonNull(id, "id");
    participants = List.copyOf(participants);
    pendingJoinRequests = List.copyOf(pendingJoinRequests);
    pinnedMessages = List.copyOf(pinnedMessages);
  }

  /** A group without pinned messages. */
  public FakeGroup(String id, String subject, String inviteLink, String joinApprovalMode,
      List<String> participants, List<String> pendingJoinRequests) {
    this(id, subject, inviteLink, joinApprovalMode, participants, pendingJoinRequests, List.of());
  }
}
