package dev.wabasdk.spring.internal;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaAuthenticationException;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.PolicyEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The state behind the health indicators of both Spring Boot generations: the token's validity and the phone
 * number's quality rating and messaging limit tier, from {@code GET /{phone-number-id}}. A probe never waits for the
 * network: it reads the last result and, when that is older than the TTL, starts one background refresh. A learnt
 * messaging limit tier is recorded in the policy engine. Thread-safe.
 */
public final class PhoneNumberHealth {
  /** What the last look-up said. */
  public enum State {
    /** No look-up finished yet. */
    UNKNOWN,
    /** The token works and the number was read. */
    UP,
    /** The token was refused (Graph error 190 and friends). */
    DOWN,
    /** The look-up failed for another reason (network, Meta's side). */
    ERROR
  }

  /**
   * One result.
   *
   * @param state the state
   * @param details what a health endpoint shows (never the token)
   * @param checkedAt when the look-up finished, null before the first one
   */
  public record Snapshot(State state, Map<String, Object> details, @Nullable Instant checkedAt) {
    public Snapshot {
      details = Map.copyOf(details);
    }
  }

  static final String FIELDS = "id,display_phone_number,verified_name,quality_rating,"
      + "whatsapp_business_manager_messaging_limit,messaging_limit_tier,status";

  private final WhatsApp whatsApp;
  private final @Nullable PolicyEngine policy;
  private final Duration ttl;
  private final Clock clock;
  private final AtomicReference<Snapshot> last =
      new AtomicReference<>(new Snapshot(State.UNKNOWN, Map.of("reason", "not checked yet"), null));
  private final AtomicReference<@Nullable CompletableFuture<Snapshot>> inFlight = new AtomicReference<>();

  public PhoneNumberHealth(WhatsApp whatsApp, @Nullable PolicyEngine policy, Duration ttl, Clock clock) {
    this.whatsApp = Objects.requireNonNull(whatsApp, "whatsApp");
    this.policy = policy;
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The last result; starts a background refresh when it is older than the TTL. */
  public Snapshot current() {
    Snapshot snapshot = Objects.requireNonNull(last.get());
    Instant checkedAt = snapshot.checkedAt();
    if (checkedAt == null || !clock.instant().isBefore(checkedAt.plus(ttl))) {
      refresh();
    }
    return snapshot;
  }

  /** Starts a look-up unless one is running; the future completes with its result. */
  public CompletableFuture<Snapshot> refresh() {
    CompletableFuture<Snapshot> mine = new CompletableFuture<>();
    CompletableFuture<Snapshot> running = inFlight.compareAndExchange(null, mine);
    if (running != null) {
      return running;
    }
    CompletableFuture<Map<String, Object>> call;
    try {
      // Only the fields the indicator shows: a small answer, and no dependency on fields a Graph version dropped.
      call = whatsApp.raw().getAsync(whatsApp.phoneNumberId(), Map.of("fields", FIELDS));
    } catch (RuntimeException e) {
      call = CompletableFuture.failedFuture(e);
    }
    call.handle((phone, error) -> phone != null ? up(phone) : failed(error))
        .whenComplete((snapshot, error) -> {
          Snapshot result = snapshot != null ? snapshot : failed(error);
          last.set(result);
          inFlight.set(null);
          mine.complete(result);
        });
    return mine;
  }

  private Snapshot up(Map<String, Object> phone) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("phoneNumberId", whatsApp.phoneNumberId());
    putIfPresent(details, "displayPhoneNumber", phone.get("display_phone_number"));
    putIfPresent(details, "verifiedName", phone.get("verified_name"));
    putIfPresent(details, "qualityRating", phone.get("quality_rating"));
    Object tier = phone.get("whatsapp_business_manager_messaging_limit");
    if (!(tier instanceof String)) {
      tier = phone.get("messaging_limit_tier");
    }
    putIfPresent(details, "messagingLimitTier", tier);
    putIfPresent(details, "status", phone.get("status"));
    if (policy != null && tier instanceof String known && !known.isBlank()) {
      policy.recordTier(MessagingLimitTier.of(known));
    }
    return new Snapshot(State.UP, details, clock.instant());
  }

  private Snapshot failed(@Nullable Throwable error) {
    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("phoneNumberId", whatsApp.phoneNumberId());
    // SDK exception messages never contain the token.
    details.put("error", cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage());
    State state = cause instanceof WabaAuthenticationException ? State.DOWN : State.ERROR;
    return new Snapshot(state, details, clock.instant());
  }

  private static void putIfPresent(Map<String, Object> details, String key, @Nullable Object value) {
    if (value != null) {
      details.put(key, value);
    }
  }

  @Override
  public String toString() {
    return "PhoneNumberHealth{phoneNumberId=" + whatsApp.phoneNumberId() + ", state=" + Objects.requireNonNull(last.get()).state() + "}";
  }
}
