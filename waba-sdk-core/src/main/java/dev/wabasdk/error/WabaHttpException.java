package dev.wabasdk.error;

/**
 * An HTTP error whose body is not Graph API error JSON (e.g. a 502 HTML page from a proxy). Carries the status
 * and an excerpt of the body.
 * Safe to share between threads once thrown.
 */
public final class WabaHttpException extends WabaException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String bodyExcerpt;

  public WabaHttpException(String message, int httpStatus, String bodyExcerpt, Outcome outcome, boolean retryable) {
    super(message, outcome, retryable, null);
    this.httpStatus = httpStatus;
    this.bodyExcerpt = bodyExcerpt;
  }

  /** The HTTP status code. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The first characters of the response body, for diagnosis. */
  public String bodyExcerpt() {
    return bodyExcerpt;
  }
}
