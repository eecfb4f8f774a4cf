package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.redis.RedisConversationStore;
import dev.wabasdk.redis.RedisDeduplicationStore;
import dev.wabasdk.redis.RedisServer;
import dev.wabasdk.webhook.DeduplicationStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

class WabaRedisAutoConfigurationTest {
  @RegisterExtension
  static final RedisServer redis = new RedisServer();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class,
          WabaRedisAutoConfiguration.class))
      .withPropertyValues("waba.access-token=EAAG-secret-token", "waba.phone-number-id=106540352242922",
          "waba.app-secret=app-secret", "waba.verify-token=verify");

  private ApplicationContextRunner withLettuceFactory() {
    return runner.withBean(LettuceConnectionFactory.class,
        () -> new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", redis.port())));
  }

  @Test
  void storeRedisWithoutAConnectionFactoryUsesTheUri() {
    runner.withPropertyValues("waba.store=redis", "waba.redis.uri=" + redis.uri()).run(context -> {
      assertThat(context).hasSingleBean(RedisConversationStore.class).hasSingleBean(RedisDeduplicationStore.class)
          .doesNotHaveBean(InMemoryConversationStore.class);
      assertThat(context.getBean(PolicyEngine.class).store()).isSameAs(context.getBean(ConversationStore.class));
      assertThat(context.getBean(RedisConversationStore.class).keyPrefix()).isEqualTo("{waba}:");
    });
  }

  @Test
  void anInvalidUriFailsStartUpNamingTheProperty() {
    runner.withPropertyValues("waba.store=redis", "waba.redis.uri=http://127.0.0.1:" + redis.port()).run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(WabaPropertyException.class)
          .hasMessageStartingWith("waba.redis.uri is invalid: uri: ");
    });
  }

  @Test
  void aLettuceConnectionFactoryIsUsedWhileWabaStoreIsUnset() {
    withLettuceFactory().withPropertyValues("waba.redis.key-prefix={shop-1}:").run(context -> {
      assertThat(context).hasSingleBean(RedisConversationStore.class).hasSingleBean(RedisDeduplicationStore.class);
      RedisConversationStore store = context.getBean(RedisConversationStore.class);
      assertThat(store.keyPrefix()).isEqualTo("{shop-1}:");
      assertThat(context.getBean(RedisDeduplicationStore.class).keyPrefix()).isEqualTo("{shop-1}:");
      store.recordInbound("4915100000001", 1_700_000_000L, false);
      assertThat(store.user("4915100000001").lastInboundAt()).isEqualTo(1_700_000_000L);
    });
  }

  @Test
  void yourOwnStoreWins() {
    ConversationStore mine = new InMemoryConversationStore();
    withLettuceFactory().withBean("myStore", ConversationStore.class, () -> mine).run(context -> {
      assertThat(context).doesNotHaveBean(RedisConversationStore.class).hasSingleBean(RedisDeduplicationStore.class);
      assertThat(context.getBean(PolicyEngine.class).store()).isSameAs(mine);
    });
  }

  @Test
  void storeMemoryKeepsTheStateInMemoryDespiteAConnectionFactory() {
    withLettuceFactory().withPropertyValues("waba.store=memory").run(context -> {
      assertThat(context).doesNotHaveBean(RedisConversationStore.class).doesNotHaveBean(DeduplicationStore.class);
      assertThat(context.getBean(PolicyEngine.class).store()).isInstanceOf(InMemoryConversationStore.class);
    });
  }

  @Test
  void withoutTheRedisModuleTheStateStaysInMemoryAndStoreRedisFailsClearly() {
    ApplicationContextRunner noRedisModule = runner.withClassLoader(
        new FilteredClassLoader(RedisConversationStore.class, LettuceConnectionFactory.class));
    noRedisModule.run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(DeduplicationStore.class);
      assertThat(context.getBean(PolicyEngine.class).store()).isInstanceOf(InMemoryConversationStore.class);
    });
    noRedisModule.withPropertyValues("waba.store=redis").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(WabaPropertyException.class)
          .hasMessageContaining("waba.store").hasMessageContaining("no single ConversationStore bean");
    });
  }

  @Test
  void withStoreRedisThePolicyEngineSharesItsStateThroughRedis() {
    runner.withPropertyValues("waba.store=redis", "waba.redis.uri=" + redis.uri()).run(context -> {
      PolicyEngine policy = context.getBean(PolicyEngine.class);
      assertThat(policy.store()).isInstanceOf(RedisConversationStore.class);

      policy.recordInbound(WhatsAppUser.ofWaId("4915100000002"), Instant.ofEpochSecond(1_700_000_100L));

      // Another app instance's store on the same Redis sees the open customer service window.
      try (RedisConversationStore otherInstance = RedisConversationStore.builder().uri(redis.uri()).build()) {
        assertThat(otherInstance.user("4915100000002").lastInboundAt()).isEqualTo(1_700_000_100L);
      }
    });
  }
}
