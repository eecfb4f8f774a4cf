package dev.wabasdk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.policy.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryDeduplicationStoreTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

  @Test
  void firstMarkWinsUntilTheTtlPasses() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    assertThat(store.markSeen("message:wamid.A", Duration.ofMinutes(5))).isTrue();
    assertThat(store.markSeen("message:wamid.A", Duration.ofMinutes(5))).isFalse();
    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(store.markSeen("message:wamid.A", Duration.ofMinutes(5))).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(store.markSeen("message:wamid.A", Duration.ofMinutes(5))).isTrue();
  }

  @Test
  void expiredKeysAreEvicted() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    store.markSeen("a", Duration.ofSeconds(1));
    store.markSeen("b", Duration.ofSeconds(1));
    assertThat(store.size()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(2));
    assertThat(store.size()).isZero();
  }

  @Test
  void boundedToMaxEntriesDroppingTheOldest() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(2, clock);
    store.markSeen("a", Duration.ofDays(1));
    store.markSeen("b", Duration.ofDays(1));
    store.markSeen("c", Duration.ofDays(1));
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.markSeen("b", Duration.ofDays(1))).isFalse();
    assertThat(store.markSeen("c", Duration.ofDays(1))).isFalse();
    assertThat(store.markSeen("a", Duration.ofDays(1))).isTrue();
  }

  @Test
  void forgetAllowsTheKeyAgain() {
    InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(10, clock);
    store.markSeen("a", Duration.ofDays(1));
    store.forget("a");
    assertThat(store.markSeen("a", Duration.ofDays(1))).isTrue();
  }

  @Test
  void rejectsANonPositiveBound() {
    assertThatThrownBy(() -> new InMemoryDeduplicationStore(0, clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxEntries must be at least 1, was 0");
  }
}
