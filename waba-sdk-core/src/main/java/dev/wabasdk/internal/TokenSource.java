package dev.wabasdk.internal;

import dev.wabasdk.AccessTokenProvider;
import dev.wabasdk.Tenant;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaHttpException;
import java.util.Objects;

/** The access tokens of one tenant, from the app's {@link AccessTokenProvider}. Thread-safe when the provider is. */
final class TokenSource {
  private final AccessTokenProvider provider;
  private final Tenant tenant;

  TokenSource(AccessTokenProvider provider, Tenant tenant) {
    this.provider = provider;
    this.tenant = tenant;
  }

  /** The token for the next request. */
  String current() {
    String token;
    try {
      token = provider.accessToken(tenant);
    } catch (RuntimeException e) {
      throw new WabaException("the AccessTokenProvider failed for phone number " + tenant.phoneNumberId()
          + " (" + e.getClass().getSimpleName() + "): not sent", Outcome.NOT_SENT, false, e);
    }
    if (token == null || token.isBlank()) {
      throw new WabaException("the AccessTokenProvider returned no token for phone number "
          + tenant.phoneNumberId() + ": not sent", Outcome.NOT_SENT, false, null);
    }
    return token.strip();
  }

  /**
   * Meta refused {@code rejected}: tells the provider and asks again. Returns the new token, or null when the provider
   * answers the same token (repeating the request would fail the same way).
   */
  @org.jspecify.annotations.Nullable String renew(String rejected) {
    if (!reject(rejected)) {
      return null;
    }
    String next = current();
    return next.equals(rejected) ? null : next;
  }

  /** Tells the provider Meta refused {@code rejected}; false when the provider threw. */
  boolean reject(String rejected) {
    try {
      provider.invalidate(tenant, rejected);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Whether Meta refused the token itself (Graph code 190, or HTTP 401): then nothing took effect. */
  static boolean rejectsToken(WabaException e) {
    if (e instanceof WabaApiException api) {
      return api.code() == 190 || api.httpStatus() == 401;
    }
    return e instanceof WabaHttpException http && http.httpStatus() == 401;
  }

  Tenant tenant() {
    return tenant;
  }

  @Override
  public String toString() {
    return "TokenSource{" + tenant + ", " + Objects.toString(provider) + "}";
  }
}
