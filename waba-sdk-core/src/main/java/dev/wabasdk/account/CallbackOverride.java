package dev.wabasdk.account;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * An alternate webhook callback URL for one WhatsApp Business Account or one business phone number, with the verify
 * token Meta sends to it in the verification handshake ({@code override_callback_uri}, {@code verify_token}). Meta
 * verifies the URL when it is set, so the endpoint must answer the handshake first. The verify token never appears in
 * {@link #toString()}. Immutable and thread-safe.
 *
 * @param callbackUri an absolute https URL, at most {@value #MAX_URI_LENGTH} characters
 * @param verifyToken the token your endpoint expects in {@code hub.verify_token}
 */
public record CallbackOverride(String callbackUri, String verifyToken) {
  /** Meta's limit on {@code override_callback_uri}. */
  public static final int MAX_URI_LENGTH = 200;

  public CallbackOverride {
    Objects.requireNonNull(callbackUri, "callbackUri");
    Objects.requireNonNull(verifyToken, "verifyToken");
    if (callbackUri.length() > MAX_URI_LENGTH) {
      throw new IllegalArgumentException("callbackUri: must be at most " + MAX_URI_LENGTH + " characters, was "
          + callbackUri.length());
    }
    URI uri;
    try {
      uri = URI.create(callbackUri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("callbackUri: not a URL: '" + callbackUri + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
      throw new IllegalArgumentException("callbackUri: must be an absolute http(s) URL (Meta requires https in"
          + " production), was '" + callbackUri + "'");
    }
    if (verifyToken.isEmpty()) {
      throw new IllegalArgumentException("verifyToken: must not be empty");
    }
  }

  @Override
  public String toString() {
    return "CallbackOverride{callbackUri=" + callbackUri + ", verifyToken=***}";
  }
}
