package dev.wabasdk.redis;

import dev.wabasdk.policy.ConversationStore;
import dev.wabasdk.policy.ConversationStoreException;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.SentMessage;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.policy.TemplateInfo;
import dev.wabasdk.policy.TemplateSendReads;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.policy.UserState;
import dev.wabasdk.redis.internal.ConnectionSource;
import dev.wabasdk.redis.internal.ConversationScripts;
import dev.wabasdk.redis.internal.LuaScript;
import dev.wabasdk.redis.internal.RedisConnector;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyValue;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ConversationStore} in Redis, so the policy engines of several app instances share one view of windows,
 * reached users, opt-outs, call permissions and call limits, the tier, template statuses and account restrictions
 * (every fact the in-memory store keeps, including the windows of groups). Every operation is one Lua script, atomic on the
 * server: two instances never count one user twice against the messaging limit, and of two concurrent
 * {@link #claimSend claims} no more pass than the pair rate's burst allows.
 *
 * <pre>{@code
 * RedisConversationStore store = RedisConversationStore.builder()
 *     .uri("redis://localhost:6379")
 *     .build();
 * PolicyEngine policy = PolicyEngine.builder().store(store).build();
 * }</pre>
 *
 * <p>Users expire {@link Builder#retention} (default 7 days) after their last fact, with every key naming them;
 * opted-out users are kept until they opt back in; reached users leave the counter after 24 hours. When Redis
 * fails, operations throw {@link ConversationStoreException} and the engine applies its
 * {@link dev.wabasdk.policy.StoreFailureMode}; the store reconnects by itself. Thread-safe; {@link #close()}
 * releases the connection (and client) it opened, never one it was given.
 */
public final class RedisConversationStore implements ConversationStore, AutoCloseable {
  /** The default key prefix; its {@code {waba}} hash tag keeps every key in one Cluster slot. */
  public static final String DEFAULT_KEY_PREFIX = "{waba}:";
  /** The default retention of a user without new facts: 7 days. */
  public static final Duration DEFAULT_RETENTION = Duration.ofDays(7);
  /** The default command timeout for a client this store creates from a URI: 2 seconds. */
  public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

  private static final OptOut[] OPT_OUTS = OptOut.values();
  private static final long[] NO_TIMES = new long[0];

  private final RedisConnector redis;
  private final String prefix;
  private final String retention;
  private final String[] reachKey;
  private final String tierKey;
  private final String templatesKey;
  private final String restrictionsKey;

  private RedisConversationStore(Builder b, RedisConnector redis) {
    this.redis = redis;
    this.prefix = b.source.keyPrefix();
    this.retention = Long.toString(b.retention.getSeconds());
    this.reachKey = new String[] {prefix + "reach"};
    this.tierKey = prefix + "tier";
    this.templatesKey = prefix + "tpl";
    this.restrictionsKey = prefix + "restrictions";
  }

  /**
   * A builder; set one of {@code uri}, {@code clusterUri}, {@code client}, {@code connection} or
   * {@code clusterConnection}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The Lettuce client options the stores use for a client they create, for your own client: commands fail at once
   * while Redis is unreachable, the connection comes back by itself, and each command times out after
   * {@code commandTimeout}. {@code client.setOptions(RedisConversationStore.clientOptions(Duration.ofSeconds(2)))}.
   */
  public static ClientOptions clientOptions(Duration commandTimeout) {
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    return RedisConnector.clientOptions(commandTimeout);
  }

  @Override
  public UserState user(String key) {
    return state(run("read user", ConversationScripts.USER, ScriptOutputType.MULTI, checkKey(key)));
  }

  /** One script instead of five reads (the user, template, restriction, tier and reached users): one round trip. */
  @Override
  public TemplateSendReads readTemplateSend(String key, String name, String language, String restrictionType,
      long now) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(restrictionType, "restrictionType");
    // Named as the single reads' first step, so a failure explains a decision in the same words.
    List<@Nullable String> v = run("read user", ConversationScripts.TEMPLATE_SEND, ScriptOutputType.MULTI,
        checkKey(key), statusField(name, language), categoryField(name, language), restrictionType,
        Long.toString(now - DAY_SECONDS), callPermissionField(name, language));
    String tier = v.get(16);
    String count = v.get(17);
    return new TemplateSendReads(state(v), templateInfo(v.get(13), v.get(14), v.get(18)), time(v.get(15)),
        tier == null ? null : MessagingLimitTier.of(tier), count == null ? 0 : Integer.parseInt(count));
  }

  /** The user's state from the first 13 values of {@link ConversationScripts#USER}'s answer. */
  private static UserState state(List<@Nullable String> v) {
    if (allNull(v, 13)) {
      return UserState.EMPTY;
    }
    String o = v.get(5);
    long permission = time(v.get(9));
    return new State(time(v.get(0)), time(v.get(1)), time(v.get(2)), time(v.get(3)), time(v.get(4)),
        o == null ? OptOut.NONE : OptOut.valueOf(o), time(v.get(6)), times(v.get(7)), time(v.get(8)),
        permission >= ConversationScripts.PERMANENT ? UserState.PERMANENT : permission, time(v.get(10)),
        times(v.get(11)), times(v.get(12)));
  }

  @Override
  public void link(String key, String otherKey) {
    run("link users", ConversationScripts.LINK, ScriptOutputType.INTEGER, checkKey(key), checkKey(otherKey));
  }

  @Override
  public void recordInbound(String key, long at, boolean referral) {
    run("record inbound", ConversationScripts.INBOUND, ScriptOutputType.INTEGER, checkKey(key), Long.toString(at),
        flag(referral));
  }

  @Override
  public void recordSent(SentMessage sent) {
    run("record sent", ConversationScripts.SENT, ScriptOutputType.INTEGER, checkKey(sent.key()),
        Long.toString(sent.at()), Long.toString(sent.pairRateIntervalSeconds()), flag(sent.businessInitiated()),
        flag(sent.marketing()));
  }

  @Override
  public boolean claimSend(String key, long at, long intervalSeconds, int burst) {
    if (intervalSeconds < 1 || burst < 1) {
      throw new IllegalArgumentException("intervalSeconds and burst: must be at least 1, were " + intervalSeconds
          + " and " + burst);
    }
    Long claimed = run("claim send", ConversationScripts.CLAIM_SEND, ScriptOutputType.INTEGER, checkKey(key),
        Long.toString(at), Long.toString(intervalSeconds), Integer.toString(burst));
    return claimed == 1L;
  }

  /** One script instead of the two claims: one round trip. */
  @Override
  public boolean claimSendAndReach(String key, long at, long intervalSeconds, int burst, int limit) {
    if (intervalSeconds < 1 || burst < 1) {
      throw new IllegalArgumentException("intervalSeconds and burst: must be at least 1, were " + intervalSeconds
          + " and " + burst);
    }
    // Named as the first of the two claims, so a failure explains a decision in the same words.
    Long claimed = run("claim send", ConversationScripts.CLAIM_SEND_AND_REACH, ScriptOutputType.INTEGER,
        checkKey(key), Long.toString(at), Long.toString(intervalSeconds), Integer.toString(burst),
        Integer.toString(limit));
    return claimed == 1L;
  }

  @Override
  public boolean claimReach(String key, long at, int limit) {
    Long claimed = run("claim reach", ConversationScripts.CLAIM_REACH, ScriptOutputType.INTEGER, checkKey(key),
        Long.toString(at), Integer.toString(limit));
    return claimed == 1L;
  }

  @Override
  public void recordFreeEntryPoint(String key, long until) {
    run("record free entry point", ConversationScripts.FREE_ENTRY_POINT, ScriptOutputType.INTEGER, checkKey(key),
        Long.toString(until));
  }

  @Override
  public void recordOptOut(String key, OptOut optOut, long at) {
    Objects.requireNonNull(optOut, "optOut");
    run("record opt-out", ConversationScripts.OPT_OUT, ScriptOutputType.INTEGER, checkKey(key), optOut.name(),
        Long.toString(at));
  }

  @Override
  public void recordMarketingNotDelivered(String key, long at) {
    run("record marketing not delivered", ConversationScripts.MARKETING_NOT_DELIVERED, ScriptOutputType.INTEGER,
        checkKey(key), Long.toString(at));
  }

  @Override
  public void recordCallPermission(String key, long until) {
    long stored = until <= 0 ? 0 : Math.min(until, ConversationScripts.PERMANENT);
    run("record call permission", ConversationScripts.CALL_PERMISSION, ScriptOutputType.INTEGER, checkKey(key),
        Long.toString(stored));
  }

  @Override
  public void recordCallPermissionRequest(String key, long at) {
    run("record call permission request", ConversationScripts.CALL_PERMISSION_REQUEST, ScriptOutputType.INTEGER,
        checkKey(key), Long.toString(at));
  }

  @Override
  public void recordCallConnected(String key, long at, boolean businessInitiated) {
    run("record connected call", ConversationScripts.CALL_CONNECTED, ScriptOutputType.INTEGER, checkKey(key),
        Long.toString(at), flag(businessInitiated));
  }

  @Override
  public int reachedUsers(long now) {
    Long count = redis.call("count reached users",
        c -> c.zcount(reachKey[0], Range.from(Range.Boundary.excluding(now - DAY_SECONDS),
            Range.Boundary.unbounded())));
    return count.intValue();
  }

  @Override
  public @Nullable MessagingLimitTier tier() {
    String tier = redis.call("read tier", c -> c.get(tierKey));
    return tier == null ? null : MessagingLimitTier.of(tier);
  }

  @Override
  public void recordTier(MessagingLimitTier tier) {
    Objects.requireNonNull(tier, "tier");
    redis.call("record tier", c -> c.set(tierKey, tier.value()));
  }

  @Override
  public void recordRestriction(String type, long until) {
    Objects.requireNonNull(type, "type");
    redis.call("record restriction", c -> c.hset(restrictionsKey, type, Long.toString(until)));
  }

  @Override
  public long restrictedUntil(String type) {
    String until = redis.call("read restriction", c -> c.hget(restrictionsKey, Objects.requireNonNull(type, "type")));
    return until == null ? 0 : Long.parseLong(until);
  }

  @Override
  public @Nullable TemplateInfo template(String name, String language) {
    List<KeyValue<String, String>> v = redis.call("read template", c -> c.hmget(templatesKey,
        statusField(name, language), categoryField(name, language), callPermissionField(name, language)));
    return templateInfo(v.get(0).getValueOrElse(null), v.get(1).getValueOrElse(null), v.get(2).getValueOrElse(null));
  }

  private static @Nullable TemplateInfo templateInfo(@Nullable String status, @Nullable String category,
      @Nullable String requestsCallPermission) {
    boolean requests = "1".equals(requestsCallPermission);
    if (status == null && category == null && !requests) {
      return null;
    }
    return new TemplateInfo(status == null ? null : TemplateStatus.of(status),
        category == null ? null : TemplateCategory.of(category), requests);
  }

  @Override
  public void recordTemplateStatus(String name, String language, TemplateStatus status) {
    Objects.requireNonNull(status, "status");
    redis.call("record template status", c -> c.hset(templatesKey, statusField(name, language), status.value()));
  }

  @Override
  public void recordTemplateCategory(String name, String language, TemplateCategory category) {
    Objects.requireNonNull(category, "category");
    redis.call("record template category",
        c -> c.hset(templatesKey, categoryField(name, language), category.value()));
  }

  @Override
  public void recordTemplateCallPermissionRequest(String name, String language, boolean requestsCallPermission) {
    redis.call("record template components",
        c -> c.hset(templatesKey, callPermissionField(name, language), flag(requestsCallPermission)));
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
    return "RedisConversationStore{keyPrefix=" + prefix + ", retention="
        + Duration.ofSeconds(Long.parseLong(retention)) + "}";
  }

  private <T> T run(String what, LuaScript script, ScriptOutputType type, String key) {
    return redis.eval(what, script, type, reachKey, prefix, retention, key);
  }

  private <T> T run(String what, LuaScript script, ScriptOutputType type, String key, String... args) {
    String[] argv = new String[args.length + 3];
    argv[0] = prefix;
    argv[1] = retention;
    argv[2] = key;
    System.arraycopy(args, 0, argv, 3, args.length);
    return redis.eval(what, script, type, reachKey, argv);
  }

  private static boolean allNull(List<@Nullable String> values, int n) {
    for (int i = 0; i < n; i++) {
      if (values.get(i) != null) {
        return false;
      }
    }
    return true;
  }

  private static String checkKey(String key) {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty() || key.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("key: must be a non-empty wa_id or user id without line breaks, was '"
          + key + "'");
    }
    return key;
  }

  private static String statusField(String name, String language) {
    return "s\n" + name + "\n" + language;
  }

  private static String categoryField(String name, String language) {
    return "c\n" + name + "\n" + language;
  }

  private static String callPermissionField(String name, String language) {
    return "r\n" + name + "\n" + language;
  }

  private static String flag(boolean b) {
    return b ? "1" : "0";
  }

  private static long time(@Nullable String s) {
    return s == null ? 0 : Long.parseLong(s);
  }

  /** Comma-separated times, as the scripts write them (digits only); the state never changes the array. */
  private static long[] times(@Nullable String s) {
    if (s == null || s.isEmpty()) {
      return NO_TIMES;
    }
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ',') {
      end--; // as String.split drops trailing empty parts
    }
    int n = end == 0 ? 0 : 1;
    for (int i = 0; i < end; i++) {
      n += s.charAt(i) == ',' ? 1 : 0;
    }
    long[] out = new long[n];
    int from = 0;
    for (int i = 0; i < n; i++) {
      int to = s.indexOf(',', from);
      if (to < 0 || to > end) {
        to = end;
      }
      out[i] = Long.parseLong(s, from, to, 10);
      from = to + 1;
    }
    return out;
  }

  static RuntimeException failure(String message, RuntimeException cause) {
    return new ConversationStoreException("Redis conversation store: " + message, cause);
  }

  /** A snapshot of one user's state, read in one script. */
  private record State(long lastInboundAt, long referralAt, long freeEntryPointUntil, long pairRateUntil,
      long reachedAt, OptOut optOut, long optOutAt, long[] marketing, long marketingNotDeliveredAt,
      long callPermissionUntil, long lastCallConnectedAt, long[] permissionRequests, long[] businessCalls)
      implements UserState {
    @Override
    public int marketingSentSince(long fromEpochSecond) {
      return countSince(marketing, fromEpochSecond);
    }

    @Override
    public int callPermissionRequestsSince(long fromEpochSecond) {
      return countSince(permissionRequests, fromEpochSecond);
    }

    @Override
    public int businessCallsConnectedSince(long fromEpochSecond) {
      return countSince(businessCalls, fromEpochSecond);
    }

    private static int countSince(long[] ascending, long fromEpochSecond) {
      int count = 0;
      for (int i = ascending.length - 1; i >= 0 && ascending[i] >= fromEpochSecond; i--) {
        count++;
      }
      return count;
    }
  }

  /** Configures a {@link RedisConversationStore}. Not thread-safe. */
  public static final class Builder {
    private final ConnectionSource source = new ConnectionSource(DEFAULT_KEY_PREFIX, DEFAULT_COMMAND_TIMEOUT);
    private Duration retention = DEFAULT_RETENTION;

    private Builder() {}

    /**
     * Connects to this URI with a client the store creates and closes: {@code redis://}, {@code rediss://},
     * {@code redis-socket://} or {@code redis-sentinel://} (Lettuce's URI syntax). Commands fail at once while
     * Redis is unreachable and the connection comes back by itself.
     */
    public Builder uri(String uri) {
      source.uri(uri);
      return this;
    }

    /** Connects to this URI (see {@link #uri(String)}). */
    public Builder uri(RedisURI uri) {
      source.uri(uri);
      return this;
    }

    /**
     * Opens a connection with your client (its options apply; see the README for the recommended ones); the
     * store closes the connection, not the client.
     */
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

    /**
     * Uses your Redis Cluster connection; it stays yours to close. The key prefix must contain a hash tag
     * ({@code {...}}) so every key of the store is in one slot, as the scripts require.
     */
    public Builder clusterConnection(StatefulRedisClusterConnection<String, String> connection) {
      source.clusterConnection(connection);
      return this;
    }

    /**
     * The prefix of every key; default {@value RedisConversationStore#DEFAULT_KEY_PREFIX}. Stores with different
     * prefixes are apart: use one per business phone number.
     */
    public Builder keyPrefix(String keyPrefix) {
      source.keyPrefix(keyPrefix);
      return this;
    }

    /**
     * How long a user without new facts is kept; at least 72 hours (the free entry point window); default 7 days
     * (which also covers a 7-day marketing frequency cap).
     */
    public Builder retention(Duration retention) {
      Objects.requireNonNull(retention, "retention");
      if (retention.compareTo(Duration.ofHours(72)) < 0) {
        throw new IllegalArgumentException("retention: must be at least 72 hours, was " + retention);
      }
      this.retention = retention;
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
     * @throws ConversationStoreException when Redis cannot be reached
     */
    public RedisConversationStore build() {
      return new RedisConversationStore(this, source.open(RedisConversationStore::failure));
    }
  }
}
