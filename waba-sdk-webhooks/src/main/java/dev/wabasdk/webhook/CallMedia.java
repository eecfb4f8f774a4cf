package dev.wabasdk.webhook;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A call's recording or transcript as the {@code calls} webhook announces it: {@code call_recording.audio} or
 * {@code call_transcript.document}. Download it with the media API by {@link #id()} (e.g.
 * {@code whatsApp.media().download(id, target)}, which fetches a fresh URL) within 7 days, Meta's retention.
 * Immutable and thread-safe.
 *
 * @param id {@code id}: the media id
 * @param sha256 {@code sha256}: the file's SHA-256, base64-encoded, to check the download
 * @param mimeType {@code mime_type}: {@code audio/ogg; codecs=opus} for a recording, {@code application/json} for a
 *     transcript
 * @param url {@code url}: a download URL valid for 5 minutes (it needs the access token too), when Meta sent one
 */
public record CallMedia(String id, @Nullable String sha256, @Nullable String mimeType, @Nullable String url) {

  public CallMedia {
    Objects.requireNonNull(id, "id == null");
  }
}
