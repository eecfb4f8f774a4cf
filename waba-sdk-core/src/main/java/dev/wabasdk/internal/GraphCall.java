package dev.wabasdk.internal;

import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;

/**
 * One Graph API call to make.
 *
 * @param method the HTTP method
 * @param url the full URL
 * @param body the request body, or null for GET and DELETE
 * @param idempotent whether repeating it is harmless (GET, DELETE, updates); sends are not
 * @param send whether it is a message send (a failure after it was written may have delivered a message)
 * @param authenticated whether to send the bearer token (media downloads go to Meta's CDN with it too)
 * @param authScheme the Authorization scheme: {@code Bearer}, or {@code OAuth} for the Resumable Upload API's session
 *     calls, which take the token only that way
 * @param headers extra request headers (e.g. the Resumable Upload API's {@code file_offset})
 * @param unknownEffect for a call the SDK never repeats on its own (a refund moves money), what it may have done when
 *     its outcome is unknown, e.g. {@code the refund may have been made}; null for the others
 */
record GraphCall(
    String method,
    HttpUrl url,
    @Nullable RequestBody body,
    boolean idempotent,
    boolean send,
    boolean authenticated,
    String authScheme,
    Headers headers,
    @Nullable String unknownEffect) {

  GraphCall(String method, HttpUrl url, @Nullable RequestBody body, boolean idempotent, boolean send,
      boolean authenticated) {
    this(method, url, body, idempotent, send, authenticated, "Bearer", Headers.of(), null);
  }

  /** This call with the token sent as {@code Authorization: OAuth <token>} and these extra headers. */
  GraphCall withOAuth(Headers extra) {
    return new GraphCall(method, url, body, idempotent, send, authenticated, "OAuth", extra, unknownEffect);
  }

  /**
   * What a failure whose outcome is unknown may have done, for its message: the message sent, or this call's
   * {@link #unknownEffect}; null when there is nothing to add.
   */
  @Nullable String effect() {
    return send ? "the message may have been delivered" : unknownEffect;
  }

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  /** A GET, idempotent. */
  public static GraphCall get(HttpUrl url) {
    return new GraphCall("GET", url, null, true, false, true);
  }

  /** A DELETE, idempotent. */
  public static GraphCall delete(HttpUrl url) {
    return new GraphCall("DELETE", url, null, true, false, true);
  }

  /** A DELETE with a JSON body (the Groups API names what to remove in the body), idempotent. */
  public static GraphCall delete(HttpUrl url, Map<String, ?> json) {
    return new GraphCall("DELETE", url, RequestBody.create(Json.write(json), JSON), true, false, true);
  }

  /** A POST of a JSON body. */
  public static GraphCall post(HttpUrl url, Map<String, ?> json, boolean idempotent) {
    return new GraphCall("POST", url, RequestBody.create(Json.write(json), JSON), idempotent, false, true);
  }

  /** A POST of any body (e.g. multipart). */
  public static GraphCall post(HttpUrl url, RequestBody body, boolean idempotent) {
    return new GraphCall("POST", url, body, idempotent, false, true);
  }

  /**
   * A POST of a JSON body that is never repeated automatically, whatever the retry settings (not even
   * {@code retryUnknownOutcome}): it moves money or starts something the caller must not get twice. Only a refused
   * token is renewed once (Meta refused the call: nothing happened).
   *
   * @param unknownEffect what the call may have done when its outcome is unknown, e.g. {@code the refund may have
   *     been made}
   */
  public static GraphCall postOnce(HttpUrl url, Map<String, ?> json, String unknownEffect) {
    return new GraphCall("POST", url, RequestBody.create(Json.write(json), JSON), false, false, true, "Bearer",
        Headers.of(), unknownEffect);
  }

  /** A message send: a non-idempotent POST. */
  public static GraphCall send(HttpUrl url, Map<String, ?> json) {
    return new GraphCall("POST", url, RequestBody.create(Json.write(json), JSON), false, true, true);
  }

  /** A message send of a body already written (see {@link SendBody}): a non-idempotent POST. */
  public static GraphCall send(HttpUrl url, RequestBody body) {
    return new GraphCall("POST", url, body, false, true, true);
  }
}
