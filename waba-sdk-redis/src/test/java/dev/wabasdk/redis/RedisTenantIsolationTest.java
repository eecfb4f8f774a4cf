package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Tenant;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.SentMessage;
import dev.wabasdk.policy.Verdict;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Many businesses on one Redis connection: a store per number, told apart by its key prefix, so no tenant sees
 * another's windows, opt-outs, reach or tier, and closing one tenant's store leaves the shared connection to the
 * others.
 */
class RedisTenantIsolationTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final String USER = "4915112345678";

  @Test
  void storesSharingOneConnectionNeverSeeEachOthersState() {
    RedisClient client = RedisClient.create(REDIS.uri());
    try (StatefulRedisConnection<String, String> shared = client.connect()) {
      Map<String, RedisConversationStore> stores = new ConcurrentHashMap<>();
      java.util.function.Function<Tenant, RedisConversationStore> storeOf = tenant -> stores.computeIfAbsent(
          tenant.phoneNumberId(), id -> RedisConversationStore.builder().connection(shared)
              .keyPrefix("{waba:" + id + "}:").build());
      RedisConversationStore bakery = storeOf.apply(Tenant.of("300000000000001", "200000000000001"));
      RedisConversationStore bistro = storeOf.apply(Tenant.of("300000000000002", "200000000000002"));
      long now = NOW.getEpochSecond();

      // the customer writes to the bakery, opts out of the bistro, and the bakery reaches someone
      bakery.recordInbound(USER, now, false);
      bistro.recordOptOut(USER, OptOut.MARKETING, now);
      bakery.recordSent(SentMessage.of("4915100000001", now).withBusinessInitiated(true));
      bakery.claimReach("4915100000001", now, 250);
      bakery.recordTier(MessagingLimitTier.TIER_2K);

      assertThat(bakery.user(USER).lastInboundAt()).isEqualTo(now);
      assertThat(bistro.user(USER).lastInboundAt()).isZero();
      assertThat(bakery.user(USER).optOut()).isEqualTo(OptOut.NONE);
      assertThat(bistro.user(USER).optOut()).isEqualTo(OptOut.MARKETING);
      assertThat(bakery.reachedUsers(now)).isEqualTo(1);
      assertThat(bistro.reachedUsers(now)).isZero();
      assertThat(bakery.tier()).isEqualTo(MessagingLimitTier.TIER_2K);
      assertThat(bistro.tier()).isNull();

      // and each number's policy engine decides on its own state only
      Clock clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
      PolicyEngine bakeryPolicy = PolicyEngine.builder().store(bakery).clock(clock).build();
      PolicyEngine bistroPolicy = PolicyEngine.builder().store(bistro).clock(clock).build();
      assertThat(bakeryPolicy.evaluate(Message.text("+" + USER, "Your bread is ready")).verdict())
          .isEqualTo(Verdict.ALLOW);
      assertThat(bistroPolicy.evaluate(Message.text("+" + USER, "Your table is ready")).verdict())
          .isEqualTo(Verdict.TEMPLATE_REQUIRED);

      // closing a tenant's store (a business that left) leaves the shared connection to the others
      bakery.close();
      assertThat(shared.isOpen()).isTrue();
      assertThat(bistro.user(USER).optOut()).isEqualTo(OptOut.MARKETING);
    } finally {
      client.shutdown();
    }
  }
}
