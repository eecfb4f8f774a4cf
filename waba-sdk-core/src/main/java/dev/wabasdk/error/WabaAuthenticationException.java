package dev.wabasdk.error;

/**
 * The access token is expired, invalid or lacks a permission: refresh it or fix the app's permissions. Safe to share between threads once thrown.
 */
public final class WabaAuthenticationException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  public WabaAuthenticationException(int httpStatus, GraphError error, boolean retryable) {
    super(httpStatus, error, ErrorKind.AUTHENTICATION, retryable);
  }
}
