package dev.wabasdk.webhook;

import java.time.Duration;

/**
 * Remembers which events were already dispatched, so a notification Meta redelivers (it delivers at least once
 * and retries for up to 7 days) reaches listeners once. {@link InMemoryDeduplicationStore} is the default; use a
 * shared store (e.g. Redis) when several app instances receive the same webhooks.
 *
 * <p>Implementations must be thread-safe and {@link #markSeen} atomic. When a method throws (e.g. the store is
 * down), the processor dispatches nothing and answers 503 so Meta redelivers later.
 */
public interface DeduplicationStore {

  /**
   * Marks {@code key} as seen for {@code ttl} if it is not already, atomically.
   *
   * @return true when this is the first time (dispatch the event), false for a duplicate
   */
  boolean markSeen(String key, Duration ttl);

  /**
   * Removes a mark made by {@link #markSeen}; the processor calls it when it could not dispatch an event it marked
   * (so Meta's redelivery is not mistaken for a duplicate).
   */
  void forget(String key);

  /** A store that remembers nothing: every event is dispatched, duplicates included. */
  static DeduplicationStore disabled() {
    return new DeduplicationStore() {
      @Override
      public boolean markSeen(String key, Duration ttl) {
        return true;
      }

      @Override
      public void forget(String key) {}

      @Override
      public String toString() {
        return "DeduplicationStore.disabled()";
      }
    };
  }
}
