package dev.wabasdk.redis;

import dev.wabasdk.redis.internal.ConnectionSource;
import dev.wabasdk.redis.internal.LuaScript;
import dev.wabasdk.redis.internal.RedisConnector;
import dev.wabasdk.webhook.DeduplicationStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook {@link DeduplicationStore} in Redis, so of several app instances receiving Meta's redeliveries only
 * one dispatches each event. {@link #markSeen} is one atomic script ({@code SET NX} with a TTL, made safe against a
 * command retried after a dropped connection); the key {@code <prefix>seen:<event id>} expires with the TTL.
 *
 * <pre>{@code
 * WebhookProcessor processor = WebhookProcessor.builder()
 *     .appSecret(appSecret)
 *     .deduplicationStore(RedisDeduplicationStore.builder().uri("redis://localhost:6379").build())
 *     .build();
 * }</pre>
 *
 * <p>When Redis fails, {@code markSeen} throws {@link RedisStoreException}: the processor dispatches nothing and
 * answers 503, so Meta delivers the notification again. A {@link #forget} that fails is kept and retried before
 * the next operation once Redis answers, so an undispatched event is never taken for a duplicate. Thread-safe.
 */
public final class RedisDeduplicationStore implements DeduplicationStore, AutoCloseable {
  /** The default key prefix, the same as the conversation store's (their keys do not collide). */
  public static final String DEFAULT_KEY_PREFIX = RedisConversationStore.DEFAULT_KEY_PREFIX;

  private static final Logger LOG = LoggerFactory.getLogger(RedisDeduplicationStore.class);

  /** KEYS[1] the mark, ARGV[1] this call's token, ARGV[2] TTL ms: 1 when first (or this very call, replayed). */
  private static final LuaScript MARK = LuaScript.of("""
      local v = redis.call('GET', KEYS[1])
      if not v then
        redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
        return 1
      end
      if v == ARGV[1] then return 1 end
      return 0
      """);

  private final RedisConnector redis;
  private final String prefix;
  private final ConcurrentLinkedQueue<String> pendingForgets = new ConcurrentLinkedQueue<>();

  private RedisDeduplicationStore(Builder b, RedisConnector redis) {
    this.redis = redis;
    this.prefix = b.source.keyPrefix();
  }

  /**
   * A builder; set one of {@code uri}, {@code clusterUri}, {@code client}, {@code connection} or
   * {@code clusterConnection}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * @throws RedisStoreException when Redis fails (the processor answers 503)
   */
  @Override
  public boolean markSeen(String key, Duration ttl) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.toMillis() < 1) {
      throw new IllegalArgumentException("ttl: must be at least 1 ms, was " + ttl);
    }
    flushPendingForgets();
    Long first = redis.eval("mark webhook event seen", MARK, ScriptOutputType.INTEGER,
        new String[] {prefix + "seen:" + key}, UUID.randomUUID().toString(), Long.toString(ttl.toMillis()));
    return first == 1L;
  }

  /** {@inheritDoc} When Redis fails, the removal is retried before the next operation; never throws for that. */
  @Override
  public void forget(String key) {
    Objects.requireNonNull(key, "key");
    try {
      redis.call("forget webhook event", c -> c.del(prefix + "seen:" + key));
    } catch (RedisStoreException e) {
      LOG.warn("Could not forget webhook event {} ({}); retrying when Redis answers again", key, e.getMessage());
      pendingForgets.add(key);
    }
  }

  /** The key prefix every key of this store starts with. */
  public String keyPrefix() {
    return prefix;
  }

  /** Closes the connection and client this store opened from a URI or client; a given connection stays open. */
  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisDeduplicationStore{keyPrefix=" + prefix + "}";
  }

  private void flushPendingForgets() {
    for (String key; (key = pendingForgets.peek()) != null; ) {
      String mark = prefix + "seen:" + key;
      redis.call("forget webhook event", c -> c.del(mark)); // throws while Redis is still down: the key stays queued
      pendingForgets.remove(key);
    }
  }

  static RuntimeException failure(String message, RuntimeException cause) {
    return new RedisStoreException("Redis de-duplication store: " + message, cause);
  }

  /** Configures a {@link RedisDeduplicationStore}. Not thread-safe. */
  public static final class Builder {
    private final ConnectionSource source =
        new ConnectionSource(DEFAULT_KEY_PREFIX, RedisConversationStore.DEFAULT_COMMAND_TIMEOUT);

    private Builder() {}

    /** Connects to this URI with a client the store creates and closes (see {@link RedisConversationStore}). */
    public Builder uri(String uri) {
      source.uri(uri);
      return this;
    }

    /** Connects to this URI. */
    public Builder uri(RedisURI uri) {
      source.uri(uri);
      return this;
    }

    /** Opens a connection with your client; the store closes the connection, not the client. */
    public Builder client(RedisClient client) {
      source.client(client);
      return this;
    }

    /**
     * Connects to a Redis Cluster seeded with this node's URI ({@code redis://host:port}), with a Cluster client the
     * store creates and closes (the other nodes are discovered). The key prefix must contain a hash tag.
     */
    public Builder clusterUri(String uri) {
      source.clusterUri(uri);
      return this;
    }

    /** Connects to a Redis Cluster seeded with this node's URI (see {@link #clusterUri(String)}). */
    public Builder clusterUri(RedisURI uri) {
      source.clusterUri(uri);
      return this;
    }

    /** Uses your connection (UTF-8 string codec); it stays yours to close. */
    public Builder connection(StatefulRedisConnection<String, String> connection) {
      source.connection(connection);
      return this;
    }

    /** Uses your Redis Cluster connection; it stays yours to close. */
    public Builder clusterConnection(StatefulRedisClusterConnection<String, String> connection) {
      source.clusterConnection(connection);
      return this;
    }

    /** The prefix of every key; default {@value RedisDeduplicationStore#DEFAULT_KEY_PREFIX}. */
    public Builder keyPrefix(String keyPrefix) {
      source.keyPrefix(keyPrefix);
      return this;
    }

    /** The command timeout of a client created from a {@link #uri}; default 2 seconds. */
    public Builder commandTimeout(Duration commandTimeout) {
      source.commandTimeout(commandTimeout);
      return this;
    }

    /**
     * Connects (for a URI or client) and builds the store.
     *
     * @throws RedisStoreException when Redis cannot be reached
     */
    public RedisDeduplicationStore build() {
      return new RedisDeduplicationStore(this, source.open(RedisDeduplicationStore::failure));
    }
  }
}
