package dev.wabasdk.flow;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A web preview of a Flow ({@code preview} field): a link anyone holding it can open to try the flow, until it
 * expires. Immutable and thread-safe.
 *
 * @param previewUrl the link
 * @param expiresAt when the link stops working, or null when Meta did not say
 */
public record FlowPreview(String previewUrl, @Nullable Instant expiresAt) {
  public FlowPreview {
    Objects.requireNonNull(previewUrl, "previewUrl");
  }
}
