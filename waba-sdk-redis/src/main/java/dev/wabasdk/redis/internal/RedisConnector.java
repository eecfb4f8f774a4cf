package dev.wabasdk.redis.internal;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One Lettuce connection as the stores use it: synchronous commands (standalone, Sentinel or Cluster, through
 * their common interface), scripts by SHA-1 with a fallback to {@code EVAL} (a restarted Redis has forgotten
 * them), and every Lettuce failure turned into the store's own exception. Closes only what it opened.
 */
public final class RedisConnector implements AutoCloseable {
  private final RedisClusterCommands<String, String> commands;
  private final @Nullable StatefulConnection<String, String> ownedConnection;
  private final @Nullable AbstractRedisClient ownedClient;
  private final BiFunction<String, RuntimeException, RuntimeException> failure;

  private RedisConnector(RedisClusterCommands<String, String> commands,
      @Nullable StatefulConnection<String, String> ownedConnection,
      @Nullable AbstractRedisClient ownedClient, BiFunction<String, RuntimeException, RuntimeException> failure) {
    this.commands = commands;
    this.ownedConnection = ownedConnection;
    this.ownedClient = ownedClient;
    this.failure = failure;
  }

  /**
   * The client options for a client the stores create: commands fail at once while disconnected (instead of
   * queueing until a timeout), the connection reconnects in the background, commands in flight when it dropped are
   * not replayed (the caller saw them fail), and each command times out after {@code timeout}.
   */
  public static ClientOptions clientOptions(Duration timeout) {
    return ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .replayFilter(command -> true)
        .timeoutOptions(TimeoutOptions.enabled(timeout))
        .build();
  }

  /**
   * The connector for a store builder: exactly one of {@code uri}, {@code client}, {@code connection},
   * {@code clusterConnection} must be set. A Cluster needs a hash tag in the key prefix.
   */
  public static RedisConnector open(@Nullable RedisURI uri, @Nullable RedisURI clusterUri, @Nullable RedisClient client,
      @Nullable StatefulRedisConnection<String, String> connection,
      @Nullable StatefulRedisClusterConnection<String, String> clusterConnection, String keyPrefix,
      Duration timeout, BiFunction<String, RuntimeException, RuntimeException> failure) {
    int set = (uri != null ? 1 : 0) + (clusterUri != null ? 1 : 0) + (client != null ? 1 : 0)
        + (connection != null ? 1 : 0) + (clusterConnection != null ? 1 : 0);
    if (set != 1) {
      throw new IllegalStateException("set exactly one of uri, clusterUri, client, connection or clusterConnection ("
          + set + " set)");
    }
    if (clusterConnection != null || clusterUri != null) {
      int open = keyPrefix.indexOf('{');
      if (open < 0 || keyPrefix.indexOf('}', open + 2) < 0) {
        throw new IllegalArgumentException("keyPrefix: must contain a hash tag such as {waba} on a Redis Cluster,"
            + " so every key of the store is in one slot, was '" + keyPrefix + "'");
      }
      return clusterConnection != null ? of(clusterConnection, failure)
          : connectCluster(Objects.requireNonNull(clusterUri), timeout, failure);
    }
    if (connection != null) {
      return of(connection, failure);
    }
    if (client != null) {
      return connect(client, failure);
    }
    return connect(Objects.requireNonNull(uri), timeout, failure);
  }

  /** Creates a client for {@code uri} with {@link #clientOptions} and connects; closes both on {@link #close}. */
  public static RedisConnector connect(RedisURI uri, Duration timeout,
      BiFunction<String, RuntimeException, RuntimeException> failure) {
    RedisClient client = RedisClient.create(uri);
    client.setOptions(clientOptions(timeout));
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      return new RedisConnector(connection.sync(), connection, client, failure);
    } catch (RedisException e) {
      client.shutdown();
      throw failure.apply("cannot connect to Redis at " + uri.getHost() + ":" + uri.getPort(), e);
    }
  }

  /**
   * Creates a Cluster client seeded with {@code uri} (options as {@link #clientOptions}, except that commands wait up
   * to the timeout for a node connection); closes it on close.
   */
  public static RedisConnector connectCluster(RedisURI uri, Duration timeout,
      BiFunction<String, RuntimeException, RuntimeException> failure) {
    RedisClusterClient client = RedisClusterClient.create(uri);
    // Node connections open lazily, so commands wait for them (bounded by the timeout) instead of being rejected.
    client.setOptions(ClusterClientOptions.builder(clientOptions(timeout))
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.ACCEPT_COMMANDS)
        .build());
    try {
      StatefulRedisClusterConnection<String, String> connection = client.connect();
      return new RedisConnector(connection.sync(), connection, client, failure);
    } catch (RedisException e) {
      client.shutdown();
      throw failure.apply("cannot connect to the Redis Cluster at " + uri.getHost() + ":" + uri.getPort(), e);
    }
  }

  /** Connects with the caller's client (its options apply); closes the connection, not the client. */
  public static RedisConnector connect(RedisClient client,
      BiFunction<String, RuntimeException, RuntimeException> failure) {
    try {
      StatefulRedisConnection<String, String> connection = client.connect();
      return new RedisConnector(connection.sync(), connection, null, failure);
    } catch (RedisException e) {
      throw failure.apply("cannot connect to Redis", e);
    }
  }

  /** Uses the caller's connection, which stays theirs to close. */
  public static RedisConnector of(StatefulRedisConnection<String, String> connection,
      BiFunction<String, RuntimeException, RuntimeException> failure) {
    return new RedisConnector(connection.sync(), null, null, failure);
  }

  /** Uses the caller's Cluster connection, which stays theirs to close. */
  public static RedisConnector of(StatefulRedisClusterConnection<String, String> connection,
      BiFunction<String, RuntimeException, RuntimeException> failure) {
    return new RedisConnector(connection.sync(), null, null, failure);
  }

  /** Runs {@code script}; {@code what} names the operation in the exception when Redis fails. */
  public <T> T eval(String what, LuaScript script, ScriptOutputType type, String[] keys, String... args) {
    return call(what, c -> {
      try {
        return c.evalsha(script.sha1(), type, keys, args);
      } catch (RedisNoScriptException e) {
        return c.eval(script.source(), type, keys, args);
      }
    });
  }

  /** Runs plain commands; {@code what} names the operation in the exception when Redis fails. */
  public <T> T call(String what, Function<RedisClusterCommands<String, String>, T> action) {
    try {
      return action.apply(commands);
    } catch (RedisException e) {
      throw failure.apply(what + " failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      // Already closed when the client it came from was shut down first (e.g. by Spring's connection factory).
      if (ownedConnection != null && ownedConnection.isOpen()) {
        ownedConnection.close();
      }
    } catch (RuntimeException e) {
      // Closing a broken connection has nothing left to release.
    } finally {
      if (ownedClient != null) {
        ownedClient.shutdown();
      }
    }
  }
}
