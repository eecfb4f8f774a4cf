package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The in-memory store's table of numeric {@code wa_id}s ({@link WaIdTable}) against the store keeping every user
 * in its map (the path before the table): the same answers for every operation, and consistent reads while many
 * threads write.
 */
class InMemoryStoreTableTest {
  private static final long T = Instant.parse("2026-11-25T10:00:00Z").getEpochSecond();
  private static final long DAY = ConversationStore.DAY_SECONDS;

  @Test
  void everyOperationAnswersAsTheMapAlone() {
    for (int seed = 0; seed < 8; seed++) {
      InMemoryConversationStore withTable = new InMemoryConversationStore(Duration.ofDays(7), 1_000_000, true);
      InMemoryConversationStore mapOnly = new InMemoryConversationStore(Duration.ofDays(7), 1_000_000, false);
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        keys.add(String.valueOf(4915110000000L + i * 7919L));
      }
      keys.addAll(List.of("016505550001", "US.13491208655302741918", "US.13491208655302741919", "7"));
      Random random = new Random(seed);
      long now = T;
      for (int step = 0; step < 3_000; step++) {
        now += random.nextInt(4) == 0 ? random.nextInt((int) DAY) : random.nextInt(30);
        long at = now - random.nextInt(600);
        String key = keys.get(random.nextInt(keys.size()));
        int op = random.nextInt(15);
        String other = keys.get(random.nextInt(keys.size()));
        long extra = random.nextInt(100);
        Object a = apply(withTable, op, key, other, at, extra);
        Object b = apply(mapOnly, op, key, other, at, extra);
        String what = "seed " + seed + " step " + step + " op " + op + " " + key;
        assertThat(a).as(what).isEqualTo(b);
        for (String k : keys) {
          assertSameState(withTable.user(k), mapOnly.user(k), what + ": " + k);
        }
        assertThat(withTable.reachedUsers(now)).isEqualTo(mapOnly.reachedUsers(now));
        assertThat(withTable.trackedKeys()).as("tracked keys, " + what).isEqualTo(mapOnly.trackedKeys());
      }
    }
  }

  /**
   * Writers race on 3,000 users (the table's segments grow under them, and a third of the users move to the map
   * mid-way), readers check every read: times never go back, the two times one write sets are never seen apart
   * (no torn read of a slot), and a full eviction pass meanwhile evicts nobody. At the end every user has the
   * newest time written.
   */
  @Test
  void readsStayConsistentWhileThreadsWriteGrowAndMoveUsers() throws Exception {
    InMemoryConversationStore s = new InMemoryConversationStore(Duration.ofDays(7), 1_000_000);
    int users = 3_000;
    int rounds = 40;
    String[] keys = new String[users];
    for (int i = 0; i < users; i++) {
      keys[i] = String.valueOf(4915110000000L + i * 104_729L);
    }
    int writers = 4;
    AtomicBoolean writing = new AtomicBoolean(true);
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    Concurrently.run(writers + 3, thread -> {
      if (thread < writers) {
        try {
          for (int r = 1; r <= rounds; r++) {
            for (int i = thread; i < users; i += 1) {
              // Every writer writes every user: the same slots are written by several threads at once.
              s.recordInbound(keys[(i + thread * 997) % users], T + r, true);
              if (r == rounds / 2 && i % 3 == 0 && thread == 0) {
                s.recordCallPermission(keys[i], T + DAY); // moves the user to the map
              }
            }
          }
        } finally {
          if (done.incrementAndGet() == writers) {
            writing.set(false);
          }
        }
      } else if (thread < writers + 2) {
        Random random = new Random(thread);
        long[] seen = new long[users];
        while (writing.get()) {
          int i = random.nextInt(users);
          UserState u = s.user(keys[i]);
          long last = u.lastInboundAt();
          assertThat(last).as("user %d went back", i).isGreaterThanOrEqualTo(seen[i]);
          seen[i] = last;
          if (i % 3 != 0) {
            // Never moved: both times come from one slot write.
            assertThat(u.referralAt()).as("user %d's slot read torn", i).isEqualTo(last);
          }
        }
      } else {
        while (writing.get()) {
          assertThat(s.evictExpired(Instant.ofEpochSecond(T))).isZero();
        }
      }
    });
    for (int i = 0; i < users; i++) {
      assertThat(s.user(keys[i]).lastInboundAt()).as("user %d", i).isEqualTo(T + rounds);
      assertThat(s.user(keys[i]).referralAt()).isEqualTo(T + rounds);
      assertThat(s.user(keys[i]).callPermissionUntil()).isEqualTo(i % 3 == 0 ? T + DAY : 0);
    }
    assertThat(s.trackedKeys()).isEqualTo(users);
  }

  /** Operation {@code op} on {@code s}; what it returned (or "done"), to compare. */
  private static Object apply(InMemoryConversationStore s, int op, String key, String other, long at, long extra) {
    switch (op) {
      case 0, 1 -> s.recordInbound(key, at, extra < 20);
      case 2 -> s.recordSent(SentMessage.of(key, at).withPairRateInterval(extra % 3 == 0 ? 0 : 6)
          .withBusinessInitiated(extra % 2 == 0).withMarketing(extra < 10));
      case 3 -> s.recordSent(SentMessage.of(key, at).withPairRateInterval(6));
      case 4 -> {
        return s.claimSend(key, at, 6, 1 + (int) (extra % 5));
      }
      case 5 -> {
        return s.claimReach(key, at, (int) extra % 30);
      }
      case 6 -> s.recordFreeEntryPoint(key, at + ConversationStore.FREE_ENTRY_POINT_SECONDS);
      case 7 -> s.recordCallPermission(key, extra < 30 ? 0 : extra < 60 ? UserState.PERMANENT : at + DAY);
      case 8 -> s.recordCallPermissionRequest(key, at);
      case 9 -> s.recordCallConnected(key, at, extra % 2 == 0);
      case 10 -> s.recordOptOut(key, OptOut.values()[(int) (extra % 3)], at);
      case 11 -> s.recordMarketingNotDelivered(key, at);
      case 12 -> s.link(key, other);
      case 13 -> {
        return s.evictExpired(Instant.ofEpochSecond(at + extra * DAY / 10));
      }
      default -> {
        return s.user(key).lastInboundAt();
      }
    }
    return "done";
  }

  private static void assertSameState(UserState a, UserState b, String where) {
    long since = T - 30 * DAY;
    assertThat(a.lastInboundAt()).as("lastInboundAt " + where).isEqualTo(b.lastInboundAt());
    assertThat(a.referralAt()).as("referralAt " + where).isEqualTo(b.referralAt());
    assertThat(a.freeEntryPointUntil()).as("freeEntryPointUntil " + where).isEqualTo(b.freeEntryPointUntil());
    assertThat(a.pairRateUntil()).as("pairRateUntil " + where).isEqualTo(b.pairRateUntil());
    assertThat(a.callPermissionUntil()).as("callPermissionUntil " + where).isEqualTo(b.callPermissionUntil());
    assertThat(a.reachedAt()).as("reachedAt " + where).isEqualTo(b.reachedAt());
    assertThat(a.optOut()).as("optOut " + where).isEqualTo(b.optOut());
    assertThat(a.optOutAt()).as("optOutAt " + where).isEqualTo(b.optOutAt());
    assertThat(a.marketingNotDeliveredAt()).as("marketingNotDelivered " + where)
        .isEqualTo(b.marketingNotDeliveredAt());
    assertThat(a.marketingSentSince(since)).as("marketingSentSince " + where).isEqualTo(b.marketingSentSince(since));
    assertThat(a.lastCallConnectedAt()).as("lastCallConnectedAt " + where).isEqualTo(b.lastCallConnectedAt());
    assertThat(a.callPermissionRequestsSince(since)).as("callPermissionRequestsSince " + where)
        .isEqualTo(b.callPermissionRequestsSince(since));
    assertThat(a.businessCallsConnectedSince(since)).as("businessCallsConnectedSince " + where)
        .isEqualTo(b.businessCallsConnectedSince(since));
  }
}
