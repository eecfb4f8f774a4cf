package dev.wabasdk.policy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Learns the business portfolio of each sending phone number from the Graph API, for
 * {@link PolicyEngine.Builder#portfolio}: a number belongs to its WhatsApp Business Account (the WABA id of its
 * client, {@link WhatsApp#forNumber}), and the account to the portfolio that owns it, read once per account with
 * {@code GET /{waba-id}?fields=owner_business_info} and kept. A number whose client has no WABA id, or whose account
 * has no owner, maps to no portfolio (counted in the engine's own store); a failed lookup does too, and is tried
 * again after {@link #retryAfter}, so a Graph outage never blocks a send.
 *
 * <pre>{@code
 * PolicyEngine policy = PolicyEngine.builder()
 *     .portfolio(GraphPortfolios.of(whatsApp), id -> new InMemoryConversationStore())
 *     .build();
 * }</pre>
 *
 * Thread-safe.
 */
public final class GraphPortfolios implements Function<String, @Nullable String> {
  /** How long a failed lookup is remembered before the next send tries again. */
  public static final Duration DEFAULT_RETRY_AFTER = Duration.ofMinutes(1);

  private final WhatsApp client;
  private final Clock clock;
  private final Duration retryAfter;
  /** Owner per WABA id: the portfolio id, or "" when the account has none. */
  private final Map<String, String> owners = new ConcurrentHashMap<>();
  /** When each WABA's last lookup failed, in the clock's millis. */
  private final Map<String, Long> failures = new ConcurrentHashMap<>();

  private GraphPortfolios(WhatsApp client, Clock clock, Duration retryAfter) {
    this.client = client;
    this.clock = clock;
    this.retryAfter = retryAfter;
  }

  /** Portfolios looked up through {@code client} (any of its numbers' views), retrying failures after a minute. */
  public static GraphPortfolios of(WhatsApp client) {
    return of(client, DEFAULT_RETRY_AFTER);
  }

  /** As {@link #of(WhatsApp)}, trying a failed lookup again after {@code retryAfter} (positive). */
  public static GraphPortfolios of(WhatsApp client, Duration retryAfter) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative() || retryAfter.isZero()) {
      throw new IllegalArgumentException("retryAfter: must be positive, was " + retryAfter);
    }
    return new GraphPortfolios(client, client.clock(), retryAfter);
  }

  /** The portfolio id of the number {@code phoneNumberId}, or null when unknown (see the class comment). */
  @Override
  public @Nullable String apply(String phoneNumberId) {
    String waba = wabaOf(phoneNumberId);
    return waba == null ? null : portfolioOfAccount(waba);
  }

  /** The portfolio that owns WhatsApp Business Account {@code wabaId}, or null when it has none or is unknown. */
  public @Nullable String portfolioOfAccount(String wabaId) {
    Objects.requireNonNull(wabaId, "wabaId");
    String known = owners.get(wabaId);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    Long failedAt = failures.get(wabaId);
    long now = clock.millis();
    if (failedAt != null && now - failedAt < retryAfter.toMillis()) {
      return null;
    }
    String owner;
    try {
      owner = ownerOf(client.raw().get(wabaId, Map.of("fields", "owner_business_info")));
    } catch (WabaException e) {
      // Meta unreachable or the token lacks whatsapp_business_management: count per number until it works.
      failures.put(wabaId, now);
      return null;
    }
    failures.remove(wabaId);
    owners.put(wabaId, owner);
    return owner.isEmpty() ? null : owner;
  }

  private @Nullable String wabaOf(String phoneNumberId) {
    WhatsApp view = client.phoneNumberId().equals(phoneNumberId) ? client : client.findNumber(phoneNumberId);
    return view == null ? null : view.tenant().businessAccountId(); // a number never registered has no known WABA
  }

  private static String ownerOf(Map<String, Object> account) {
    Object info = account.get("owner_business_info");
    if (info instanceof Map<?, ?> map && map.get("id") instanceof String id && !id.isEmpty()) {
      return id;
    }
    return "";
  }

  @Override
  public String toString() {
    return "GraphPortfolios{accounts=" + owners.size() + "}";
  }
}
