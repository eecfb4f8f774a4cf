package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.sign;
import static dev.wabasdk.webhook.Fixtures.signedHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.policy.Concurrently;
import dev.wabasdk.policy.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At-least-once (the default) and at-most-once processing, leases, executor mode and close(). */
class DeliveryGuaranteeTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
  private final InMemoryDeduplicationStore store = new InMemoryDeduplicationStore(1000, clock);

  private WebhookProcessor.Builder builder() {
    return WebhookProcessor.builder().appSecret(APP_SECRET).verifyToken(VERIFY_TOKEN).deduplicationStore(store);
  }

  private static WebhookResponse post(WebhookProcessor processor, byte[] body) {
    return processor.handle(signedHeaders(body), body);
  }

  @Test
  void aFailingListenerAnswers500AndTheRedeliveryRunsItUntilItSucceeds() {
    // given a listener failing twice on wamid.M2 of a payload with six events
    List<String> dispatched = new ArrayList<>();
    AtomicInteger failuresLeft = new AtomicInteger(2);
    List<String> reported = new ArrayList<>();
    WebhookProcessor processor = builder()
        .on(WebhookEvent.class, e -> {
          dispatched.add(e.eventId());
          if (e.eventId().equals("message:wamid.M2") && failuresLeft.getAndDecrement() > 0) {
            throw new IllegalStateException("database down");
          }
        })
        .errorHandler((event, listener, error) -> reported.add(event.eventId() + ": " + error.getMessage()))
        .build();
    byte[] body = bytes("multi-entry.json");

    // when Meta delivers it, then redelivers after each retryable answer
    WebhookResponse first = post(processor, body);
    WebhookResponse second = post(processor, body);
    WebhookResponse third = post(processor, body);
    WebhookResponse fourth = post(processor, body);

    // then the failure is retryable, only the failed event runs again, and once done it is a duplicate
    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(first.body()).isEqualTo("1 event(s) failed in a listener; redeliver");
    assertThat(second.statusCode()).isEqualTo(500);
    assertThat(third.statusCode()).isEqualTo(200);
    assertThat(fourth.statusCode()).isEqualTo(200);
    assertThat(dispatched).hasSize(6 + 2);
    assertThat(dispatched.subList(6, 8)).containsExactly("message:wamid.M2", "message:wamid.M2");
    assertThat(reported).containsExactly("message:wamid.M2: database down", "message:wamid.M2: database down");
  }

  @Test
  void theSameEventTwiceInOnePayloadRunsOnceAndIsAnswered200() {
    List<String> dispatched = new ArrayList<>();
    WebhookProcessor processor = builder().on(WebhookEvent.class, e -> dispatched.add(e.eventId())).build();
    assertThat(post(processor, bytes("text-twice.json")).statusCode()).isEqualTo(200);
    assertThat(dispatched).hasSize(1);
  }

  @Test
  void atMostOnceAnswers200AndNeverRunsAFailedEventAgain() {
    List<String> dispatched = new ArrayList<>();
    WebhookProcessor processor = builder()
        .deliveryGuarantee(DeliveryGuarantee.AT_MOST_ONCE)
        .on(WebhookEvent.class, e -> {
          dispatched.add(e.eventId());
          throw new IllegalStateException("always");
        })
        .build();
    byte[] body = bytes("text.json");

    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    assertThat(dispatched).hasSize(1);
  }

  @Test
  void billingIsRecordedOnceWhenAListenerFailsAndTheEventIsRedelivered() {
    BillingReconciliation reconciliation = new BillingReconciliation();
    reconciliation.recordEstimate("wamid.HBgNNTUxNjk5MjMxODIyMhUCABEYEjgxQkVFRDVBQTVDODFDOTg3MQA=",
        CostEstimator.ofDefaults().priceOf(PriceQuery.of("+919812345678", PricingCategory.MARKETING)
            .at(Instant.parse("2025-06-25T10:00:00Z"))));
    AtomicInteger calls = new AtomicInteger();
    WebhookProcessor processor = builder()
        .billingReconciliation(reconciliation)
        .on(MessageStatus.class, s -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("first attempt fails");
          }
        })
        .build();
    byte[] body = bytes("status-sent-cbp.json");

    assertThat(post(processor, body).statusCode()).isEqualTo(500);
    assertThat(post(processor, body).statusCode()).isEqualTo(200);

    // Recorded twice, the second bill would wait for an estimate that was already matched.
    assertThat(calls).hasValue(2);
    BillingReconciliation.Summary summary = reconciliation.summary();
    assertThat(summary.matched() + summary.mismatchCount()).isEqualTo(1);
    assertThat(summary.awaitingEstimate()).isZero();
    assertThat(summary.awaitingBilling()).isZero();
  }

  @Test
  void anEventInFlightOnAnotherProcessorAnswers503ThenIsADuplicate() throws Exception {
    CountDownLatch inListener = new CountDownLatch(1);
    CountDownLatch finish = new CountDownLatch(1);
    List<String> dispatched = Collections.synchronizedList(new ArrayList<>());
    WebhookProcessor slow = builder().on(WebhookEvent.class, e -> {
      dispatched.add("slow " + e.eventId());
      inListener.countDown();
      await(finish);
    }).build();
    WebhookProcessor other = builder().on(WebhookEvent.class, e -> dispatched.add("other " + e.eventId())).build();
    byte[] body = bytes("text.json");
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<WebhookResponse> first = thread.submit(() -> post(slow, body));
      assertThat(inListener.await(10, TimeUnit.SECONDS)).isTrue();

      WebhookResponse meanwhile = post(other, body);
      finish.countDown();

      assertThat(meanwhile.statusCode()).isEqualTo(503);
      assertThat(meanwhile.body()).isEqualTo("event in flight elsewhere");
      assertThat(first.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
      assertThat(post(other, body).statusCode()).isEqualTo(200);
      assertThat(dispatched).hasSize(1).allMatch(d -> d.startsWith("slow "));
    } finally {
      thread.shutdownNow();
    }
  }

  @Test
  void aLeaseLeftByACrashedWorkerExpiresAndTheRedeliveryRunsTheEvent() {
    List<String> dispatched = new ArrayList<>();
    WebhookProcessor processor = builder().leaseTtl(Duration.ofMinutes(2))
        .on(WebhookEvent.class, e -> dispatched.add(e.eventId())).build();
    byte[] body = bytes("text.json");
    String eventId = WebhookProcessor.parse(body).get(0).eventId();
    // A worker claimed the event and died (or its store reply timed out): nobody owns this lease.
    assertThat(store.claim(eventId, Duration.ofMinutes(2)).isClaimed()).isTrue();

    assertThat(post(processor, body).statusCode()).isEqualTo(503);
    clock.advance(Duration.ofMinutes(2));
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    assertThat(post(processor, body).statusCode()).isEqualTo(200);

    assertThat(dispatched).containsExactly(eventId);
  }

  @Test
  void concurrentRedeliveriesOnTwoProcessorsSharingAStoreDispatchEachEventOnce() throws Exception {
    // Listeners fail on the first attempt of every other event; Meta redelivers everything not answered 200.
    Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    List<String> succeeded = Collections.synchronizedList(new ArrayList<>());
    WebhookListener listener = new WebhookListener() {
      @Override
      public void onEvent(WebhookEvent event) {
        int attempt = attempts.computeIfAbsent(event.eventId(), k -> new AtomicInteger()).incrementAndGet();
        if (event.eventId().hashCode() % 2 == 0 && attempt == 1) {
          throw new IllegalStateException("transient");
        }
        succeeded.add(event.eventId());
      }
    };
    WebhookProcessor a = builder().listener(listener).build();
    WebhookProcessor b = builder().listener(listener).build();
    List<byte[]> bodies = new ArrayList<>();
    Set<String> expected = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) {
      String json = new String(bytes("multi-entry.json"), StandardCharsets.UTF_8).replace("wamid.", "wamid." + i + "-");
      bodies.add(json.getBytes(StandardCharsets.UTF_8));
      WebhookProcessor.parse(bodies.get(i)).forEach(e -> expected.add(e.eventId()));
    }
    assertThat(expected).hasSize(50 * 5 + 1); // the template update has no wamid: one event shared by all payloads
    Set<Integer> answered = ConcurrentHashMap.newKeySet();
    AtomicInteger rounds = new AtomicInteger();
    while (answered.size() < bodies.size() && rounds.incrementAndGet() < 20) {
      Concurrently.run(4, t -> {
        WebhookProcessor processor = t % 2 == 0 ? a : b;
        for (int i = 0; i < bodies.size(); i++) {
          if (!answered.contains(i) && post(processor, bodies.get(i)).statusCode() == 200) {
            answered.add(i);
          }
        }
      });
    }
    System.out.printf("two processors, one store: %d payloads, %d events succeeded, %d distinct, %d rounds%n",
        bodies.size(), succeeded.size(), new java.util.HashSet<>(succeeded).size(), rounds.get());
    assertThat(answered).hasSize(50);
    assertThat(succeeded).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
  }

  // ---- executor mode and close() ----

  @Test
  void closeDrainsWhatItCanReleasesTheRestAndTheRedeliveryRunsThem() {
    List<Runnable> queue = new ArrayList<>();
    List<String> dispatched = new ArrayList<>();
    WebhookProcessor processor = builder().executor(queue::add)
        .on(WebhookEvent.class, e -> dispatched.add(e.eventId())).build();
    byte[] text = bytes("text.json");
    byte[] multi = bytes("multi-entry.json");
    assertThat(post(processor, text).statusCode()).isEqualTo(200);
    assertThat(post(processor, multi).statusCode()).isEqualTo(200);
    queue.get(0).run(); // the executor ran one task before the redeploy

    List<WebhookEvent> released = processor.shutdown(Duration.ofMillis(50));

    assertThat(released).extracting(WebhookEvent::eventId).hasSize(6).startsWith("message:wamid.M1");
    assertThat(post(processor, text).statusCode()).isEqualTo(503);
    assertThat(post(processor, text).body()).isEqualTo("shutting down");
    queue.get(1).run(); // a task the executor runs after close() gave up on it does nothing
    assertThat(dispatched).hasSize(1);

    // The new instance gets Meta's redelivery of both payloads: only the released events run.
    WebhookProcessor next = builder().on(WebhookEvent.class, e -> dispatched.add(e.eventId())).build();
    assertThat(post(next, text).statusCode()).isEqualTo(200);
    assertThat(post(next, multi).statusCode()).isEqualTo(200);
    assertThat(dispatched).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void closeWaitsForTheExecutorToDrain() throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    List<String> dispatched = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch go = new CountDownLatch(1);
    WebhookProcessor processor = builder().executor(executor).drainTimeout(Duration.ofSeconds(10))
        .on(WebhookEvent.class, e -> {
          await(go);
          dispatched.add(e.eventId());
        }).build();
    try {
      assertThat(post(processor, bytes("multi-entry.json")).statusCode()).isEqualTo(200);
      assertThat(post(processor, bytes("text.json")).statusCode()).isEqualTo(200);
      go.countDown();
      processor.close();
      assertThat(dispatched).hasSize(7);
      assertThat(store.size()).isEqualTo(7); // all done
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aListenerFailureOnTheExecutorReleasesTheEvent() {
    List<Runnable> queue = new ArrayList<>();
    AtomicInteger calls = new AtomicInteger();
    List<String> reported = new ArrayList<>();
    WebhookProcessor processor = builder().executor(queue::add)
        .on(WebhookEvent.class, e -> {
          if (calls.incrementAndGet() == 1) {
            throw new IllegalStateException("boom");
          }
        })
        .errorHandler((event, listener, error) -> reported.add(event.eventId()))
        .build();
    byte[] body = bytes("text.json");
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    queue.remove(0).run();
    assertThat(reported).hasSize(1);
    // Not marked done: a redelivery runs it.
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    queue.remove(0).run();
    assertThat(calls).hasValue(2);
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    assertThat(queue).isEmpty();
  }

  @Test
  void atMostOnceWithAnExecutorMarksDoneOnceAccepted() {
    List<Runnable> queue = new ArrayList<>();
    WebhookProcessor processor = builder().executor(queue::add).deliveryGuarantee(DeliveryGuarantee.AT_MOST_ONCE)
        .on(WebhookEvent.class, e -> {}).build();
    byte[] body = bytes("text.json");
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    assertThat(post(processor, body).statusCode()).isEqualTo(200);
    assertThat(queue).hasSize(1); // the redelivery is a duplicate before the first task even ran
  }

  @Test
  void builderRejectsBadDurations() {
    assertThatThrownBy(() -> builder().leaseTtl(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("leaseTtl must be positive, was PT0S");
    assertThatThrownBy(() -> builder().drainTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("drainTimeout must not be negative, was PT-1S");
  }

  // ---- Content-Type ----

  @Test
  void aWrongContentTypeIsProcessedAndLoggedOncePerProcessor() {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> dispatched = new ArrayList<>();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      WebhookProcessor processor = builder().deduplicationStore(DeduplicationStore.disabled())
          .on(WebhookEvent.class, e -> dispatched.add(e.eventId())).build();
      byte[] body = bytes("text.json");
      assertThat(processor.handle(Map.of("X-Hub-Signature-256", List.of(sign(body)),
          "Content-Type", List.of("text/plain")), body).statusCode()).isEqualTo(200);
      assertThat(processor.handle(Map.of("X-Hub-Signature-256", List.of(sign(body))), body).statusCode())
          .isEqualTo(200);
      assertThat(processor.handle(Map.of("X-Hub-Signature-256", List.of(sign(body)),
          "content-type", List.of("Application/JSON; charset=utf-8")), body).statusCode()).isEqualTo(200);
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(dispatched).hasSize(3);
    assertThat(log).containsOnlyOnce("Content-Type").contains(
        "WARN dev.wabasdk.webhook.WebhookProcessor - A signed webhook arrived with Content-Type text/plain instead"
            + " of application/json; processing it anyway (logged once)");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
