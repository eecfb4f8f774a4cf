package dev.wabasdk.internal;

import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.GraphError;
import dev.wabasdk.error.RateLimitKind;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaAuthenticationException;
import dev.wabasdk.error.WabaMediaException;
import dev.wabasdk.error.WabaRateLimitException;
import dev.wabasdk.error.WabaRecipientException;
import dev.wabasdk.error.WabaReengagementException;
import dev.wabasdk.error.WabaTemplateException;
import dev.wabasdk.error.WabaTemporaryException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Meta's error-code table (cloud-api.md §7.2) turned into exception families and retry advice. */
final class ErrorTable {

  /**
   * Codes Meta documents as transient: retrying with backoff is expected to succeed. {@code 500} is the Payments
   * API's "Generic error" ("System error. Please try again."), ambiguous like {@code 1}: only reads repeat it.
   */
  private static final Set<Integer> RETRYABLE =
      Set.of(1, 2, 4, 500, 80007, 80008, 130429, 131000, 131016, 131056, 131057, 133004, 139103);

  private static final Set<Integer> RECIPIENT =
      Set.of(131021, 131026, 131030, 131050, 131062, 130472, 130497, 137000);

  private ErrorTable() {}

  /** Whether Meta's table says a retry may succeed for this code. */
  public static boolean isRetryable(int code) {
    return RETRYABLE.contains(code);
  }

  /** Whether a request that got this code may be retried automatically without risking a duplicate. */
  public static boolean safeToRetry(int code, boolean idempotent) {
    // An ambiguous code does not prove the request was refused: retried only when repeating it is harmless.
    return RETRYABLE.contains(code) && (idempotent || !WabaApiException.ambiguous(code));
  }

  /** The family of a code. */
  public static ErrorKind kindOf(int code) {
    if (code == 0 || code == 190 || code == 10 || code == 131005 || (code >= 200 && code <= 299)) {
      return ErrorKind.AUTHENTICATION;
    }
    if (rateLimitKind(code) != null) {
      return ErrorKind.RATE_LIMIT;
    }
    if (code == 131047) {
      return ErrorKind.REENGAGEMENT_REQUIRED;
    }
    if (code >= 132000 && code <= 132999) {
      return ErrorKind.TEMPLATE;
    }
    if (RECIPIENT.contains(code)) {
      return ErrorKind.RECIPIENT;
    }
    if (code == 131052 || code == 131053) {
      return ErrorKind.MEDIA;
    }
    if (code == 1 || code == 2 || code == 500 || code == 131000 || code == 131016 || code == 131057
        || code == 133004) {
      return ErrorKind.TEMPORARY;
    }
    return ErrorKind.INVALID_REQUEST;
  }

  /** The exception for a Graph error answered with the given HTTP status. */
  public static WabaApiException toException(int httpStatus, GraphError error) {
    int code = error.code();
    boolean retryable = isRetryable(code);
    return switch (kindOf(code)) {
      case AUTHENTICATION -> new WabaAuthenticationException(httpStatus, error, retryable);
      case RATE_LIMIT ->
          new WabaRateLimitException(httpStatus, error, Objects.requireNonNull(rateLimitKind(code)), retryable);
      case REENGAGEMENT_REQUIRED -> new WabaReengagementException(httpStatus, error, retryable);
      case TEMPLATE -> new WabaTemplateException(httpStatus, error, retryable);
      case RECIPIENT -> new WabaRecipientException(httpStatus, error, retryable);
      case MEDIA -> new WabaMediaException(httpStatus, error, retryable);
      case TEMPORARY -> new WabaTemporaryException(httpStatus, error, retryable);
      case INVALID_REQUEST -> new WabaApiException(httpStatus, error, ErrorKind.INVALID_REQUEST, retryable);
    };
  }

  private static @Nullable RateLimitKind rateLimitKind(int code) {
    return switch (code) {
      case 130429 -> RateLimitKind.THROUGHPUT;
      case 131056 -> RateLimitKind.PAIR_RATE;
      case 131048, 131049, 131064 -> RateLimitKind.SPAM;
      case 4, 80007, 80008 -> RateLimitKind.API_CALLS;
      default -> null;
    };
  }
}
