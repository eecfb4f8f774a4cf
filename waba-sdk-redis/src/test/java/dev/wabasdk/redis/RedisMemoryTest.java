package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.policy.SentMessage;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The memory a tracked user costs in Redis ({@code INFO memory} before and after many users), the number the
 * module README gives. Bounded here so a layout change that bloats it fails.
 */
class RedisMemoryTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final long T = Instant.parse("2026-11-25T10:00:00Z").getEpochSecond();
  private static final int USERS = 20_000;

  @Test
  void aTrackedUserCostsAbout300BytesInRedis() {
    RedisClient client = RedisClient.create(REDIS.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect();
        RedisConversationStore store = RedisConversationStore.builder().connection(connection).build()) {
      RedisCommands<String, String> redis = connection.sync();
      store.recordTier(dev.wabasdk.phone.MessagingLimitTier.TIER_100K); // fixed keys first: not per user
      store.recordSent(SentMessage.of("10000000000", T).withPairRateInterval(6).withBusinessInitiated(true));
      long before = usedMemory(redis);
      for (int i = 1; i <= USERS; i++) {
        String waId = String.valueOf(4915110000000L + i);
        store.recordInbound(waId, T + i % 3600, false);
        store.recordSent(SentMessage.of(waId, T + i % 3600 + 5).withPairRateInterval(6).withBusinessInitiated(true)); // a template: the user also counts as reached
      }
      long perUser = (usedMemory(redis) - before) / USERS;
      long hash = redis.memoryUsage("{waba}:u:4915110000001");
      System.out.printf("Redis memory per tracked user: %d bytes (INFO used_memory over %d users);"
          + " MEMORY USAGE of one user hash: %d bytes%n", perUser, USERS, hash);
      assertThat(perUser).isBetween(100L, 400L);
      assertThat(hash).isLessThan(200L);
    } finally {
      client.shutdown();
    }
  }

  private static long usedMemory(RedisCommands<String, String> redis) {
    for (String line : redis.info("memory").split("\r\n")) {
      if (line.startsWith("used_memory:")) {
        return Long.parseLong(line.substring("used_memory:".length()));
      }
    }
    throw new IllegalStateException("INFO memory has no used_memory");
  }
}
