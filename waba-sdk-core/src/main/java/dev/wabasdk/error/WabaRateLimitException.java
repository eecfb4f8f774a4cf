package dev.wabasdk.error;

/**
 * A rate limit was hit; {@link #rateLimitKind()} says which one, because each calls for a different wait. Safe to share between threads once thrown.
 */
public final class WabaRateLimitException extends WabaApiException {
  private static final long serialVersionUID = 1L;

  private final RateLimitKind rateLimitKind;

  public WabaRateLimitException(int httpStatus, GraphError error, RateLimitKind rateLimitKind, boolean retryable) {
    super(httpStatus, error, ErrorKind.RATE_LIMIT, retryable);
    this.rateLimitKind = rateLimitKind;
  }

  /** Throughput, pair rate, spam, or API calls. */
  public RateLimitKind rateLimitKind() {
    return rateLimitKind;
  }
}
