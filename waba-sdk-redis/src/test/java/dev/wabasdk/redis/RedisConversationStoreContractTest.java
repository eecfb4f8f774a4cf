package dev.wabasdk.redis;

import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.ConversationStoreContract;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract of waba-sdk-core, unchanged, against a real Redis. */
class RedisConversationStoreContractTest extends ConversationStoreContract {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private final List<RedisConversationStore> opened = new ArrayList<>();

  @Override
  protected ConversationStore newStore() {
    // A prefix per test keeps the tests apart on one server.
    RedisConversationStore s = RedisConversationStore.builder()
        .uri(REDIS.uri())
        .keyPrefix("{contract" + PREFIXES.incrementAndGet() + "}:")
        .build();
    opened.add(s);
    return s;
  }

  @AfterEach
  void close() {
    opened.forEach(RedisConversationStore::close);
  }
}
