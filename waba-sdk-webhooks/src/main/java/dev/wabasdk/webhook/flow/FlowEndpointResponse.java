package dev.wabasdk.webhook.flow;

import java.util.Objects;

/**
 * What to answer Meta's request: the HTTP status, body and content type. A 200 body is the base64 of the encrypted
 * JSON. Immutable and thread-safe.
 *
 * @param statusCode 200; 421 (cannot decrypt: the client re-fetches the public key), 427 (invalid flow token),
 *     432 (bad signature), 400 (malformed), 413 (too large) or 500 (the handler failed)
 * @param body the response body
 * @param contentType the body's media type
 */
public record FlowEndpointResponse(int statusCode, String body, String contentType) {
  static final String TEXT_PLAIN = "text/plain; charset=utf-8";
  static final String JSON = "application/json";

  public FlowEndpointResponse {
    Objects.requireNonNull(body, "body == null");
    Objects.requireNonNull(contentType, "contentType == null");
  }

  static FlowEndpointResponse text(int statusCode, String body) {
    return new FlowEndpointResponse(statusCode, body, TEXT_PLAIN);
  }
}
