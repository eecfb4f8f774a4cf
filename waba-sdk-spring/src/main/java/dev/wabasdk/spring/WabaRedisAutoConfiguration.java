package dev.wabasdk.spring;

import static dev.wabasdk.spring.internal.Settings.apply;

import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.redis.RedisConversationStore;
import dev.wabasdk.redis.RedisDeduplicationStore;
import dev.wabasdk.webhook.DeduplicationStore;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The Redis stores of {@code waba-sdk-redis} ({@link RedisConversationStore} for the policy engine,
 * {@link RedisDeduplicationStore} for the webhook processor), so that several app instances share one state. They
 * are built on Spring Data Redis's {@link LettuceConnectionFactory} when there is one (unless
 * {@code waba.store=memory}), or on {@code waba.redis.uri} with {@code waba.store=redis}. Each store backs off when
 * the application defines its own {@link ConversationStore} or {@link DeduplicationStore}. Runs after Spring Boot's
 * Redis auto-configuration of either generation (by name) and before {@link WabaAutoConfiguration}, whose
 * in-memory store then backs off.
 */
@AutoConfiguration(before = {WabaAutoConfiguration.class, WabaWebhookAutoConfiguration.class}, afterName = {
    "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
    "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration"})
@ConditionalOnClass({RedisConversationStore.class, RedisClient.class})
@EnableConfigurationProperties(WabaProperties.class)
public final class WabaRedisAutoConfiguration {
  private static final String URI = "waba.redis.uri";
  private static final String KEY_PREFIX = "waba.redis.key-prefix";

  WabaRedisAutoConfiguration() {}

  /** On the application's Lettuce connection factory: its client (standalone, Sentinel or Cluster) and options. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory")
  @ConditionalOnBean(type = "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory")
  @ConditionalOnProperty(name = "waba.store", havingValue = "redis", matchIfMissing = true)
  static class OnConnectionFactory {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ConversationStore.class)
    RedisConversationStore wabaRedisConversationStore(LettuceConnectionFactory factory, WabaProperties properties) {
      RedisConversationStore.Builder builder = RedisConversationStore.builder();
      apply(KEY_PREFIX, () -> builder.keyPrefix(properties.redis().keyPrefix()));
      connect(factory, builder::client, builder::clusterConnection);
      return builder.build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DeduplicationStore.class)
    @ConditionalOnProperty(name = "waba.webhook.enabled", havingValue = "true", matchIfMissing = true)
    RedisDeduplicationStore wabaRedisDeduplicationStore(LettuceConnectionFactory factory,
        WabaProperties properties) {
      RedisDeduplicationStore.Builder builder = RedisDeduplicationStore.builder();
      apply(KEY_PREFIX, () -> builder.keyPrefix(properties.redis().keyPrefix()));
      connect(factory, builder::client, builder::clusterConnection);
      return builder.build();
    }

    /**
     * Hands a store builder the factory's client: a standalone (or Sentinel) client to open a connection of the
     * store's own, closed with the store (the client stays Spring's); a Cluster client as a connection, closed when
     * Spring shuts the factory's client down.
     */
    private static void connect(LettuceConnectionFactory factory, Consumer<RedisClient> standalone,
        Consumer<StatefulRedisClusterConnection<String, String>> cluster) {
      // Created in afterPropertiesSet by the factory's early start-up (its default).
      AbstractRedisClient client = factory.getNativeClient();
      if (client == null) {
        throw new IllegalStateException("The LettuceConnectionFactory has not been started; leave its early "
            + "start-up on or define your own ConversationStore and DeduplicationStore beans");
      }
      if (client instanceof RedisClusterClient clusterClient) {
        cluster.accept(clusterClient.connect());
      } else {
        standalone.accept((RedisClient) client);
      }
    }
  }

  /** {@code waba.store=redis} without a connection factory: the stores' own client on {@code waba.redis.uri}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(name = "waba.store", havingValue = "redis")
  @ConditionalOnMissingBean(type = "org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory")
  static class OnUri {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(ConversationStore.class)
    RedisConversationStore wabaRedisConversationStore(WabaProperties properties) {
      RedisConversationStore.Builder builder = RedisConversationStore.builder();
      apply(URI, () -> builder.uri(properties.redis().uri()));
      apply(KEY_PREFIX, () -> builder.keyPrefix(properties.redis().keyPrefix()));
      return builder.build();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(DeduplicationStore.class)
    @ConditionalOnProperty(name = "waba.webhook.enabled", havingValue = "true", matchIfMissing = true)
    RedisDeduplicationStore wabaRedisDeduplicationStore(WabaProperties properties) {
      RedisDeduplicationStore.Builder builder = RedisDeduplicationStore.builder();
      apply(URI, () -> builder.uri(properties.redis().uri()));
      apply(KEY_PREFIX, () -> builder.keyPrefix(properties.redis().keyPrefix()));
      return builder.build();
    }
  }
}
