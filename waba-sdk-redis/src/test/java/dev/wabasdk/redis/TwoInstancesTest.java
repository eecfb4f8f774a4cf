package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.policy.Concurrently;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MessagingLimitRule;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.PairRateRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookProcessor;
import dev.wabasdk.webhook.WebhookResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two app instances (two engines, two webhook processors, each with its own Redis connection) on one Redis, 16
 * threads (8 per instance) at once: every check passes exactly as often as it may.
 */
class TwoInstancesTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final int THREADS = 16;
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final AtomicInteger PREFIXES = new AtomicInteger();

  private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
  private RedisConversationStore storeA;
  private RedisConversationStore storeB;
  private PolicyEngine engineA;
  private PolicyEngine engineB;

  @BeforeEach
  void twoInstances() {
    String prefix = "{two" + PREFIXES.incrementAndGet() + "}:";
    storeA = RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix(prefix).build();
    storeB = RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix(prefix).build();
    engineA = PolicyEngine.builder().clock(clock).store(storeA).build();
    engineB = PolicyEngine.builder().clock(clock).store(storeB).build();
    engineA.recordTemplateStatus("offer", "en_US", TemplateStatus.APPROVED);
    engineA.recordTemplateCategory("offer", "en_US", TemplateCategory.UTILITY);
  }

  @AfterEach
  void close() {
    storeA.close();
    storeB.close();
  }

  @Test
  void recordedSendsCountEveryUniqueUserExactlyOnce() throws Exception {
    int users = 1000;
    runOnBothInstances((engine, thread) -> {
      for (int i : shuffled(users, thread)) {
        String waId = number(i);
        engine.recordSent(Message.template(waId, "offer", "en_US"),
            new SendResult("wamid." + thread + "." + i, waId, waId, null, null), T.plusSeconds(i % 30));
      }
    });
    assertThat(storeA.reachedUsers(T.getEpochSecond() + 30)).isEqualTo(users);
    assertThat(storeB.reachedUsers(T.getEpochSecond() + 30)).isEqualTo(users);
  }

  @Test
  void admissionsNeverExceedTheMessagingLimit() throws Exception {
    engineA.recordTier(MessagingLimitTier.TIER_250);
    int users = 400;
    ConcurrentHashMap<String, Integer> allowed = new ConcurrentHashMap<>();
    Map<String, Integer> reasons = new ConcurrentHashMap<>();
    runOnBothInstances((engine, thread) -> {
      for (int i : shuffled(users, thread)) {
        Decision d = engine.admit(Message.template(number(i), "offer", "en_US"));
        reasons.merge(d.reasonCode(), 1, Integer::sum);
        if (d.isAllowed()) {
          allowed.merge(number(i), 1, Integer::sum);
        }
      }
    });
    // 250 users admitted (each up to 16 times: within the pair rate's burst of 45), the others denied.
    assertThat(allowed).hasSize(250);
    assertThat(storeA.reachedUsers(T.getEpochSecond())).isEqualTo(250);
    assertThat(reasons).containsOnlyKeys(Decision.ALLOWED, MessagingLimitRule.REASON);
  }

  @Test
  void ofConcurrentSendsToOneUserOnlyTheBurstPassesThePairRate() throws Exception {
    PairRateRule burstOf5 = new PairRateRule(java.time.Duration.ofSeconds(6), 5);
    engineA = PolicyEngine.builder().clock(clock).store(storeA).replaceRule(burstOf5).build();
    engineB = PolicyEngine.builder().clock(clock).store(storeB).replaceRule(burstOf5).build();
    int users = 200;
    for (int i = 0; i < users; i++) {
      engineA.recordInbound(WhatsAppUser.ofWaId(number(i)), T.minusSeconds(60)); // window open: text allowed
    }
    ConcurrentHashMap<String, Integer> allowed = new ConcurrentHashMap<>();
    runOnBothInstances((engine, thread) -> {
      for (int i : shuffled(users, thread)) {
        Decision d = engine.admit(Message.text(number(i), "Your order shipped"));
        if (d.isAllowed()) {
          allowed.merge(number(i), 1, Integer::sum);
        } else {
          assertThat(d.reasonCode()).isEqualTo(PairRateRule.REASON);
        }
      }
    });
    assertThat(allowed).hasSize(users);
    assertThat(allowed.values()).containsOnly(5); // 16 concurrent attempts per user, a burst of 5
    // Six seconds later each user may get the next message, once again.
    PolicyEngine later = PolicyEngine.builder().clock(Clock.offset(clock, java.time.Duration.ofSeconds(6)))
        .store(storeB).replaceRule(burstOf5).build();
    assertThat(later.admit(Message.text(number(0), "Out for delivery")).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(later.admit(Message.text(number(0), "Out for delivery")).reasonCode())
        .isEqualTo(PairRateRule.REASON);
  }

  @Test
  void aRedeliveredWebhookIsDispatchedOnceAcrossInstances() throws Exception {
    String prefix = "{hooks" + PREFIXES.incrementAndGet() + "}:";
    ConcurrentHashMap<String, Integer> dispatched = new ConcurrentHashMap<>();
    List<RedisDeduplicationStore> stores = new ArrayList<>();
    List<WebhookProcessor> processors = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      RedisDeduplicationStore store = RedisDeduplicationStore.builder().uri(REDIS.uri()).keyPrefix(prefix).build();
      stores.add(store);
      processors.add(Webhooks.processor()
          .deduplicationStore(store)
          .on(WebhookEvent.class, event -> dispatched.merge(event.eventId(), 1, Integer::sum))
          .build());
    }
    int webhooks = 200;
    AtomicInteger notOk = new AtomicInteger();
    AtomicInteger inFlight = new AtomicInteger();
    try {
      Concurrently.run(THREADS, thread -> {
        WebhookProcessor processor = processors.get(thread % 2);
        for (int i : shuffled(webhooks, thread)) {
          byte[] body = Webhooks.textMessage(wamid(i), number(i));
          WebhookResponse r = processor.handle(Webhooks.signed(body), body);
          if (r.statusCode() == 200) {
            continue;
          } else if (r.statusCode() == 503 && r.body().equals("event in flight elsewhere")) {
            inFlight.incrementAndGet(); // another instance held the lease: Meta comes back later
          } else {
            notOk.incrementAndGet();
          }
        }
      });
      // Meta's later redelivery of anything answered 503 is a duplicate now.
      for (int i = 0; i < webhooks; i++) {
        byte[] body = Webhooks.textMessage(wamid(i), number(i));
        assertThat(processors.get(i % 2).handle(Webhooks.signed(body), body).statusCode()).isEqualTo(200);
      }
    } finally {
      stores.forEach(RedisDeduplicationStore::close);
    }
    assertThat(notOk).hasValue(0);
    assertThat(dispatched).hasSize(webhooks);
    assertThat(dispatched.values()).containsOnly(1);
    assertThat(dispatched).containsKey("message:" + wamid(0)); // the processor's event id for an inbound message
  }

  private interface InstanceTask {
    void run(PolicyEngine engine, int thread) throws Exception;
  }

  /** Threads 0, 2, 4... use instance A, the others instance B. */
  private void runOnBothInstances(InstanceTask task) throws Exception {
    Concurrently.run(THREADS, thread -> task.run(thread % 2 == 0 ? engineA : engineB, thread));
  }

  private static List<Integer> shuffled(int n, int seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    return order;
  }

  static String number(int i) {
    return String.valueOf(4915110000000L + i);
  }

  static String wamid(int i) {
    return "wamid.TEST" + i;
  }
}
