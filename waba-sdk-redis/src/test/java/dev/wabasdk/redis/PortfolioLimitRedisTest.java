package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.MessagingLimitRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meta's "Messaging limits" (portfolio-level since 2025-10-07, shared by all the portfolio's numbers): two app
 * instances, each with its own engine and per-number store, sending from two numbers of one portfolio, share the
 * portfolio's unique-user count through a RedisConversationStore keyed by the portfolio id (real redis-server).
 */
class PortfolioLimitRedisTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static final Map<String, String> PORTFOLIOS = Map.of("111111111111111", "9001", "222222222222222", "9001");

  private final Clock clock = Clock.fixed(T, ZoneOffset.UTC);
  private final List<RedisConversationStore> stores = new ArrayList<>();

  private RedisConversationStore store(String prefix) {
    RedisConversationStore store = RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix(prefix).build();
    stores.add(store);
    return store;
  }

  /** One app instance: its number's own store, and a Redis store per portfolio with the id in the key prefix. */
  private PolicyEngine instance(String number) {
    return PolicyEngine.builder().clock(clock).store(store("{pl:number:" + number + "}:"))
        .portfolio(PORTFOLIOS::get, id -> store("{pl:portfolio:" + id + "}:")).build();
  }

  @AfterEach
  void close() {
    stores.forEach(RedisConversationStore::close);
  }

  @Test
  void twoInstancesOfOnePortfolioShareTheCountInRedis() {
    PolicyEngine a = instance("111111111111111");
    PolicyEngine b = instance("222222222222222");
    a.recordTier("9001", MessagingLimitTier.TIER_250);
    for (int i = 0; i < 250; i++) {
      PolicyEngine engine = i % 2 == 0 ? a : b;
      String from = i % 2 == 0 ? "111111111111111" : "222222222222222";
      assertThat(engine.admit(Message.template(number(i), "order_update", "en_US"), from).isAllowed()).isTrue();
    }

    Decision over = b.admit(Message.template(number(250), "order_update", "en_US"), "222222222222222");

    assertThat(over.verdict()).isEqualTo(Verdict.DENY);
    assertThat(over.reasonCode()).isEqualTo(MessagingLimitRule.REASON);
    assertThat(over.explanation()).contains("business portfolio 9001").contains("TIER_250");
    // The count lives in Redis under the portfolio's prefix, where a third instance reads it.
    assertThat(store("{pl:portfolio:9001}:").reachedUsers(T.getEpochSecond())).isEqualTo(250);
  }

  private static String number(int i) {
    return String.valueOf(4915110000000L + i);
  }
}
