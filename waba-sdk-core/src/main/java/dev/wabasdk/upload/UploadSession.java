package dev.wabasdk.upload;

import java.util.Objects;

/**
 * An upload session of Meta's Resumable Upload API ({@code POST /{app-id}/uploads}). Keep {@link #id()} (e.g. in a
 * database) before sending the bytes: a later process can then finish the upload with
 * {@link ResumableUploadApi#resume(String, java.nio.file.Path)}. Immutable and thread-safe.
 *
 * @param id the session id Meta returned, {@code upload:...} (it may carry a {@code ?sig=...} part: keep it whole)
 * @param fileName the {@code file_name} the session was opened with
 * @param fileLength the {@code file_length}, in bytes
 * @param fileType the {@code file_type} (a MIME type from {@link ResumableUploadApi#FILE_TYPES})
 */
public record UploadSession(String id, String fileName, long fileLength, String fileType) {
  public UploadSession {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(fileType, "fileType");
  }
}
