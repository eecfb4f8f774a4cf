package dev.wabasdk.error;

/**
 * The recipient cannot receive this message: undeliverable, opted out, not allowed, or not addressable this way. Safe to share between threads once thrown.
 */
public final class WabaRecipientException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  public WabaRecipientException(int httpStatus, GraphError error, boolean retryable) {
    super(httpStatus, error, ErrorKind.RECIPIENT, retryable);
  }
}
