package dev.wabasdk.redis;

import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.ConversationStoreContract;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract of waba-sdk-core, unchanged, on a Redis Cluster (one node owning every slot). */
class RedisClusterContractTest extends ConversationStoreContract {
  @RegisterExtension
  static final RedisServer NODE = RedisServer.clusterNode();

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static RedisClusterClient client;
  private static StatefulRedisClusterConnection<String, String> connection;

  @BeforeAll
  static void connect() throws Exception {
    NODE.formOneNodeCluster();
    client = RedisClusterClient.create(NODE.uri());
    connection = client.connect();
  }

  @AfterAll
  static void disconnect() {
    connection.close();
    client.shutdown();
  }

  @Override
  protected ConversationStore newStore() {
    return RedisConversationStore.builder()
        .clusterConnection(connection)
        .keyPrefix("{cluster" + PREFIXES.incrementAndGet() + "}:")
        .build();
  }
}
