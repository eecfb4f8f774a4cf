package dev.wabasdk.error;

import org.jspecify.annotations.Nullable;

/**
 * A Resumable Upload API transfer failed for good in this call. The session stays at Meta: {@link #sessionId()} and
 * {@code WhatsApp.uploads().resume(sessionId, file)} finish it later from {@link #fileOffset()} (ask Meta again: it
 * is the last offset this call knew). The cause is the last failure. Safe to share between threads once thrown.
 */
public final class WabaUploadException extends WabaException {
  private static final long serialVersionUID = 1L;

  private final String sessionId;
  private final long fileOffset;

  public WabaUploadException(String message, String sessionId, long fileOffset, @Nullable WabaException cause) {
    // Retryable in the sense that resuming the session is the way forward; nothing is retried automatically any more.
    super(message, cause == null ? Outcome.REJECTED : cause.outcome(), true, cause);
    this.sessionId = sessionId;
    this.fileOffset = fileOffset;
  }

  /** The upload session to resume, {@code upload:...}. */
  public String sessionId() {
    return sessionId;
  }

  /** The bytes Meta had when this call gave up, as far as it knows. */
  public long fileOffset() {
    return fileOffset;
  }
}
