package dev.wabasdk.webhook;

import java.util.Objects;

/**
 * What to answer Meta: the HTTP status, body and content type. Meta only looks at the status: 200 means
 * "received"; anything else makes Meta redeliver, for up to 7 days. Immutable and thread-safe.
 *
 * @param statusCode the HTTP status, e.g. 200, 400, 401, 403, 413 or 503
 * @param body the response body: the challenge for a successful handshake, else a short reason
 * @param contentType the body's media type
 */
public record WebhookResponse(int statusCode, String body, String contentType) {

  /** The content type of every response the processor makes. */
  public static final String TEXT_PLAIN = "text/plain; charset=utf-8";

  public WebhookResponse {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(contentType, "contentType == null");
  }

  /** The answer to nearly every webhook, shared (records are immutable). */
  private static final WebhookResponse OK = new WebhookResponse(200, "OK", TEXT_PLAIN);

  static WebhookResponse of(int statusCode, String body) {
    return statusCode == 200 && body.equals("OK") ? OK : new WebhookResponse(statusCode, body, TEXT_PLAIN);
  }

  /** Whether the status is 2xx. */
  public boolean isSuccessful() {
    return statusCode >= 200 && statusCode < 300;
  }
}
