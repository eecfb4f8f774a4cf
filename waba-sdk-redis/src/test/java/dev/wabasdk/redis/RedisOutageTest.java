package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.policy.SentMessage;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.ConversationStoreException;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.StoreFailureMode;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.webhook.DeduplicationStore;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Redis stopped and started again in the middle of a test: clear errors, 503, recovery, nothing lost. */
class RedisOutageTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final String WA_ID = "16505551234";
  private static final String OTHER_WA_ID = "16505550002";

  private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);

  @Test
  void engineAndProcessorFailClearlyWhileRedisIsDownAndRecoverWithNothingLost() throws Exception {
    try (RedisConversationStore store = RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix("{out1}:")
            .build();
        RedisDeduplicationStore seen = RedisDeduplicationStore.builder().uri(REDIS.uri()).keyPrefix("{out1}:")
            .build()) {
      PolicyEngine denying = PolicyEngine.builder().clock(clock).store(store).build();
      PolicyEngine allowing = PolicyEngine.builder().clock(clock).store(store)
          .storeFailureMode(StoreFailureMode.ALLOW).build();
      List<String> dispatched = Collections.synchronizedList(new ArrayList<>());
      WebhookProcessor processor = Webhooks.processor()
          .deduplicationStore(seen)
          .policyEngine(denying) // inbound messages open windows in the same Redis
          .on(WebhookEvent.class, e -> dispatched.add(e.eventId()))
          .build();
      byte[] first = Webhooks.textMessage("wamid.FIRST", WA_ID);
      byte[] second = Webhooks.textMessage("wamid.SECOND", OTHER_WA_ID);

      denying.recordInbound(WhatsAppUser.ofWaId(WA_ID), T.minusSeconds(60));
      assertThat(processor.handle(Webhooks.signed(first), first).statusCode()).isEqualTo(200);
      assertThat(denying.evaluate(Message.text(WA_ID, "Hi")).verdict()).isEqualTo(Verdict.ALLOW);

      REDIS.stop();

      Decision denied = denying.evaluate(Message.text(WA_ID, "Hi"));
      assertThat(denied.verdict()).isEqualTo(Verdict.DENY);
      assertThat(denied.reasonCode()).isEqualTo(PolicyEngine.STORE_UNAVAILABLE);
      assertThat(denied.explanation())
          .startsWith("The conversation store is unavailable (Redis conversation store: read user failed: ")
          .endsWith("so the rules cannot be checked and the message is denied (StoreFailureMode.DENY).");
      assertThat(denying.admit(Message.text(WA_ID, "Hi")).reasonCode()).isEqualTo(PolicyEngine.STORE_UNAVAILABLE);
      Decision allowed = allowing.evaluate(Message.text(WA_ID, "Hi"));
      assertThat(allowed.verdict()).isEqualTo(Verdict.ALLOW);
      assertThat(allowed.reasonCode()).isEqualTo(PolicyEngine.STORE_UNAVAILABLE);
      assertThatThrownBy(() -> store.recordSent(SentMessage.of(WA_ID, T.getEpochSecond()).withPairRateInterval(6)))
          .isInstanceOf(ConversationStoreException.class)
          .hasMessageStartingWith("Redis conversation store: record sent failed: ");
      // Meta redelivers what gets a 503; nothing is dispatched meanwhile, neither new nor redelivered.
      assertThat(processor.handle(Webhooks.signed(second), second).statusCode()).isEqualTo(503);
      assertThat(processor.handle(Webhooks.signed(first), first).statusCode()).isEqualTo(503);
      assertThat(dispatched).containsExactly("message:wamid.FIRST");

      REDIS.start();
      awaitRecovery(store); // each store has its own connection, reconnecting by itself
      awaitRecovery(seen);

      assertThat(store.user(WA_ID).lastInboundAt()).isEqualTo(T.getEpochSecond() - 60);
      assertThat(denying.evaluate(Message.text(WA_ID, "Hi")).verdict()).isEqualTo(Verdict.ALLOW);
      // Meta's redeliveries: the second is dispatched now, the first is still known as dispatched.
      assertThat(processor.handle(Webhooks.signed(second), second).statusCode()).isEqualTo(200);
      assertThat(processor.handle(Webhooks.signed(first), first).statusCode()).isEqualTo(200);
      assertThat(processor.handle(Webhooks.signed(second), second).statusCode()).isEqualTo(200);
      assertThat(dispatched).containsExactly("message:wamid.FIRST", "message:wamid.SECOND");
      // The redelivered message reached the policy engine too: its window is open.
      assertThat(store.user(OTHER_WA_ID).lastInboundAt()).isEqualTo(Webhooks.TIMESTAMP);
    }
  }

  @Test
  void aReleaseThatFailedWhileRedisWasDownIsAppliedWhenItIsBack() throws Exception {
    try (RedisDeduplicationStore seen = RedisDeduplicationStore.builder().uri(REDIS.uri()).keyPrefix("{out2}:")
        .build()) {
      DeduplicationStore.Claim x = seen.claim("message:wamid.X", Duration.ofDays(7));
      assertThat(x.isClaimed()).isTrue();

      REDIS.stop();
      seen.release(x); // the processor could not dispatch it: must not stay leased for the lease TTL
      assertThatThrownBy(() -> seen.claim("message:wamid.Y", Duration.ofDays(7)))
          .isInstanceOf(RedisStoreException.class)
          .hasMessageStartingWith("Redis de-duplication store: release webhook event failed: ");

      REDIS.start();
      awaitRecovery(seen);
      DeduplicationStore.Claim again = seen.claim("message:wamid.X", Duration.ofDays(7));
      assertThat(again.isClaimed()).isTrue();
      assertThat(seen.complete(again, Duration.ofDays(7))).isTrue();
      assertThat(seen.claim("message:wamid.X", Duration.ofDays(7)).status())
          .isEqualTo(DeduplicationStore.Claim.Status.DONE);
    }
  }

  @Test
  void buildingAgainstAnUnreachableRedisFailsClearly() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    assertThatThrownBy(() -> RedisConversationStore.builder().uri("redis://127.0.0.1:" + closedPort).build())
        .isInstanceOf(ConversationStoreException.class)
        .hasMessage("Redis conversation store: cannot connect to Redis at 127.0.0.1:" + closedPort);
    assertThatThrownBy(() -> RedisDeduplicationStore.builder().uri("redis://127.0.0.1:" + closedPort).build())
        .isInstanceOf(RedisStoreException.class)
        .hasMessage("Redis de-duplication store: cannot connect to Redis at 127.0.0.1:" + closedPort);
  }

  /** Waits until the store's own reconnection succeeds; the test calls nothing else to reconnect it. */
  private static void awaitRecovery(Object store) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        if (store instanceof RedisConversationStore s) {
          s.tier();
        } else {
          ((RedisDeduplicationStore) store).claim("probe", Duration.ofSeconds(1));
        }
        return;
      } catch (RuntimeException stillDown) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("the store did not reconnect within 60 s", stillDown);
        }
        Thread.sleep(50);
      }
    }
  }
}
