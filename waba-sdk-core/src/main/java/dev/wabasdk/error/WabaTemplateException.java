package dev.wabasdk.error;

/**
 * The template does not exist, is not approved, is paused or disabled, or its parameters do not match (132xxx). Safe to share between threads once thrown.
 */
public final class WabaTemplateException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  public WabaTemplateException(int httpStatus, GraphError error, boolean retryable) {
    super(httpStatus, error, ErrorKind.TEMPLATE, retryable);
  }
}
