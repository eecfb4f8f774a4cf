package dev.wabasdk.group;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group's info ({@code GET /{group-id}?fields=...}). Immutable and thread-safe.
 *
 * @param id the group id
 * @param subject {@code subject}
 * @param description {@code description}
 * @param joinApprovalMode {@code join_approval_mode}
 * @param suspended {@code suspended}: Meta suspended the group
 * @param createdAt {@code creation_timestamp}
 * @param totalParticipantCount {@code total_participant_count}
 * @param participants the {@code wa_id}s of {@code participants}
 */
public record GroupInfo(
    String id,
    @Nullable String subject,
    @Nullable String description,
    @Nullable JoinApprovalMode joinApprovalMode,
    boolean suspended,
    @Nullable Instant createdAt,
    int totalParticipantCount,
    List<String> participants) {
  /** Meta's limit on participants of a group. */
  public static final int MAX_PARTICIPANTS = 8;

  public GroupInfo {
    Objects.requireNonNull(id, "id");
    participants = List.copyOf(participants);
  }
}
