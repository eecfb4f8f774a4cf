package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The media of an inbound image, video, audio, document or sticker. Download it with the media API by {@link #id()}.
 * Immutable and thread-safe.
 *
 * @param id the media id
 * @param mimeType the MIME type, e.g. {@code image/jpeg}
 * @param sha256 the SHA-256 of the file, as Meta sent it (to check the download)
 * @param caption the caption (image, video, document)
 * @param url a download URL, when Meta included one (it still needs the access token)
 */
public record InboundMedia(
    String id, @Nullable String mimeType, @Nullable String sha256, @Nullable String caption, @Nullable String url) {

  public InboundMedia {
    Objects.requireNonNull(id, "id == null");
  }
}
