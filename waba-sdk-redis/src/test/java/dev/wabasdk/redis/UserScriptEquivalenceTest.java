package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.SentMessage;
import dev.wabasdk.redis.internal.ConversationScripts;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lean user-read script answers exactly as the one it replaced (the shared prelude's {@code resolve} and
 * {@code userKey} before an {@code HMGET}), for unknown, plain, linked and busy users, by either key.
 */
class UserScriptEquivalenceTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final long T = Instant.parse("2026-11-25T10:00:00Z").getEpochSecond();
  private static final String PREFIX = "{eq}:";

  /** The script before this change, as it ran: the prelude's two helpers it used, then the read. */
  private static final String PREVIOUS = """
      local P = ARGV[1]
      local function aliasKey(k) return P .. 'a:' .. k end
      local function userKey(id) return P .. 'u:' .. id end
      local function resolve(k)
        local id = redis.call('GET', aliasKey(k))
        if id then return id end
        return k
      end
      return redis.call('HMGET', userKey(resolve(ARGV[3])), 'i', 'r', 'f', 'p', 'c', 'o', 'oa', 'm', 'b', 'cp', 'cc',
          'q', 'bc')
      """;

  @Test
  void theLeanScriptReadsWhatThePreviousOneRead() {
    RedisClient client = RedisClient.create(REDIS.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect();
        RedisConversationStore store = RedisConversationStore.builder().connection(connection).keyPrefix(PREFIX)
            .retention(Duration.ofDays(7)).build()) {
      RedisCommands<String, String> redis = connection.sync();
      store.recordInbound("16505551234", T, true);
      store.recordSent(SentMessage.of("16505551234", T + 60).withPairRateInterval(6).withBusinessInitiated(true)
          .withMarketing(true));
      store.recordSent(SentMessage.of("16505551234", T + 120).withMarketing(true));
      store.recordOptOut("16505551234", OptOut.MARKETING, T + 180);
      store.recordCallPermission("16505551234", T + 7 * 86_400);
      store.recordCallPermissionRequest("16505551234", T + 200);
      store.recordCallConnected("16505551234", T + 300, true);
      store.recordInbound("US.13491208655302741918", T + 400, false);
      store.link("4915112345678", "US.13491208655302741918");
      store.recordMarketingNotDelivered("4915112345678", T + 500);

      String[] keys = {PREFIX + "reach"};
      for (String key : List.of("16505551234", "4915112345678", "US.13491208655302741918", "19995550000",
          "US.unknown")) {
        List<Object> previous = redis.eval(PREVIOUS, ScriptOutputType.MULTI, keys, PREFIX, "604800", key);
        List<Object> lean = redis.eval(ConversationScripts.USER.source(), ScriptOutputType.MULTI, keys, PREFIX,
            "604800", key);
        assertThat(lean).as(key).isEqualTo(previous).hasSize(13);
      }
      // And the store reads the linked user under either key.
      assertThat(store.user("4915112345678").lastInboundAt()).isEqualTo(T + 400);
      assertThat(store.user("4915112345678").marketingNotDeliveredAt()).isEqualTo(T + 500);
      assertThat(store.user("16505551234").marketingSentSince(T)).isEqualTo(2);
      assertThat(store.user("16505551234").callPermissionRequestsSince(T)).isEqualTo(1);
      assertThat(store.user("16505551234").businessCallsConnectedSince(T)).isEqualTo(1);
    } finally {
      client.shutdown();
    }
  }
}
