package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class InMemoryConversationStoreTest extends ConversationStoreContract {

  @Override
  protected ConversationStore newStore() {
    return new InMemoryConversationStore();
  }

  @Test
  void expiredUsersAreEvictedButOptOutsAreKept() {
    InMemoryConversationStore s = new InMemoryConversationStore(Duration.ofDays(7), 1000);
    s.recordInbound("16505550001", T, false);
    s.recordOptOut("16505550002", OptOut.MARKETING, T);
    s.recordInbound(BSUID, T, false);
    s.link("16505550003", BSUID);

    assertThat(s.evictExpired(Instant.ofEpochSecond(T + 7 * DAY))).isZero();
    assertThat(s.evictExpired(Instant.ofEpochSecond(T + 7 * DAY + 1))).isEqualTo(3);

    assertThat(s.user("16505550001").lastInboundAt()).isZero();
    assertThat(s.user(BSUID).lastInboundAt()).isZero();
    assertThat(s.user("16505550002").optOut()).isEqualTo(OptOut.MARKETING);
    assertThat(s.trackedKeys()).isEqualTo(1);
    // An evicted user starts afresh.
    s.recordSent(SentMessage.of("16505550001", T + 8 * DAY).withPairRateInterval(6));
    assertThat(s.user("16505550001").pairRateUntil()).isEqualTo(T + 8 * DAY + 6);
  }

  @Test
  void keysThatReadAsTheSameNumberStayDistinctUsers() {
    // wa_ids of up to 18 digits are kept as numbers; a leading zero, a 19th digit or a non-digit keeps the string.
    InMemoryConversationStore s = new InMemoryConversationStore();
    String[] keys = {"16505550001", "016505550001", "0", "7", "123456789012345678", "1234567890123456789",
        "9999999999999999999", "1650555000a", "16505550001 ", "+16505550001", ""};
    for (int i = 0; i < keys.length; i++) {
      s.recordInbound(keys[i], T + i, false);
    }
    for (int i = 0; i < keys.length; i++) {
      assertThat(s.user(keys[i]).lastInboundAt()).as(keys[i]).isEqualTo(T + i);
    }
    assertThat(s.trackedKeys()).isEqualTo(keys.length);
  }

  @Test
  void theSweepRunsWithWritesAndBoundsTheNumberOfUsers() {
    InMemoryConversationStore s = new InMemoryConversationStore(Duration.ofDays(3), 100);
    for (int i = 0; i < 1000; i++) {
      s.recordInbound(String.valueOf(16505550000L + i), T, false);
    }
    assertThat(s.trackedKeys()).isLessThanOrEqualTo(101);
    s.recordOptOut("16505559999", OptOut.ALL, T);

    // Old users expire through the sweep alone once later writes arrive.
    InMemoryConversationStore t = new InMemoryConversationStore(Duration.ofDays(3), 1_000_000);
    for (int i = 0; i < 300; i++) {
      t.recordInbound(String.valueOf(16505550000L + i), T, false);
    }
    for (int i = 0; i < 1024; i++) {
      t.recordInbound("4915112345678", T + 4 * DAY, false);
    }
    assertThat(t.trackedKeys()).isEqualTo(1);
  }

  /**
   * A stub that answers every send with one wa_id links each recipient in turn to that id: each link merges the id's
   * state into the next recipient's, so the first recipients sit at the start of one long chain. Look-ups through
   * them must not walk it every time (quadratic in the number of recipients: minutes here, not the timeout).
   */
  @Test
  @Timeout(60)
  void manyKeysLinkedInTurnToOneIdShareOneStateWithoutWalkingTheChainEachTime() {
    InMemoryConversationStore s = new InMemoryConversationStore(Duration.ofDays(7), 1_000_000);
    int keys = 100_000;
    for (int i = 0; i < keys; i++) {
      s.link(String.valueOf(16505550000L + i), "4915112345678");
    }
    s.recordInbound("4915112345678", T, false);
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < keys; i++) {
        assertThat(s.user(String.valueOf(16505550000L + i)).lastInboundAt()).isEqualTo(T);
      }
    }
    s.recordOptOut("16505550000", OptOut.MARKETING, T + 1); // through the chain's far end: seen by every key
    assertThat(s.user("16505650000").optOut()).isEqualTo(OptOut.NONE); // never linked
    assertThat(s.user("16505649999").optOut()).isEqualTo(OptOut.MARKETING);
    assertThat(s.user("4915112345678").optOut()).isEqualTo(OptOut.MARKETING);
  }

  @Test
  void rejectsARetentionShorterThanTheFreeEntryPoint() {
    assertThatThrownBy(() -> new InMemoryConversationStore(Duration.ofHours(24), 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retention: must be at least 72 hours, was PT24H");
    assertThatThrownBy(() -> new InMemoryConversationStore(Duration.ofDays(3), 0))
        .hasMessage("maxUsers: must be at least 1, was 0");
  }
}
