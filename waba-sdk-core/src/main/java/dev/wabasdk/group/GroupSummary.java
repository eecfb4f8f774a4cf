package dev.wabasdk.group;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One active group as {@code GET /{phone-number-id}/groups} lists it. Immutable and thread-safe.
 *
 * @param id the group id
 * @param subject {@code subject}
 * @param createdAt {@code created_at}
 */
public record GroupSummary(String id, @Nullable String subject, @Nullable Instant createdAt) {
  public GroupSummary {
    Objects.requireNonNull(id, "id");
  }
}
