package dev.wabasdk.media;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What {@code GET /{media-id}} answers: a download URL valid for 5 minutes and what the file should be.
 * Immutable and thread-safe.
 *
 * @param id the media id
 * @param url the download URL on Meta's CDN; it needs the access token and expires after 5 minutes
 * @param mimeType the MIME type, e.g. {@code image/jpeg}
 * @param sha256 the SHA-256 of the file as Meta sent it (hex or base64), when known
 * @param fileSize the size in bytes, when known
 */
public record MediaInfo(
    String id, String url, @Nullable String mimeType, @Nullable String sha256, @Nullable Long fileSize) {
  public MediaInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(url, "url");
  }

  @Override
  public String toString() {
    // The URL works for anyone holding the token for 5 minutes; keep it out of logs.
    return "MediaInfo{id=" + id + ", mimeType=" + mimeType + ", sha256=" + sha256 + ", fileSize=" + fileSize + "}";
  }
}
