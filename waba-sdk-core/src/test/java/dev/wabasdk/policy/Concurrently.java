package dev.wabasdk.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs one task on several threads released together, so their operations race (shared with other modules' tests
 * through the core test-jar).
 */
public final class Concurrently {
  /** One thread's share of the work. */
  @FunctionalInterface
  public interface ThreadTask {
    /** Runs on thread {@code thread}, 0 to threads - 1. */
    void run(int thread) throws Exception;
  }

  private Concurrently() {}

  /**
   * Runs {@code task} on {@code threads} threads started at once and waits for all of them; a failure in any
   * thread is rethrown (wrapped in an {@link java.util.concurrent.ExecutionException}). The 60-second bound only
   * keeps a deadlocked test from hanging the build.
   */
  public static void run(int threads, ThreadTask task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit((Callable<Void>) () -> {
          start.await();
          task.run(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
