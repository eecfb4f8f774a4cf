package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.campaign.CampaignControl;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignState;
import dev.wabasdk.campaign.OutboxEntry;
import dev.wabasdk.campaign.OutboxRecord;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.PairRateRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.webhook.DeduplicationStore;
import io.lettuce.core.RedisURI;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The topologies beyond standalone that the README lists as tested: a Sentinel-monitored master reached through a
 * {@code redis-sentinel://} URI, and a Redis Cluster (one node owning every slot) through a cluster connection.
 */
class TopologyTest {
  @RegisterExtension
  static final RedisServer MASTER = new RedisServer();

  @RegisterExtension
  static final RedisServer CLUSTER_NODE = RedisServer.clusterNode();

  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");
  private static Process sentinel;
  private static int sentinelPort;

  @BeforeAll
  static void startSentinelAndFormTheCluster() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      sentinelPort = socket.getLocalPort();
    }
    Path config = MASTER.dir().resolve("sentinel.conf");
    Files.writeString(config, "port " + sentinelPort + "\nbind 127.0.0.1\n"
        + "sentinel monitor mymaster 127.0.0.1 " + MASTER.port() + " 1\n");
    sentinel = new ProcessBuilder(RedisServer.executable(), config.toString(), "--sentinel")
        .redirectErrorStream(true).redirectOutput(MASTER.dir().resolve("sentinel.log").toFile()).start();
    awaitListening(sentinelPort);

    CLUSTER_NODE.formOneNodeCluster();
  }

  @AfterAll
  static void stopSentinel() throws InterruptedException {
    if (sentinel != null) {
      sentinel.destroy();
      sentinel.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSentinelUriReachesTheMaster() throws IOException {
    String uri = "redis-sentinel://127.0.0.1:" + sentinelPort + "#mymaster";
    try (RedisConversationStore store = RedisConversationStore.builder().uri(uri).keyPrefix("{sentinel}:").build();
        RedisDeduplicationStore seen = RedisDeduplicationStore.builder().uri(uri).keyPrefix("{sentinel}:").build()) {
      exercise(store, seen);
    }
    assertThat(MASTER.command("EXISTS {sentinel}:tier")).isEqualTo(":1"); // written on the master itself
  }

  @Test
  void aClusterConnectionRunsEveryScript() {
    RedisClusterClient client = RedisClusterClient.create(CLUSTER_NODE.uri());
    try (StatefulRedisClusterConnection<String, String> connection = client.connect();
        RedisConversationStore store = RedisConversationStore.builder().clusterConnection(connection).build();
        RedisDeduplicationStore seen = RedisDeduplicationStore.builder().clusterConnection(connection).build()) {
      exercise(store, seen);
      store.link("16505551234", "US.13491208655302741918");
      assertThat(store.user("US.13491208655302741918").reachedAt()).isEqualTo(T.getEpochSecond());
      assertThatThrownBy(() -> RedisConversationStore.builder().clusterConnection(connection).keyPrefix("waba:")
          .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("keyPrefix: must contain a hash tag such as {waba} on a Redis Cluster, so every key of the"
              + " store is in one slot, was 'waba:'");
    } finally {
      client.shutdown();
    }
  }

  @Test
  void aClusterUriConnectsAClusterClientTheStoreOwns() {
    try (RedisConversationStore store = RedisConversationStore.builder().clusterUri(CLUSTER_NODE.uri())
            .keyPrefix("{seed}:").build();
        RedisDeduplicationStore seen = RedisDeduplicationStore.builder().clusterUri(CLUSTER_NODE.uri())
            .keyPrefix("{seed}:").build()) {
      exercise(store, seen);
    }
    assertThatThrownBy(() -> RedisDeduplicationStore.builder().clusterUri(CLUSTER_NODE.uri()).keyPrefix("seed:")
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("keyPrefix: must contain a hash tag such as {waba} on a Redis Cluster");
  }

  @Test
  void theCampaignOutboxRunsEveryStepOnACluster() throws InterruptedException {
    RedisClusterClient client = RedisClusterClient.create(CLUSTER_NODE.uri());
    try (RedisCampaignOutbox owned = RedisCampaignOutbox.builder().clusterUri(RedisURI.create(CLUSTER_NODE.uri()))
            .keyPrefix("{outbox}:").build();
        StatefulRedisClusterConnection<String, String> connection = client.connect();
        RedisCampaignOutbox yours = RedisCampaignOutbox.builder().clusterConnection(connection)
            .keyPrefix("{outbox}:").build()) {
      exercise(owned, yours);
    } finally {
      client.shutdown();
    }
    assertThatThrownBy(() -> RedisCampaignOutbox.builder().clusterUri(CLUSTER_NODE.uri()).keyPrefix("outbox:")
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("keyPrefix: must contain a hash tag such as {waba} on a Redis Cluster");
  }

  /** Every script and command of the outbox, two instances sharing one campaign. */
  private static void exercise(RedisCampaignOutbox a, RedisCampaignOutbox b) throws InterruptedException {
    Duration lease = Duration.ofSeconds(30);
    assertThat(a.acquireLoader("c", "a", lease)).isZero();
    assertThat(b.acquireLoader("c", "b", lease)).isEqualTo(-1);
    CampaignRecipient jane = CampaignRecipient.of("+16505551234", "Jane");
    assertThat(a.enqueue("c", "a", 0, List.of(jane, CampaignRecipient.of("+16505550000")), true, lease)).isTrue();
    assertThat(b.loaded("c")).isTrue();
    List<OutboxEntry> claimed = b.claim("c", "b", 10, lease);
    assertThat(claimed).extracting(e -> e.recipient().phoneNumber())
        .containsExactly("+16505551234", "+16505550000");
    b.defer("c", claimed.get(1), Instant.ofEpochMilli(5000));
    b.ack("c", claimed.get(0));
    assertThat(a.backlog("c")).isEqualTo(1);
    assertThat(a.claim("c", "a", 10, lease)).extracting(OutboxEntry::notBefore)
        .containsExactly(Instant.ofEpochMilli(5000));
    Thread.sleep(50); // a holds the deferred copy without acknowledging it: b takes it over (XAUTOCLAIM)
    List<OutboxEntry> reclaimed = b.claim("c", "b", 10, Duration.ofMillis(20));
    assertThat(reclaimed).extracting(e -> e.recipient().phoneNumber()).containsExactly("+16505550000");
    b.ack("c", reclaimed.get(0));
    assertThat(a.backlog("c")).isZero();

    String key = "wabacampaign:c:16505551234";
    assertThat(a.transition("c", key, Set.of(SendState.PENDING), null,
        new OutboxRecord(key, SendState.ATTEMPTING, "a", T, null, "")).applied()).isTrue();
    assertThat(b.transition("c", key, Set.of(SendState.PENDING), null,
        new OutboxRecord(key, SendState.ATTEMPTING, "b", T, null, "")).applied()).isFalse();
    OutboxRecord accepted = new OutboxRecord(key, SendState.ACCEPTED, "a", T, "wamid.C", "");
    assertThat(a.transition("c", key, Set.of(SendState.ATTEMPTING), "a", accepted).applied()).isTrue();
    assertThat(b.record("c", key)).isEqualTo(accepted);
    assertThat(b.records("c").toList()).containsExactly(accepted);
    assertThat(b.recordStatus("c", key, "delivered", 2, null, "North America|marketing", "USD", 25_000)).isTrue();
    assertThat(a.counters("c")).containsEntry("state:ACCEPTED", 1L).containsEntry("status:delivered", 1L)
        .containsEntry("queued", 2L);
    a.control("c", new CampaignControl(CampaignState.PAUSED, null, "by hand"));
    assertThat(b.control("c").state()).isEqualTo(CampaignState.PAUSED);
    b.delete("c");
    assertThat(a.record("c", key)).isNull();
    assertThat(a.counters("c")).isEmpty();
  }

  /** The engine's admission path and a webhook mark, through the store under test. */
  private static void exercise(RedisConversationStore store, RedisDeduplicationStore seen) {
    PolicyEngine engine = PolicyEngine.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).store(store)
        .replaceRule(PairRateRule.minimumSpacing(Duration.ofSeconds(6)))
        // A US number, where Meta does not deliver marketing (MarketingMarketsRule): not what this test is about.
        .withoutRule(dev.wabasdk.policy.MarketingMarketsRule.class).build();
    engine.recordTier(MessagingLimitTier.TIER_250);
    assertThat(engine.admit(Message.template("16505551234", "offer", "en_US")).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engine.admit(Message.template("16505551234", "offer", "en_US")).reasonCode())
        .isEqualTo(PairRateRule.REASON);
    assertThat(store.reachedUsers(T.getEpochSecond())).isEqualTo(1);
    DeduplicationStore.Claim claim = seen.claim("message:wamid.T", Duration.ofMinutes(5));
    assertThat(claim.isClaimed()).isTrue();
    assertThat(seen.claim("message:wamid.T", Duration.ofMinutes(5)).status())
        .isEqualTo(DeduplicationStore.Claim.Status.IN_FLIGHT);
    assertThat(seen.complete(claim, Duration.ofDays(7))).isTrue();
    assertThat(seen.claim("message:wamid.T", Duration.ofMinutes(5)).status())
        .isEqualTo(DeduplicationStore.Claim.Status.DONE);
  }

  private static void awaitListening(int port) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (true) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("redis sentinel did not listen on port " + port);
        }
        Thread.sleep(20);
      }
    }
  }
}
