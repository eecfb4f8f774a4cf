package dev.wabasdk.error;

/**
 * More than 24 hours passed since the user last wrote (131047): only a template message can reach them now. Safe to share between threads once thrown.
 */
public final class WabaReengagementException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  public WabaReengagementException(int httpStatus, GraphError error, boolean retryable) {
    super(httpStatus, error, ErrorKind.REENGAGEMENT_REQUIRED, retryable);
  }
}
