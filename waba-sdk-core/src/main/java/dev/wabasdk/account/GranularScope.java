package dev.wabasdk.account;

import java.util.List;
import java.util.Objects;

/**
 * A permission granted for specific objects ({@code debug_token}'s {@code granular_scopes}): for the WhatsApp
 * permissions, the ids of the WhatsApp Business Accounts that granted it, newest onboarded first. Immutable and
 * thread-safe.
 *
 * @param scope the permission
 * @param targetIds the ids it was granted for; empty when Meta listed none (granted for everything)
 */
public record GranularScope(Permission scope, List<String> targetIds) {

  public GranularScope {
    Objects.requireNonNull(scope, "scope");
    targetIds = List.copyOf(targetIds);
  }
}
