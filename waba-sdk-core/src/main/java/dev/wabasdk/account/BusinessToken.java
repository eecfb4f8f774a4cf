package dev.wabasdk.account;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The business token (a Business Integration System User access token) Meta returns for an Embedded Signup code.
 * Store it in your vault and hand it to the client through an {@code AccessTokenProvider}; it never appears in
 * {@link #toString()}. Immutable and thread-safe.
 *
 * @param accessToken the token
 * @param tokenType the token type Meta sent, e.g. {@code bearer}, or null
 * @param expiresIn how long the token lives, when Meta said so (business tokens usually do not expire)
 */
public record BusinessToken(String accessToken, @Nullable String tokenType, @Nullable Duration expiresIn) {

  public BusinessToken {
    Objects.requireNonNull(accessToken, "accessToken");
  }

  @Override
  public String toString() {
    return "BusinessToken{accessToken=***, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "}";
  }
}
