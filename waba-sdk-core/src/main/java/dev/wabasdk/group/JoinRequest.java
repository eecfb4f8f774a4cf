package dev.wabasdk.group;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An open request to join a group ({@code GET /{group-id}/join_requests}). Immutable and thread-safe.
 *
 * @param joinRequestId {@code join_request_id}, passed to approve or reject it
 * @param waId {@code wa_id}: who asks
 * @param createdAt {@code creation_timestamp}
 */
public record JoinRequest(String joinRequestId, String waId, @Nullable Instant createdAt) {
  public JoinRequest {
    Objects.requireNonNull(joinRequestId, "join_request_id");
    Objects.requireNonNull(waId, "wa_id");
  }
}
