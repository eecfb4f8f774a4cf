package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.policy.SentMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.webhook.DeduplicationStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The documented key layout, TTLs and expiry, read back with plain Redis commands. */
class RedisKeyLayoutTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final long T = Instant.parse("2026-11-25T10:00:00Z").getEpochSecond();
  private static final long DAY = 86_400;
  private static final String WA_ID = "16505551234";
  private static final String BSUID = "US.13491208655302741918";

  private static RedisClient client;
  private static StatefulRedisConnection<String, String> connection;
  private static RedisCommands<String, String> redis;

  @BeforeAll
  static void connect() {
    client = RedisClient.create(REDIS.uri());
    connection = client.connect();
    redis = connection.sync();
  }

  @AfterAll
  static void disconnect() {
    connection.close();
    client.shutdown();
  }

  @Test
  void usersLiveInOneHashEachAndExpireAfterTheRetention() {
    try (RedisConversationStore store = store("{lay1}:", Duration.ofDays(5))) {
      store.recordInbound(WA_ID, T, true);
      store.recordSent(SentMessage.of(WA_ID, T + 60).withPairRateInterval(6).withBusinessInitiated(true).withMarketing(true));

      assertThat(redis.hgetall("{lay1}:u:" + WA_ID)).isEqualTo(Map.of(
          "i", Long.toString(T), "r", Long.toString(T), "p", Long.toString(T + 66), "c", Long.toString(T + 60),
          "f", Long.toString(T + 60 + 3 * DAY), "m", Long.toString(T + 60)));
      assertThat(redis.ttl("{lay1}:u:" + WA_ID)).isBetween(5 * DAY - 10, 5 * DAY);
      assertThat(redis.zscore("{lay1}:reach", WA_ID)).isEqualTo((double) (T + 60));
      assertThat(redis.ttl("{lay1}:reach")).isBetween(2 * DAY - 10, 2 * DAY);
      assertThat(redis.keys("{lay1}:*")).containsExactlyInAnyOrder("{lay1}:u:" + WA_ID, "{lay1}:reach");
    }
  }

  @Test
  void aLinkedKeyIsAnAliasThatExpiresWithItsUser() {
    try (RedisConversationStore store = store("{lay2}:", Duration.ofDays(7))) {
      store.recordInbound(BSUID, T, false);
      store.link(WA_ID, BSUID);

      assertThat(redis.get("{lay2}:a:" + BSUID)).isEqualTo(WA_ID);
      assertThat(redis.hget("{lay2}:u:" + WA_ID, "k")).isEqualTo(BSUID);
      assertThat(redis.exists("{lay2}:u:" + BSUID)).isZero(); // merged into the number's hash
      assertThat(redis.ttl("{lay2}:a:" + BSUID)).isBetween(7 * DAY - 10, 7 * DAY);
      assertThat(redis.ttl("{lay2}:u:" + WA_ID)).isBetween(7 * DAY - 10, 7 * DAY);
    }
  }

  @Test
  void optedOutUsersAreKeptUntilTheyOptBackIn() {
    try (RedisConversationStore store = store("{lay3}:", Duration.ofDays(7))) {
      store.link(WA_ID, BSUID);
      store.recordOptOut(BSUID, OptOut.MARKETING, T);
      assertThat(redis.hget("{lay3}:u:" + WA_ID, "o")).isEqualTo("MARKETING");
      assertThat(redis.ttl("{lay3}:u:" + WA_ID)).isEqualTo(-1);
      assertThat(redis.ttl("{lay3}:a:" + BSUID)).isEqualTo(-1);

      store.recordOptOut(WA_ID, OptOut.NONE, T + 10);
      assertThat(redis.ttl("{lay3}:u:" + WA_ID)).isBetween(7 * DAY - 10, 7 * DAY);
      assertThat(redis.ttl("{lay3}:a:" + BSUID)).isBetween(7 * DAY - 10, 7 * DAY);
    }
  }

  @Test
  void reachedUsersOlderThanADayLeaveTheCounterOnTheNextWrite() {
    try (RedisConversationStore store = store("{lay4}:", Duration.ofDays(7))) {
      for (int i = 0; i < 100; i++) {
        store.recordSent(SentMessage.of(String.valueOf(4915110000000L + i), T + i).withPairRateInterval(6).withBusinessInitiated(true));
      }
      assertThat(redis.zcard("{lay4}:reach")).isEqualTo(100);
      store.recordSent(SentMessage.of(WA_ID, T + 50 + DAY).withPairRateInterval(6).withBusinessInitiated(true));
      // Users counted at or before T+50 no longer count and are gone; T+51..T+99 and the new one remain.
      assertThat(redis.zcard("{lay4}:reach")).isEqualTo(50);
      assertThat(store.reachedUsers(T + 50 + DAY)).isEqualTo(50);
    }
  }

  @Test
  void tierAndTemplatesAreSmallFixedKeys() {
    try (RedisConversationStore store = store("{lay5}:", Duration.ofDays(7))) {
      store.recordTier(MessagingLimitTier.TIER_10K);
      store.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
      store.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
      assertThat(redis.get("{lay5}:tier")).isEqualTo("TIER_10K");
      assertThat(redis.hgetall("{lay5}:tpl")).isEqualTo(Map.of(
          "s\norder_update\nen_US", "APPROVED", "c\norder_update\nen_US", "UTILITY"));
    }
  }

  @Test
  void webhookMarksExpireWithTheirTtl() throws InterruptedException {
    try (RedisDeduplicationStore seen = RedisDeduplicationStore.builder().connection(connection)
        .keyPrefix("{lay6}:").build()) {
      DeduplicationStore.Claim a = seen.claim("message:wamid.A", Duration.ofMinutes(5));
      assertThat(redis.get("{lay6}:seen:message:wamid.A")).isEqualTo("L:" + a.token());
      assertThat(redis.pttl("{lay6}:seen:message:wamid.A")).isBetween(5 * 60 * 1000L - 10_000, 5 * 60 * 1000L);
      assertThat(seen.complete(a, Duration.ofDays(7))).isTrue();
      assertThat(redis.get("{lay6}:seen:message:wamid.A")).isEqualTo("D:" + a.token());
      assertThat(redis.pttl("{lay6}:seen:message:wamid.A")).isBetween(7 * DAY * 1000 - 10_000, 7 * DAY * 1000);
      DeduplicationStore.Claim b = seen.claim("message:wamid.B", Duration.ofMillis(200));
      assertThat(seen.claim("message:wamid.B", Duration.ofMillis(200)).status())
          .isEqualTo(DeduplicationStore.Claim.Status.IN_FLIGHT);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (redis.exists("{lay6}:seen:message:wamid.B") == 1 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      DeduplicationStore.Claim again = seen.claim("message:wamid.B", Duration.ofDays(1)); // expired: new again
      assertThat(again.isClaimed()).isTrue();
      seen.release(b); // the expired holder's release leaves the new lease alone
      assertThat(redis.get("{lay6}:seen:message:wamid.B")).isEqualTo("L:" + again.token());
      assertThat(seen.complete(b, Duration.ofDays(1))).isFalse();
      seen.release(again);
      assertThat(redis.exists("{lay6}:seen:message:wamid.B")).isZero();
      // A mark written by markSeen (a bare token) before the upgrade still counts as done.
      redis.set("{lay6}:seen:message:wamid.OLD", "3f0c1f4e-2b1a-4d43-a9a9-0a4c2e1f9b77");
      assertThat(seen.claim("message:wamid.OLD", Duration.ofMinutes(5)).status())
          .isEqualTo(DeduplicationStore.Claim.Status.DONE);
    }
    // A given connection stays open when the store closes.
    assertThat(redis.ping()).isEqualTo("PONG");
  }

  @Test
  void builderValidation() {
    assertThatThrownBy(() -> RedisConversationStore.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("set exactly one of uri, clusterUri, client, connection or clusterConnection (0 set)");
    assertThatThrownBy(() -> RedisConversationStore.builder().uri(REDIS.uri()).connection(connection).build())
        .hasMessage("set exactly one of uri, clusterUri, client, connection or clusterConnection (2 set)");
    assertThatThrownBy(() -> RedisConversationStore.builder().retention(Duration.ofHours(24)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retention: must be at least 72 hours, was PT24H");
    assertThatThrownBy(() -> RedisConversationStore.builder().keyPrefix(""))
        .hasMessage("keyPrefix: must be 1 to 64 characters, was ''");
    assertThatThrownBy(() -> RedisDeduplicationStore.builder().commandTimeout(Duration.ZERO))
        .hasMessage("commandTimeout: must be positive, was PT0S");
    assertThatThrownBy(() -> RedisConversationStore.builder().uri("http://user:secret@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("secret");
    try (RedisConversationStore store = RedisConversationStore.builder().connection(connection).build()) {
      assertThatThrownBy(() -> store.recordInbound("", T, false))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("key: must be a non-empty wa_id or user id without line breaks, was ''");
      assertThat(store).hasToString("RedisConversationStore{keyPrefix={waba}:, retention=PT168H}");
    }
  }

  @Test
  void aStoreBuiltFromYourClientUsesItsOptionsAndLeavesItOpen() {
    RedisClient own = RedisClient.create(REDIS.uri());
    try {
      try (RedisConversationStore store = RedisConversationStore.builder().client(own).keyPrefix("{lay7}:").build()) {
        store.recordTier(MessagingLimitTier.TIER_2K);
        assertThat(store.tier()).isEqualTo(MessagingLimitTier.TIER_2K);
      }
      try (StatefulRedisConnection<String, String> c = own.connect()) {
        assertThat(c.sync().get("{lay7}:tier")).isEqualTo("TIER_2K");
      }
    } finally {
      own.shutdown();
    }
  }

  private static RedisConversationStore store(String prefix, Duration retention) {
    return RedisConversationStore.builder().uri(REDIS.uri()).keyPrefix(prefix).retention(retention).build();
  }

  @Test
  void aCallPermissionKeepsTheUserWhileItLastsAndAPermanentOneForGood() {
    try (RedisConversationStore store = store("{lay9}:", Duration.ofDays(7))) {
      long now = Instant.now().getEpochSecond();
      store.recordCallPermission(WA_ID, now + 30 * DAY);
      assertThat(redis.hget("{lay9}:u:" + WA_ID, "cp")).isEqualTo(Long.toString(now + 30 * DAY));
      assertThat(redis.ttl("{lay9}:u:" + WA_ID)).isBetween(37 * DAY - 10, 37 * DAY);
      store.recordCallPermissionRequest(WA_ID, now);
      store.recordCallConnected(WA_ID, now + 5, true);
      assertThat(redis.hget("{lay9}:u:" + WA_ID, "q")).isEqualTo(Long.toString(now));
      assertThat(redis.hget("{lay9}:u:" + WA_ID, "bc")).isEqualTo(Long.toString(now + 5));
      assertThat(redis.hget("{lay9}:u:" + WA_ID, "cc")).isEqualTo(Long.toString(now + 5));
      assertThat(redis.ttl("{lay9}:u:" + WA_ID)).isBetween(37 * DAY - 10, 37 * DAY); // still kept for the permission

      store.recordCallPermission(BSUID, dev.wabasdk.policy.UserState.PERMANENT);
      assertThat(redis.hget("{lay9}:u:" + BSUID, "cp")).isEqualTo("99999999999");
      assertThat(redis.ttl("{lay9}:u:" + BSUID)).isEqualTo(-1);
      assertThat(store.user(BSUID).callPermissionUntil()).isEqualTo(dev.wabasdk.policy.UserState.PERMANENT);
    }
  }

  @Test
  void aPolicyEngineOnTheRedisStoreAllowsAPermittedCallAndAppliesTheCallLimit() {
    try (RedisConversationStore store = store("{lay10}:", Duration.ofDays(7))) {
      dev.wabasdk.WhatsAppUser user = dev.wabasdk.WhatsAppUser.ofWaId(WA_ID);
      java.time.Clock clock = java.time.Clock.fixed(Instant.ofEpochSecond(T), java.time.ZoneOffset.UTC);
      dev.wabasdk.policy.PolicyEngine engine = dev.wabasdk.policy.PolicyEngine.builder().store(store).clock(clock)
          .callPermissionRule(new dev.wabasdk.policy.CallPermissionRule(1)).build();
      dev.wabasdk.message.Recipient to = dev.wabasdk.message.Recipient.phoneNumber(WA_ID);
      assertThat(engine.evaluateCall(to).reasonCode()).isEqualTo(dev.wabasdk.policy.CallPermissionRule.REASON);

      engine.recordCallPermission(user, Instant.ofEpochSecond(T + 7 * DAY));
      assertThat(engine.evaluateCall(to).isAllowed()).isTrue();

      engine.recordCallConnected(user, Instant.ofEpochSecond(T - 60), true);
      assertThat(engine.evaluateCall(to).reasonCode()).isEqualTo(dev.wabasdk.policy.CallPermissionRule.LIMIT_REASON);
    }
  }
}
