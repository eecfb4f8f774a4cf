package dev.wabasdk;

import java.util.Objects;

/**
 * Supplies the access token for each {@link Tenant}'s calls, so an app serving many businesses keeps one System
 * User token per business (e.g. in a vault) and can rotate it, instead of handing the client a fixed string.
 *
 * <p>The client asks before every request, so cache in the implementation (a map lookup is fine). When Meta refuses
 * a token (Graph code 190 or HTTP 401) the client calls {@link #invalidate} and asks once more; when the answer is a
 * different token, it repeats the refused request once with it (refused means nothing happened, so a send is not
 * duplicated). Implementations must be thread-safe; their exceptions fail the call before anything is sent.
 */
@FunctionalInterface
public interface AccessTokenProvider {

  /** The token for {@code tenant}'s next request; never blank. */
  String accessToken(Tenant tenant);

  /** Meta refused {@code rejectedToken} for {@code tenant}: drop it from any cache. Default: nothing. */
  default void invalidate(Tenant tenant, String rejectedToken) {}

  /** The same token for every tenant (what {@link WhatsApp.Builder#accessToken(String)} uses). */
  static AccessTokenProvider of(String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken: must not be blank");
    }
    String token = accessToken.strip();
    return new AccessTokenProvider() {
      @Override
      public String accessToken(Tenant tenant) {
        return token;
      }

      @Override
      public String toString() {
        return "AccessTokenProvider{fixed, token=***}";
      }
    };
  }
}
