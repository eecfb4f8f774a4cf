package dev.wabasdk.webhook;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Remembers which events were processed, so a notification Meta redelivers (it delivers at least once and retries
 * for up to 7 days) is processed once, and which are being processed right now, so two app instances receiving the
 * same redelivery do not both run it. {@link InMemoryDeduplicationStore} is the default; use a shared store (e.g.
 * Redis) when several app instances receive the same webhooks.
 *
 * <p>A key goes through three states: absent, <em>leased</em> by one {@link #claim} (expires after the lease TTL,
 * so a crash, a timeout or a shutdown never leaves a permanent mark) and <em>done</em> (set by {@link #complete}
 * only after the listeners succeeded; expires after the done TTL). {@link #release} drops a lease so the next
 * redelivery runs the event again.
 *
 * <p>Implementations must be thread-safe and each method atomic; {@code complete} and {@code release} act only on the
 * caller's own lease (a lease that expired and was claimed by someone else is left alone). When a method throws
 * (e.g. the store is down), the processor dispatches nothing new and answers 503 so Meta redelivers later.
 */
public interface DeduplicationStore {

  /**
   * Claims {@code key} for {@code leaseTtl} if it is neither done nor leased by someone else, atomically.
   *
   * @return {@link Claim.Status#CLAIMED} (process the event, then {@link #complete} or {@link #release}),
   *     {@link Claim.Status#DONE} (a duplicate) or {@link Claim.Status#IN_FLIGHT} (someone else holds a lease)
   */
  Claim claim(String key, Duration leaseTtl);

  /**
   * Turns the caller's lease into a done mark kept for {@code doneTtl}. Also marks done when the lease expired
   * meanwhile and nobody else claimed the key.
   *
   * @return false when another claim holds or completed the key (nothing changed)
   * @throws IllegalArgumentException when {@code claim} is not {@link Claim.Status#CLAIMED}
   */
  boolean complete(Claim claim, Duration doneTtl);

  /**
   * Drops the caller's lease so the next redelivery claims the key again; no-op when the lease is gone or another
   * claim holds the key.
   *
   * @throws IllegalArgumentException when {@code claim} is not {@link Claim.Status#CLAIMED}
   */
  void release(Claim claim);

  /** A store that remembers nothing: every claim succeeds, so every event is dispatched, duplicates included. */
  static DeduplicationStore disabled() {
    return new DeduplicationStore() {
      @Override
      public Claim claim(String key, Duration leaseTtl) {
        return Claim.claimed(key, "disabled");
      }

      @Override
      public boolean complete(Claim claim, Duration doneTtl) {
        return true;
      }

      @Override
      public void release(Claim claim) {}

      @Override
      public String toString() {
        return "DeduplicationStore.disabled()";
      }
    };
  }

  /**
   * The answer to {@link #claim}. Immutable and thread-safe.
   *
   * @param key the claimed key
   * @param status what the store found
   * @param token identifies this claim's lease (so only its owner completes or releases it); empty unless
   *     {@link Status#CLAIMED}
   */
  record Claim(String key, Status status, String token) {

    /** What {@link #claim} found. */
    public enum Status {
      /** The caller holds a lease on the key: process the event, then complete or release it. */
      CLAIMED,
      /** The key was processed already: a duplicate. */
      DONE,
      /** Another worker holds an unexpired lease: answer a retryable status so Meta comes back later. */
      IN_FLIGHT
    }

    public Claim {
      Objects.requireNonNull(key, "key == null");
      Objects.requireNonNull(status, "status == null");
      Objects.requireNonNull(token, "token == null");
      if ((status == Status.CLAIMED) == token.isEmpty()) {
        throw new IllegalArgumentException(
            "token must be non-empty exactly when status is CLAIMED, was status " + status + " with token '"
                + token + "'");
      }
    }

    /** A lease held by the caller, identified by {@code token}. */
    public static Claim claimed(String key, String token) {
      return new Claim(key, Status.CLAIMED, token);
    }

    /** A lease with a new random token. */
    public static Claim claimed(String key) {
      return claimed(key, UUID.randomUUID().toString());
    }

    /** The key was processed already. */
    public static Claim done(String key) {
      return new Claim(key, Status.DONE, "");
    }

    /** Another worker holds the key. */
    public static Claim inFlight(String key) {
      return new Claim(key, Status.IN_FLIGHT, "");
    }

    /** Whether the caller holds the lease. */
    public boolean isClaimed() {
      return status == Status.CLAIMED;
    }

    /** @throws IllegalArgumentException unless this claim holds a lease (for store implementations) */
    public Claim requireClaimed() {
      if (status != Status.CLAIMED) {
        throw new IllegalArgumentException("claim must be CLAIMED to complete or release it, was " + status
            + " for key " + key);
      }
      return this;
    }
  }
}
