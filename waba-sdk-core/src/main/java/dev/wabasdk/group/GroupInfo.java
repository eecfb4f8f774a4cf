package dev.wabasdk.group;

import dev.wabasdk.WhatsAppUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A group's info ({@code GET /{group-id}?fields=...}). Immutable and thread-safe.
 *
 * <p>Since usernames (2026) Meta may omit a participant's {@code wa_id} and name them by business-scoped user id
 * only: every participant is kept as a {@link WhatsAppUser}, whose {@code waId()} may be null.
 *
 * @param id the group id
 * @param subject {@code subject}
 * @param description {@code description}
 * @param joinApprovalMode {@code join_approval_mode}
 * @param suspended {@code suspended}: Meta suspended the group
 * @param createdAt {@code creation_timestamp}
 * @param totalParticipantCount {@code total_participant_count}
 * @param participants {@code participants}: {@code wa_id}, {@code user_id} (BSUID), {@code parent_user_id},
 *     {@code username}, as Meta sent them
 */
public record GroupInfo(
    String id,
    @Nullable String subject,
    @Nullable String description,
    @Nullable JoinApprovalMode joinApprovalMode,
    boolean suspended,
    @Nullable Instant createdAt,
    int totalParticipantCount,
    List<WhatsAppUser> participants) {
  /** Meta's limit on participants of a group. */
  public static final int MAX_PARTICIPANTS = 8;

  public GroupInfo {
    Objects.requireNonNull(id, "id");
    participants = List.copyOf(participants);
  }

  /** The {@code wa_id}s of the participants Meta named by phone number (those named by BSUID only are left out). */
  public List<String> participantWaIds() {
    List<String> waIds = new ArrayList<>(participants.size());
    for (WhatsAppUser participant : participants) {
      if (participant.waId() != null) {
        waIds.add(participant.waId());
      }
    }
    return List.copyOf(waIds);
  }
}
