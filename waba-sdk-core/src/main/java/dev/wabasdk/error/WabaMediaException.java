package dev.wabasdk.error;

/**
 * The media of the message or the upload could not be used (131052, 131053). Safe to share between threads once thrown.
 */
public final class WabaMediaException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  public WabaMediaException(int httpStatus, GraphError error, boolean retryable) {
    super(httpStatus, error, ErrorKind.MEDIA, retryable);
  }
}
