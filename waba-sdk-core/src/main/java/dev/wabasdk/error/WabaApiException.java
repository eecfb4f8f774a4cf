package dev.wabasdk.error;

/**
 * Meta answered with a Graph API error. The error JSON is kept whole in {@link #error()}; {@link #kind()} and the
 * subclasses group codes that callers handle differently. Meta rejected the request, so it had no effect.
 * Safe to share between threads once thrown.
 */
public sealed class WabaApiException extends WabaException
    permits WabaAuthenticationException,
        WabaRateLimitException,
        WabaReengagementException,
        WabaTemplateException,
        WabaRecipientException,
        WabaMediaException,
        WabaTemporaryException {
  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final transient GraphError error;
  private final ErrorKind kind;

  public WabaApiException(int httpStatus, GraphError error, ErrorKind kind, boolean retryable) {
    super(describe(httpStatus, error), Outcome.REJECTED, retryable, null);
    this.httpStatus = httpStatus;
    this.error = error;
    this.kind = kind;
  }

  /** The Graph error object as Meta sent it. */
  public GraphError error() {
    return error;
  }

  /** Meta's error code, e.g. {@code 131047}. */
  public int code() {
    return error.code();
  }

  /** The family of this error. */
  public ErrorKind kind() {
    return kind;
  }

  /** The HTTP status of Meta's answer. */
  public int httpStatus() {
    return httpStatus;
  }

  private static String describe(int httpStatus, GraphError error) {
    StringBuilder sb = new StringBuilder("Graph API error ").append(error.code());
    sb.append(" (HTTP ").append(httpStatus).append("): ").append(error.message());
    if (error.details() != null && !error.message().contains(error.details())) {
      sb.append(" — ").append(error.details());
    }
    if (error.fbtraceId() != null) {
      sb.append(" [fbtrace_id ").append(error.fbtraceId()).append(']');
    }
    return sb.toString();
  }
}
