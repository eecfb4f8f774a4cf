package dev.wabasdk.benchmarks;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Retained heap per tracked user, measured (not estimated): heap in use after a forced GC before and after the
 * policy engine learns of {@code users} users (one inbound message each, so each has an open customer service
 * window), divided by {@code users}. The baseline is the naive structure an application would write: a
 * {@code ConcurrentHashMap<String, Long>} from {@code wa_id} to the last inbound time.
 */
final class HeapPerUser {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapPerUser() {}

  /** Bytes per user in the in-memory store, one value per repetition. */
  static double[] sdk(int users, int repetitions) {
    double[] perUser = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long before = usedAfterGc();
      PolicyEngine engine = PolicyEngine.builder()
          .store(new InMemoryConversationStore(Duration.ofDays(7), users * 2))
          .build();
      Instant at = Instant.now();
      for (int i = 0; i < users; i++) {
        engine.recordInbound(WhatsAppUser.ofWaId(SendBenchmark.waId(i)), at);
      }
      long after = usedAfterGc();
      Reference.reachabilityFence(engine);
      perUser[r] = (double) (after - before) / users;
    }
    return perUser;
  }

  /** Bytes per user in a {@code ConcurrentHashMap<String, Long>}, one value per repetition. */
  static double[] naiveMap(int users, int repetitions) {
    double[] perUser = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long before = usedAfterGc();
      ConcurrentHashMap<String, Long> map = new ConcurrentHashMap<>();
      long at = Instant.now().getEpochSecond();
      for (int i = 0; i < users; i++) {
        map.put(SendBenchmark.waId(i), at);
      }
      long after = usedAfterGc();
      Reference.reachabilityFence(map);
      perUser[r] = (double) (after - before) / users;
    }
    return perUser;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    // Several full collections until the figure settles: finalizers and reference queues may free more.
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
