package dev.wabasdk.error;

/**
 * A temporary failure on Meta's side; trying again later with backoff is expected to work. Safe to share between threads once thrown.
 */
public final class WabaTemporaryException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  public WabaTemporaryException(int httpStatus, GraphError error, boolean retryable) {
    super(httpStatus, error, ErrorKind.TEMPORARY, retryable);
  }
}
