package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.StoreFailureMode;
import dev.wabasdk.webhook.WebhookProcessor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's examples, as written there (with the test server's URI), so they keep compiling and working. */
class ReadmeExampleTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  @Test
  void usage() {
    String uri = REDIS.uri(); // README: "redis://localhost:6379"
    RedisConversationStore store = RedisConversationStore.builder()
        .uri(uri)
        .keyPrefix("{waba}:")
        .retention(Duration.ofDays(7))
        .build();
    PolicyEngine policy = PolicyEngine.builder()
        .store(store)
        .storeFailureMode(StoreFailureMode.DENY)
        .build();

    RedisDeduplicationStore seen = RedisDeduplicationStore.builder().uri(uri).build();
    WebhookProcessor processor = WebhookProcessor.builder()
        .appSecret(Webhooks.APP_SECRET)
        .verifyToken(Webhooks.VERIFY_TOKEN)
        .deduplicationStore(seen)
        .build();

    assertThat(policy.evaluate(Message.text("16505551234", "Hi")).reasonCode())
        .isEqualTo("customer_service_window_closed");
    byte[] body = Webhooks.textMessage("wamid.README", "16505551234");
    assertThat(processor.handle(Webhooks.signed(body), body).statusCode()).isEqualTo(200);
    store.close();
    seen.close();
  }

  @Test
  void oneConnectionForBothStoresAndYourOwnClientOptions() {
    RedisClient client = RedisClient.create(REDIS.uri());
    client.setOptions(RedisConversationStore.clientOptions(Duration.ofSeconds(2)));
    try (StatefulRedisConnection<String, String> c = client.connect()) {
      RedisConversationStore store = RedisConversationStore.builder().connection(c).build();
      RedisDeduplicationStore seen = RedisDeduplicationStore.builder().connection(c).build();
      assertThat(seen.claim("message:wamid.1", Duration.ofMinutes(5)).isClaimed()).isTrue();
      assertThat(store.reachedUsers(0)).isZero();
    } finally {
      client.shutdown();
    }
  }
}
