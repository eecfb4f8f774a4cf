package dev.wabasdk.flow;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An asset of a Flow ({@code GET /{flow-id}/assets}): today its Flow JSON document. Immutable and thread-safe.
 *
 * @param name the file name, e.g. {@code flow.json}
 * @param assetType the asset's kind, e.g. {@code FLOW_JSON}
 * @param downloadUrl a short-lived URL to download it, or null
 */
public record FlowAsset(String name, String assetType, @Nullable String downloadUrl) {
  /** The {@code asset_type} of a Flow JSON document. */
  public static final String FLOW_JSON = "FLOW_JSON";

  public FlowAsset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(assetType, "assetType");
  }
}
