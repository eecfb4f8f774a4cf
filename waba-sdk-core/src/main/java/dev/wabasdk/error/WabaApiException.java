package dev.wabasdk.error;

/**
 * Meta answered with a Graph API error. The error JSON is kept whole in {@link #error()}; {@link #kind()} and the
 * subclasses group codes that callers handle differently. Meta rejected the request, so it had no effect, except for
 * the codes whose effect Meta leaves open ({@code 1} "An unknown error occurred", {@code 131000} "Something went
 * wrong", the Payments API's {@code 500} "Generic error"): their {@link #outcome()} is {@link Outcome#UNKNOWN} and
 * they are not {@link #isRetryable() retryable}, since sending again may deliver the message twice. Safe to share
 * between threads once thrown.
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
    super(describe(httpStatus, error), ambiguous(error.code()) ? Outcome.UNKNOWN : Outcome.REJECTED,
        retryable && !ambiguous(error.code()), null);
    this.httpStatus = httpStatus;
    this.error = error;
    this.kind = kind;
  }

  /**
   * Whether Meta's answer with this code leaves open whether the request took effect: "something went wrong" may
   * come after the message was accepted. {@code 500} is the Payments API's "Generic error" ("System error. Please
   * try again."), in its own {@code {"errors": [...]}} shape; no Graph error has that code.
   */
  public static boolean ambiguous(int code) {
    return code == 1 || code == 131000 || code == 500;
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
