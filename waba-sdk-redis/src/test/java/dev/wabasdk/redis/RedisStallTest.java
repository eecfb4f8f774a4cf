package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.policy.Concurrently;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookProcessor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17 item 2: two instances share the Redis de-duplication store and Redis stalls (SIGSTOP) for longer than the
 * command timeout, then resumes (SIGCONT) and runs the commands that queued up meanwhile. Scripts whose replies timed
 * out still ran: a claim then left a lease nobody owns. Meta redelivers every webhook not answered 200; in the end
 * every event must have been dispatched, and none twice.
 */
class RedisStallTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final int WEBHOOKS = 1000;
  private static final Duration COMMAND_TIMEOUT = Duration.ofMillis(300);
  private static final Duration PAUSE = Duration.ofMillis(1500); // five command timeouts
  private static final Duration LEASE = Duration.ofSeconds(3);

  @Test
  void aStalledRedisLosesNoWebhookAndDispatchesNoneTwice() throws Exception {
    Map<String, AtomicInteger> dispatched = new ConcurrentHashMap<>();
    List<RedisDeduplicationStore> stores = new ArrayList<>();
    List<WebhookProcessor> processors = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RedisDeduplicationStore store = RedisDeduplicationStore.builder().uri(REDIS.uri()).keyPrefix("{stall}:")
          .commandTimeout(COMMAND_TIMEOUT).build();
      stores.add(store);
      processors.add(Webhooks.processor().deduplicationStore(store).leaseTtl(LEASE)
          .on(WebhookEvent.class, e -> dispatched.computeIfAbsent(e.eventId(), k -> new AtomicInteger())
              .incrementAndGet())
          .build());
    }
    Map<Integer, AtomicInteger> answers = new TreeMap<>();
    Set<Integer> delivered = ConcurrentHashMap.newKeySet(); // answered 200
    AtomicInteger posts = new AtomicInteger();
    CountDownLatch stalled = new CountDownLatch(1);
    Thread staller = new Thread(() -> {
      try {
        while (posts.get() < WEBHOOKS / 4) {
          Thread.sleep(1);
        }
        REDIS.pause();
        Thread.sleep(PAUSE.toMillis());
        REDIS.resume();
        stalled.countDown();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    int rounds = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    try {
      staller.start();
      // Meta's first delivery, then redeliveries of what was not answered 200, from both instances at once.
      while (delivered.size() < WEBHOOKS && System.nanoTime() < deadline) {
        rounds++;
        Concurrently.run(4, t -> {
          WebhookProcessor processor = processors.get(t % 2);
          for (int i = t; i < WEBHOOKS; i += 4) {
            if (delivered.contains(i)) {
              continue;
            }
            byte[] body = Webhooks.textMessage("wamid.STALL" + i, TwoInstancesTest.number(i));
            int status = processor.handle(Webhooks.signed(body), body).statusCode();
            posts.incrementAndGet();
            synchronized (answers) {
              answers.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
            }
            if (status == 200) {
              delivered.add(i);
            }
          }
        });
        if (stalled.getCount() == 0 && delivered.size() < WEBHOOKS) {
          Thread.sleep(250); // Meta's back-off before the next redelivery
        }
      }
      assertThat(stalled.await(30, TimeUnit.SECONDS)).isTrue();
      // And one more redelivery of everything, as Meta sometimes sends: all duplicates now.
      for (int i = 0; i < WEBHOOKS; i++) {
        byte[] body = Webhooks.textMessage("wamid.STALL" + i, TwoInstancesTest.number(i));
        assertThat(processors.get(i % 2).handle(Webhooks.signed(body), body).statusCode()).isEqualTo(200);
      }
    } finally {
      staller.join(10_000);
      stores.forEach(RedisDeduplicationStore::close);
    }
    long never = WEBHOOKS - dispatched.size();
    long twice = dispatched.values().stream().filter(n -> n.get() > 1).count();
    System.out.printf("Redis stalled %d ms (command timeout %d ms, lease %d ms), 2 instances, %d webhooks:"
            + " %d deliveries in %d rounds, answers %s; never dispatched: %d, dispatched twice: %d%n",
        PAUSE.toMillis(), COMMAND_TIMEOUT.toMillis(), LEASE.toMillis(), WEBHOOKS, posts.get(), rounds, answers,
        never, twice);
    assertThat(answers).containsKey(503); // the stall was felt
    assertThat(never).isZero();
    assertThat(twice).isZero();
  }
}
