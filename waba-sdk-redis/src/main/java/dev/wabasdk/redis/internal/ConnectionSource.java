package dev.wabasdk.redis.internal;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Where a store's connection comes from, as both store builders configure it: one of a URI, a Cluster seed URI, a
 * client, a connection or a Cluster connection, plus the key prefix and the command timeout, each validated when
 * set. {@link #open} checks that exactly one source is set and connects. Not thread-safe (a builder's state).
 */
public final class ConnectionSource {
  private @Nullable RedisURI uri;
  private @Nullable RedisURI clusterUri;
  private @Nullable RedisClient client;
  private @Nullable StatefulRedisConnection<String, String> connection;
  private @Nullable StatefulRedisClusterConnection<String, String> clusterConnection;
  private String keyPrefix;
  private Duration commandTimeout;

  /** A source with nothing set yet and these defaults. */
  public ConnectionSource(String defaultKeyPrefix, Duration defaultCommandTimeout) {
    this.keyPrefix = defaultKeyPrefix;
    this.commandTimeout = defaultCommandTimeout;
  }

  /** Parses a Redis URI; a bad one is rejected without echoing it (it may hold a password). */
  public void uri(String uri) {
    Objects.requireNonNull(uri, "uri");
    try {
      uri(RedisURI.create(uri));
    } catch (IllegalArgumentException e) {
      // Lettuce's message may echo the URI, password included: keep only what is safe.
      throw new IllegalArgumentException("uri: not a Redis URI (redis://host:port, rediss://, redis-sentinel://)");
    }
  }

  public void uri(RedisURI uri) {
    this.uri = Objects.requireNonNull(uri, "uri");
  }

  /** Parses a Cluster seed URI; a bad one is rejected without echoing it. */
  public void clusterUri(String uri) {
    Objects.requireNonNull(uri, "uri");
    try {
      clusterUri(RedisURI.create(uri));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("clusterUri: not a Redis URI (redis://host:port, rediss://host:port)");
    }
  }

  public void clusterUri(RedisURI uri) {
    this.clusterUri = Objects.requireNonNull(uri, "uri");
  }

  public void client(RedisClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  public void connection(StatefulRedisConnection<String, String> connection) {
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  public void clusterConnection(StatefulRedisClusterConnection<String, String> connection) {
    this.clusterConnection = Objects.requireNonNull(connection, "connection");
  }

  /** Sets the key prefix: 1 to 64 characters. */
  public void keyPrefix(String keyPrefix) {
    Objects.requireNonNull(keyPrefix, "keyPrefix");
    if (keyPrefix.isEmpty() || keyPrefix.length() > 64) {
      throw new IllegalArgumentException("keyPrefix: must be 1 to 64 characters, was '" + keyPrefix + "'");
    }
    this.keyPrefix = keyPrefix;
  }

  public String keyPrefix() {
    return keyPrefix;
  }

  /** Sets the command timeout of a client created from a URI: positive. */
  public void commandTimeout(Duration commandTimeout) {
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    if (commandTimeout.isNegative() || commandTimeout.isZero()) {
      throw new IllegalArgumentException("commandTimeout: must be positive, was " + commandTimeout);
    }
    this.commandTimeout = commandTimeout;
  }

  /** Connects (for a URI or client) as {@link RedisConnector#open} does; {@code failure} makes the store's exception. */
  public RedisConnector open(BiFunction<String, RuntimeException, RuntimeException> failure) {
    return RedisConnector.open(uri, clusterUri, client, connection, clusterConnection, keyPrefix, commandTimeout,
        failure);
  }
}
