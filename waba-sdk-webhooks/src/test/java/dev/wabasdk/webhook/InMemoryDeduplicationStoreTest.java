package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.policy.Concurrently;
import dev.wabasdk.policy.MutableClock;
import dev.wabasdk.webhook.DeduplicationStore.Claim;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class InMemoryDeduplicationStoreTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

  /** Claims and completes at once: the old "mark seen" in one call. */
  private static boolean markDone(InMemoryDeduplicationStore store, String key, Duration ttl) {
    Claim claim = store.claim(key, ttl);
    if (!claim.isClaimed()) {
      return false;
    }
    assertThat(store.complete(claim, ttl)).isTrue();
    return true;
  }

  @Test
  void firstMarkWinsUntilTheTtlPasses() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    assertThat(markDone(store, "message:wamid.A", Duration.ofMinutes(5))).isTrue();
    assertThat(markDone(store, "message:wamid.A", Duration.ofMinutes(5))).isFalse();
    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(markDone(store, "message:wamid.A", Duration.ofMinutes(5))).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(markDone(store, "message:wamid.A", Duration.ofMinutes(5))).isTrue();
  }

  @Test
  void aLeaseIsInFlightUntilCompletedReleasedOrExpired() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    Claim first = store.claim("a", Duration.ofSeconds(30));
    assertThat(first.status()).isEqualTo(Claim.Status.CLAIMED);
    assertThat(store.claim("a", Duration.ofSeconds(30))).isEqualTo(Claim.inFlight("a"));

    store.release(first);
    Claim second = store.claim("a", Duration.ofSeconds(30));
    assertThat(second.isClaimed()).isTrue();
    assertThat(second.token()).isNotEqualTo(first.token());

    clock.advance(Duration.ofSeconds(30)); // the holder crashed: its lease expires
    Claim third = store.claim("a", Duration.ofSeconds(30));
    assertThat(third.isClaimed()).isTrue();

    // The crashed holder can neither release nor complete a lease that is no longer its own.
    store.release(second);
    assertThat(store.complete(second, Duration.ofDays(1))).isFalse();
    assertThat(store.claim("a", Duration.ofSeconds(30))).isEqualTo(Claim.inFlight("a"));
    assertThat(store.complete(third, Duration.ofDays(1))).isTrue();
    assertThat(store.claim("a", Duration.ofSeconds(30))).isEqualTo(Claim.done("a"));
  }

  @Test
  void completingAnExpiredLeaseNobodyTookStillMarksDone() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    Claim claim = store.claim("a", Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(5));
    assertThat(store.complete(claim, Duration.ofDays(1))).isTrue();
    assertThat(store.claim("a", Duration.ofSeconds(1))).isEqualTo(Claim.done("a"));
  }

  @Test
  void onlyClaimedClaimsCanBeCompletedOrReleased() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    assertThatThrownBy(() -> store.release(Claim.done("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim must be CLAIMED to complete or release it, was DONE for key a");
    assertThatThrownBy(() -> store.complete(Claim.inFlight("a"), Duration.ofDays(1)))
        .hasMessage("claim must be CLAIMED to complete or release it, was IN_FLIGHT for key a");
    assertThatThrownBy(() -> new Claim("a", Claim.Status.DONE, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token must be non-empty exactly when status is CLAIMED, was status DONE with token 't'");
  }

  @Test
  void expiredKeysAreEvicted() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    markDone(store, "a", Duration.ofSeconds(1));
    store.claim("b", Duration.ofSeconds(1));
    assertThat(store.size()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(2));
    assertThat(store.size()).isZero();
  }

  @Test
  void manyExpiredKeysAreSweptWithoutAskingForSize() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(100_000, clock);
    for (int i = 0; i < 5000; i++) {
      markDone(store, "old" + i, Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(2));
    assertThat(store.entryCount()).isEqualTo(5000);
    for (int i = 0; i < 2100; i++) { // more writes than a sweep waits for (a quarter of the entries, at least 1024)
      store.claim("new" + i, Duration.ofDays(1));
    }
    // The amortised sweep removed the old generation without size() (which sweeps too) being asked.
    assertThat(store.entryCount()).isEqualTo(2100);
    // An expired entry the sweep has not reached yet is still expired on access.
    markDone(store, "late", Duration.ofSeconds(1));
    clock.advance(Duration.ofSeconds(2));
    assertThat(store.claim("late", Duration.ofDays(1)).isClaimed()).isTrue();
  }

  @Test
  void boundedToMaxEntriesDroppingTheOldest() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2, clock);
    markDone(store, "a", Duration.ofDays(1));
    markDone(store, "b", Duration.ofDays(1));
    markDone(store, "c", Duration.ofDays(1));
    assertThat(store.size()).isEqualTo(2);
    assertThat(markDone(store, "b", Duration.ofDays(1))).isFalse();
    assertThat(markDone(store, "c", Duration.ofDays(1))).isFalse();
    assertThat(markDone(store, "a", Duration.ofDays(1))).isTrue();
  }

  @Test
  void releaseAllowsTheKeyAgain() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    Claim claim = store.claim("a", Duration.ofDays(1));
    store.release(claim);
    assertThat(markDone(store, "a", Duration.ofDays(1))).isTrue();
  }

  @Test
  void concurrentClaimsOfOneKeyHaveOneWinner() throws Exception {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(100_000, clock);
    AtomicInteger winners = new AtomicInteger();
    Concurrently.run(8, t -> {
      for (int i = 0; i < 1000; i++) {
        if (store.claim("k" + i, Duration.ofMinutes(1)).isClaimed()) {
          winners.incrementAndGet();
        }
      }
    });
    assertThat(winners).hasValue(1000);
  }

  @Test
  void racingClaimsCompletesAndReleasesKeepOneDoneMarkPerKey() throws Exception {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(100_000, clock);
    int keys = 2000;
    AtomicInteger[] done = new AtomicInteger[keys];
    for (int i = 0; i < keys; i++) {
      done[i] = new AtomicInteger();
    }
    AtomicInteger failedCompletes = new AtomicInteger();
    Concurrently.run(8, t -> {
      for (int n = 0; n < keys * 2; n++) {
        int i = (n * 7 + t * 131) % keys;
        Claim claim = store.claim("k" + i, Duration.ofMinutes(1));
        if (!claim.isClaimed()) {
          continue;
        }
        if ((n + t) % 3 == 0) {
          store.release(claim); // the next claimer, if any, gets the key
        } else if (store.complete(claim, Duration.ofDays(1))) {
          done[i].incrementAndGet();
        } else {
          failedCompletes.incrementAndGet();
        }
      }
    });
    assertThat(failedCompletes).hasValue(0); // nothing expires: a holder's complete always lands
    for (int i = 0; i < keys; i++) {
      assertThat(done[i].get()).as("k" + i).isLessThanOrEqualTo(1);
      Claim after = store.claim("k" + i, Duration.ofMinutes(1));
      assertThat(after.status()).as("k" + i)
          .isEqualTo(done[i].get() == 1 ? Claim.Status.DONE : Claim.Status.CLAIMED);
    }
  }

  @Test
  void rejectsANonPositiveBound() {
    assertThatThrownBy(() -> new InMemoryDeduplicationStore(0, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEntries must be at least 1, was 0");
  }

  @Test
  void theBoundEvictsTheOldestLiveEntrySkippingReplacedAndReleasedOnes() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2, clock);
    Duration ttl = Duration.ofMinutes(5);
    assertThat(markDone(store, "a", ttl)).isTrue(); // a's lease is replaced by its done mark
    store.release(store.claim("b", ttl)); // b's lease is released
    assertThat(store.claim("c", ttl).isClaimed()).isTrue();
    assertThat(store.claim("d", ttl).isClaimed()).isTrue(); // one over the bound: a (the oldest live) goes
    assertThat(store.entryCount()).isEqualTo(2);
    assertThat(store.claim("c", ttl).status()).isEqualTo(Claim.Status.IN_FLIGHT);
    assertThat(store.claim("d", ttl).status()).isEqualTo(Claim.Status.IN_FLIGHT);
    assertThat(store.claim("a", ttl).isClaimed()).isTrue(); // evicted, so new again; now c is the oldest live
    assertThat(store.claim("c", ttl).isClaimed()).isTrue();
    assertThat(store.entryCount()).isEqualTo(2);
  }

  @Test
  void theSweepDropsReplacedAndReleasedEntriesAndKeepsLiveOnes() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(100_000, clock);
    Duration ttl = Duration.ofMinutes(5);
    for (int i = 0; i < 3000; i++) { // enough writes for sweeps; every lease replaced or released
      if (i % 2 == 0) {
        assertThat(markDone(store, "k" + i, ttl)).isTrue();
      } else {
        store.release(store.claim("k" + i, ttl));
      }
    }
    assertThat(store.entryCount()).isEqualTo(1500);
    for (int i = 0; i < 3000; i += 2) {
      assertThat(store.claim("k" + i, ttl).status()).as("k" + i).isEqualTo(Claim.Status.DONE);
    }
    assertThat(store.claim("k1", ttl).isClaimed()).isTrue();
    clock.advance(ttl);
    assertThat(store.size()).isZero();
  }

  @Test
  void theRingKeepsTheOldestLiveKeyFirstThroughGrowthCompactionAndWrapAround() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(40, clock);
    Duration ttl = Duration.ofDays(1);
    for (int i = 0; i < 60; i++) { // the ring starts small: it grows, and compacts the released keys' slots
      Claim claim = store.claim("k" + i, ttl);
      if (i < 40 && i % 2 == 1) {
        store.release(claim);
      }
    }
    assertThat(store.entryCount()).isEqualTo(40);
    for (int i = 0; i < 10; i++) {
      assertThat(store.claim("n" + i, ttl).isClaimed()).isTrue(); // each drops the oldest live key: k0, k2, ... k18
    }
    assertThat(store.entryCount()).isEqualTo(40);
    for (int i = 20; i < 60; i++) {
      if (i >= 40 || i % 2 == 0) {
        assertThat(store.claim("k" + i, ttl).status()).as("k" + i).isEqualTo(Claim.Status.IN_FLIGHT);
      }
    }
    assertThat(store.claim("k18", ttl).isClaimed()).isTrue(); // evicted, so new again (and k20 goes)
    assertThat(store.claim("k20", ttl).isClaimed()).isTrue(); // and k22 goes
    assertThat(store.claim("k24", ttl).status()).isEqualTo(Claim.Status.IN_FLIGHT);
    for (int i = 0; i < 1000; i++) { // the head goes round the ring many times
      markDone(store, "w" + i, ttl);
    }
    assertThat(store.entryCount()).isEqualTo(40);
    assertThat(store.claim("w959", ttl).isClaimed()).isTrue(); // the 41st newest went; w960 then goes
    assertThat(store.claim("w961", ttl).status()).isEqualTo(Claim.Status.DONE);
    assertThat(store.claim("w999", ttl).status()).isEqualTo(Claim.Status.DONE);
  }

  /**
   * Random claims, completions and releases (nothing expires) against a model: a map in claim order that drops its
   * eldest key when over the bound. Same answers, so the ring keeps exactly the order the bound needs.
   */
  @Test
  void answersAsAnInsertionOrderedModelOverManyRandomCalls() {
    int bound = 50;
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(bound, clock);
    java.util.LinkedHashMap<String, String> model = new java.util.LinkedHashMap<>(); // key to token, "" when done
    java.util.List<Claim> held = new java.util.ArrayList<>();
    java.util.Random random = new java.util.Random(26);
    Duration ttl = Duration.ofDays(1);
    for (int n = 0; n < 50_000; n++) {
      int op = random.nextInt(10);
      if (op < 6 || held.isEmpty()) {
        String key = "k" + random.nextInt(200);
        Claim claim = store.claim(key, ttl);
        String known = model.get(key);
        Claim.Status expected =
            known == null ? Claim.Status.CLAIMED : known.isEmpty() ? Claim.Status.DONE : Claim.Status.IN_FLIGHT;
        assertThat(claim.status()).as("call %d: claim %s", n, key).isEqualTo(expected);
        if (claim.isClaimed()) {
          model.put(key, claim.token());
          trimModel(model, bound);
          held.add(claim);
        }
      } else {
        Claim claim = held.remove(random.nextInt(held.size()));
        String known = model.get(claim.key());
        if (op < 9) {
          boolean completed = store.complete(claim, ttl);
          boolean expected = known == null || known.equals(claim.token());
          assertThat(completed).as("call %d: complete %s", n, claim.key()).isEqualTo(expected);
          if (known == null) {
            model.put(claim.key(), ""); // evicted while leased: a new done mark, the newest key
            trimModel(model, bound);
          } else if (expected) {
            model.replace(claim.key(), ""); // the lease becomes its done mark in its place
          }
        } else {
          store.release(claim);
          if (claim.token().equals(known)) {
            model.remove(claim.key());
          }
        }
      }
      assertThat(store.entryCount()).as("call %d", n).isEqualTo(model.size());
    }
  }

  private static void trimModel(java.util.LinkedHashMap<String, String> model, int bound) {
    while (model.size() > bound) {
      model.remove(model.keySet().iterator().next());
    }
  }
}
