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
 * one processes each event, and an event is marked done only once its listeners succeeded. The key
 * {@code <prefix>seen:<event id>} holds either a lease ({@code L:<token>}, expiring after the lease TTL) or a done
 * mark ({@code D:<token>}, expiring after the done TTL). Each operation is one atomic script:
 * <ul>
 *   <li>{@link #claim}: {@code SET NX PX} with a new random token; a command retried after a dropped connection
 *       recognises its own token;
 *   <li>{@link #complete}: turns the lease into a done mark only if the caller still owns it (or it expired and
 *       nobody claimed it since);
 *   <li>{@link #release}: deletes the lease only if it is the caller's.
 * </ul>
 * A claim whose reply timed out (Redis stalled past the command timeout, then ran the script) leaves a lease nobody
 * owns: it expires with the lease TTL and the next redelivery processes the event, so it never strands an event.
 *
 * <pre>{@code
 * WebhookProcessor processor = WebhookProcessor.builder()
 *     .appSecret(appSecret)
 *     .deduplicationStore(RedisDeduplicationStore.builder().uri("redis://localhost:6379").build())
 *     .build();
 * }</pre>
 *
 * <p>When Redis fails, {@code claim} throws {@link RedisStoreException}: the processor dispatches nothing and
 * answers 503, so Meta delivers the notification again. A {@link #release} that fails is kept and retried before
 * the next claim once Redis answers (it would otherwise wait for the lease to expire). Marks written by the
 * earlier {@code markSeen} (a bare token) are read as done. Thread-safe.
 */
public final class RedisDeduplicationStore implements DeduplicationStore, AutoCloseable {
  /** The default key prefix, the same as the conversation store's (their keys do not collide). */
  public static final String DEFAULT_KEY_PREFIX = RedisConversationStore.DEFAULT_KEY_PREFIX;

  private static final Logger LOG = LoggerFactory.getLogger(RedisDeduplicationStore.class);

  /** KEYS[1] the key, ARGV[1] the token, ARGV[2] lease ms: 1 claimed (or this very call, replayed), 0 done, 2 leased. */
  private static final LuaScript CLAIM = LuaScript.of("""
      local lease = 'L:' .. ARGV[1]
      if redis.call('SET', KEYS[1], lease, 'NX', 'PX', ARGV[2]) then return 1 end
      local v = redis.call('GET', KEYS[1])
      if v == lease then return 1 end
      if string.sub(v, 1, 2) == 'L:' then return 2 end
      return 0
      """);

  /** KEYS[1] the key, ARGV[1] the token, ARGV[2] done ms: 1 when marked done (or already, by this token), else 0. */
  private static final LuaScript COMPLETE = LuaScript.of("""
      local v = redis.call('GET', KEYS[1])
      if v == 'D:' .. ARGV[1] then return 1 end
      if v and v ~= 'L:' .. ARGV[1] then return 0 end
      redis.call('SET', KEYS[1], 'D:' .. ARGV[1], 'PX', ARGV[2])
      return 1
      """);

  /** KEYS[1] the key, ARGV[1] the token: deletes the lease if it is this token's. */
  private static final LuaScript RELEASE = LuaScript.of("""
      if redis.call('GET', KEYS[1]) == 'L:' .. ARGV[1] then
        return redis.call('DEL', KEYS[1])
      end
      return 0
      """);

  private final RedisConnector redis;
  private final String prefix;
  private final ConcurrentLinkedQueue<Claim> pendingReleases = new ConcurrentLinkedQueue<>();

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
  public Claim claim(String key, Duration leaseTtl) {
    Objects.requireNonNull(key, "key");
    long ms = millis("leaseTtl", leaseTtl);
    flushPendingReleases();
    Claim claim = Claim.claimed(key, UUID.randomUUID().toString());
    Long result = redis.eval("claim webhook event", CLAIM, ScriptOutputType.INTEGER,
        new String[] {mark(key)}, claim.token(), Long.toString(ms));
    return switch (result.intValue()) {
      case 1 -> claim;
      case 2 -> Claim.inFlight(key);
      default -> Claim.done(key);
    };
  }

  /**
   * {@inheritDoc}
   *
   * @throws RedisStoreException when Redis fails (the lease then expires by itself)
   */
  @Override
  public boolean complete(Claim claim, Duration doneTtl) {
    claim.requireClaimed();
    long ms = millis("doneTtl", doneTtl);
    Long done = redis.eval("complete webhook event", COMPLETE, ScriptOutputType.INTEGER,
        new String[] {mark(claim.key())}, claim.token(), Long.toString(ms));
    return done == 1L;
  }

  /** {@inheritDoc} When Redis fails, the release is retried before the next claim; never throws for that. */
  @Override
  public void release(Claim claim) {
    claim.requireClaimed();
    try {
      releaseNow(claim);
    } catch (RedisStoreException e) {
      LOG.warn("Could not release webhook event {} ({}); retrying when Redis answers again", claim.key(),
          e.getMessage());
      pendingReleases.add(claim);
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

  private void flushPendingReleases() {
    for (Claim claim; (claim = pendingReleases.peek()) != null; ) {
      releaseNow(claim); // throws while Redis is still down: the release stays queued
      pendingReleases.remove(claim);
    }
  }

  private void releaseNow(Claim claim) {
    redis.eval("release webhook event", RELEASE, ScriptOutputType.INTEGER, new String[] {mark(claim.key())},
        claim.token());
  }

  private String mark(String key) {
    return prefix + "seen:" + key;
  }

  private static long millis(String name, Duration ttl) {
    Objects.requireNonNull(ttl, name);
    if (ttl.toMillis() < 1) {
      throw new IllegalArgumentException(name + ": must be at least 1 ms, was " + ttl);
    }
    return ttl.toMillis();
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
