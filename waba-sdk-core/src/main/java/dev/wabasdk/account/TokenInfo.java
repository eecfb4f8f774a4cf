package dev.wabasdk.account;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What Meta says about an access token ({@code GET /debug_token?input_token=…}): validity, app, kind, expiry,
 * permissions and the WhatsApp Business Accounts each permission was granted for. After Embedded Signup, the newest
 * WABA is the first target of {@link Permission#WHATSAPP_BUSINESS_MANAGEMENT}: {@code info.targetIds(
 * Permission.WHATSAPP_BUSINESS_MANAGEMENT).get(0)}. Holds no token. Immutable and thread-safe.
 *
 * @param valid whether the token can be used ({@code is_valid})
 * @param appId the app the token belongs to
 * @param application the app's name
 * @param type the token's kind
 * @param userId the user (or business integration system user) the token acts for
 * @param expiresAt when the token expires, or null when it never does ({@code expires_at} 0) or Meta did not say
 * @param dataAccessExpiresAt when the app's access to the data expires, or null
 * @param issuedAt when the token was issued, or null
 * @param scopes the permissions granted ({@code scopes})
 * @param granularScopes the permissions granted per object ({@code granular_scopes})
 * @param error why the token is invalid, when Meta said so
 */
public record TokenInfo(
    boolean valid,
    @Nullable String appId,
    @Nullable String application,
    @Nullable TokenType type,
    @Nullable String userId,
    @Nullable Instant expiresAt,
    @Nullable Instant dataAccessExpiresAt,
    @Nullable Instant issuedAt,
    List<Permission> scopes,
    List<GranularScope> granularScopes,
    @Nullable TokenError error) {

  public TokenInfo {
    scopes = List.copyOf(scopes);
    granularScopes = List.copyOf(granularScopes);
  }

  /** Whether the token carries {@code permission}. */
  public boolean has(Permission permission) {
    return scopes.contains(Objects.requireNonNull(permission, "permission"));
  }

  /** The ids {@code permission} was granted for (e.g. WABA ids), newest first; empty when none are listed. */
  public List<String> targetIds(Permission permission) {
    Objects.requireNonNull(permission, "permission");
    return granularScopes.stream().filter(g -> g.scope().equals(permission)).findFirst()
        .map(GranularScope::targetIds).orElse(List.of());
  }

  /**
   * Why Meta considers a token invalid ({@code debug_token}'s {@code data.error}). Immutable and thread-safe.
   *
   * @param code Meta's error code, e.g. {@code 190}
   * @param message Meta's explanation
   * @param subcode the subcode (e.g. {@code 463} expired, {@code 460} password changed), or null
   */
  public record TokenError(int code, String message, @Nullable Integer subcode) {
    public TokenError {
      Objects.requireNonNull(message, "message");
    }
  }
}
