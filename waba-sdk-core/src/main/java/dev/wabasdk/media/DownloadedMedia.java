package dev.wabasdk.media;

import org.jspecify.annotations.Nullable;

/**
 * A completed download.
 * Immutable and thread-safe.
 *
 * @param mediaId the media id
 * @param mimeType the MIME type Meta announced, when known
 * @param size the number of bytes written
 * @param sha256 the SHA-256 of the bytes written, lower-case hex
 */
public record DownloadedMedia(String mediaId, @Nullable String mimeType, long size, String sha256) {}
