package dev.wabasdk.testkit;

import dev.wabasdk.testkit.internal.ErrorTitles;
import org.jspecify.annotations.Nullable;

/**
 * A Graph API error as the fake answers it: {@code {"error": {"message", "type", "code", "error_data":
 * {"messaging_product", "details"}, "fbtrace_id"}}} with the given HTTP status. Immutable and thread-safe.
 *
 * @param code Meta's error code, e.g. {@code 131047}
 * @param message the full {@code error.message}, e.g. {@code "(#131047) Re-engagement message"}
 * @param type the {@code error.type}, usually {@code OAuthException}
 * @param details {@code error.error_data.details}, or null to omit {@code error_data}
 * @param httpStatus the HTTP status of the response
 */
public record GraphErrorResponse(int code, String message, String type, @Nullable String details, int httpStatus) {

  /** Meta's error for {@code code}, with its title as message and details, and Meta's HTTP status. */
  public static GraphErrorResponse of(int code) {
    return of(code, ErrorTitles.title(code));
  }

  /** Meta's error for {@code code} with specific {@code details}. */
  public static GraphErrorResponse of(int code, String details) {
    return new GraphErrorResponse(code, "(#" + code + ") " + ErrorTitles.title(code), "OAuthException", details,
        ErrorTitles.httpStatus(code));
  }

  /** Meta's title for this code (the part of {@code message} after {@code (#code)}). */
  public String title() {
    return ErrorTitles.title(code);
  }

  /** The same error answered with another HTTP status. */
  public GraphErrorResponse withHttpStatus(int status) {
    return new GraphErrorResponse(code, message, type, details, status);
  }
}
