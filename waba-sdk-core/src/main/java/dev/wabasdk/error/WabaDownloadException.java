package dev.wabasdk.error;

import org.jspecify.annotations.Nullable;

/**
 * A media download failed after its body started arriving, or the bytes do not match what Meta announced. Nothing
 * changed at Meta; a partially written {@code Path} target has been deleted. Download again with a fresh target.
 * Safe to share between threads once thrown.
 */
public final class WabaDownloadException extends WabaException {
  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Problem {
    /** The SHA-256 of the bytes differs from the {@code sha256} Meta announced. */
    SHA256_MISMATCH,
    /** The number of bytes differs from the {@code file_size} Meta announced. */
    SIZE_MISMATCH,
    /** The connection broke after bytes had been written to a caller's {@code OutputStream}. */
    INTERRUPTED,
    /** The target could not be written. */
    TARGET_FAILED
  }

  private final String mediaId;
  private final Problem problem;

  public WabaDownloadException(String message, String mediaId, Problem problem, @Nullable Throwable cause) {
    // Not retried automatically: bytes may already sit in the caller's stream.
    super(message, Outcome.REJECTED, false, cause);
    this.mediaId = mediaId;
    this.problem = problem;
  }

  /** The media id of the download. */
  public String mediaId() {
    return mediaId;
  }

  /** What went wrong. */
  public Problem problem() {
    return problem;
  }
}
