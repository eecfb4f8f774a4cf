package dev.wabasdk.redis;

import dev.wabasdk.campaign.CampaignControl;
import dev.wabasdk.campaign.CampaignOutbox;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignState;
import dev.wabasdk.campaign.OutboxEntry;
import dev.wabasdk.campaign.OutboxRecord;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.campaign.StopReason;
import dev.wabasdk.campaign.Transition;
import dev.wabasdk.redis.internal.ConnectionSource;
import dev.wabasdk.redis.internal.LuaScript;
import dev.wabasdk.redis.internal.RedisConnector;
import io.lettuce.core.Consumer;
import io.lettuce.core.MapScanCursor;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.models.stream.ClaimedMessages;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A {@link CampaignOutbox} in Redis, so several app instances share one campaign and a crash or a redeploy loses
 * nothing. Redis's own primitives do the coordination, no protocol of ours:
 * <ul>
 *   <li>the queue is a Redis Stream, {@code <prefix>campaign:{<id>}:queue}, read with a consumer group
 *       ({@code XREADGROUP}); an instance's claims are its pending entries, and {@code XAUTOCLAIM} hands entries
 *       idle longer than the lease (their instance died) to a live instance; a done entry is {@code XACK}ed and
 *       deleted, so {@code XLEN} is the backlog;
 *   <li>each recipient's send record is a field of the hash {@code ...:records}, changed only by one Lua script
 *       that compares state and owner and sets the new value atomically, with the counters in {@code ...:counters}
 *       in step; {@code PENDING -> ATTEMPTING} is the fence no two instances both pass;
 *   <li>queueing the source ({@code ...:meta}: loader lease, offset) appends a batch and moves the offset in one
 *       script, so a loader that dies mid-way is resumed at the exact row by another instance.
 * </ul>
 * Scripts are loaded once and run by SHA-1. The keys of one campaign share the hash tag {@code {<id>}}, so scripts
 * work on a Redis Cluster (or the prefix's own hash tag, which then wins). Keys do not expire; {@link #delete}
 * removes a finished campaign. Durability is Redis's: use AOF ({@code appendfsync everysec} or {@code always}) when
 * a Redis crash must not forget an attempt. Thread-safe.
 *
 * <pre>{@code
 * CampaignRunner runner = CampaignRunner.builder(whatsApp)
 *     .outbox(RedisCampaignOutbox.builder().uri("redis://localhost:6379").build())
 *     .build();
 * }</pre>
 */
public final class RedisCampaignOutbox implements CampaignOutbox, AutoCloseable {
  private static final String GROUP = "senders";
  private static final char SEP = '|';
  private static final char PARAM_SEP = '\u001F';

  /** KEYS meta; ARGV owner, now ms, lease ms: the offset to resume at, or -1. */
  private static final LuaScript ACQUIRE = LuaScript.of("""
      if redis.call('HGET', KEYS[1], 'loaded') == '1' then return -1 end
      local l = redis.call('HGET', KEYS[1], 'loader')
      local u = tonumber(redis.call('HGET', KEYS[1], 'loader_until') or '0')
      if l and l ~= ARGV[1] and u > tonumber(ARGV[2]) then return -1 end
      redis.call('HSET', KEYS[1], 'loader', ARGV[1], 'loader_until', tonumber(ARGV[2]) + tonumber(ARGV[3]))
      return tonumber(redis.call('HGET', KEYS[1], 'offset') or '0')
      """);

  /** KEYS meta, queue, counters; ARGV owner, offset, last, now, lease, n, then to/p/z/nb per recipient. */
  private static final LuaScript ENQUEUE = LuaScript.of("""
      if redis.call('HGET', KEYS[1], 'loader') ~= ARGV[1] then return 0 end
      if redis.call('HGET', KEYS[1], 'loaded') == '1' then return 0 end
      if tonumber(redis.call('HGET', KEYS[1], 'offset') or '0') ~= tonumber(ARGV[2]) then return 0 end
      local n = tonumber(ARGV[6])
      for i = 0, n - 1 do
        local b = 7 + i * 4
        redis.call('XADD', KEYS[2], '*', 'to', ARGV[b], 'p', ARGV[b + 1], 'z', ARGV[b + 2], 'nb', ARGV[b + 3])
      end
      redis.call('HINCRBY', KEYS[1], 'offset', n)
      redis.call('HINCRBY', KEYS[3], 'queued', n)
      if ARGV[3] == '1' then redis.call('HSET', KEYS[1], 'loaded', '1') end
      redis.call('HSET', KEYS[1], 'loader_until', tonumber(ARGV[4]) + tonumber(ARGV[5]))
      return 1
      """);

  /** KEYS queue; ARGV id: acknowledges and deletes the entry. */
  private static final LuaScript ACK = LuaScript.of("""
      local n = redis.call('XACK', KEYS[1], 'senders', ARGV[1])
      redis.call('XDEL', KEYS[1], ARGV[1])
      return n
      """);

  /** KEYS queue; ARGV id, to, p, z, nb: re-queues the entry if it was still pending. */
  private static final LuaScript DEFER = LuaScript.of("""
      if redis.call('XACK', KEYS[1], 'senders', ARGV[1]) == 0 then return 0 end
      redis.call('XDEL', KEYS[1], ARGV[1])
      redis.call('XADD', KEYS[1], '*', 'to', ARGV[2], 'p', ARGV[3], 'z', ARGV[4], 'nb', ARGV[5])
      return 1
      """);

  /**
   * KEYS records, counters; ARGV key, expected states (",A,B,"), owner or '', new value or '', new state or '':
   * {applied, value now}.
   */
  private static final LuaScript TRANSITION = LuaScript.of("""
      local cur = redis.call('HGET', KEYS[1], ARGV[1])
      local st = 'PENDING'
      local ow = ''
      if cur then
        local i = string.find(cur, '|', 1, true)
        local j = string.find(cur, '|', i + 1, true)
        st = string.sub(cur, 1, i - 1)
        ow = string.sub(cur, i + 1, j - 1)
      end
      if not string.find(ARGV[2], ',' .. st .. ',', 1, true) then return {0, cur or ''} end
      if ARGV[3] ~= '' and ow ~= ARGV[3] then return {0, cur or ''} end
      if ARGV[4] == '' then redis.call('HDEL', KEYS[1], ARGV[1]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[4]) end
      if st ~= 'PENDING' then redis.call('HINCRBY', KEYS[2], 'state:' .. st, -1) end
      if ARGV[5] ~= '' then redis.call('HINCRBY', KEYS[2], 'state:' .. ARGV[5], 1) end
      return {1, ARGV[4]}
      """);

  /** KEYS statuses, counters; ARGV key, status, rank, error code or '', billable-as or '', currency or '', micros. */
  private static final LuaScript STATUS = LuaScript.of("""
      local v = redis.call('HGET', KEYS[1], ARGV[1])
      local seen = 0
      local billed = false
      if v then
        local i = string.find(v, '|', 1, true)
        if i then seen = tonumber(string.sub(v, 1, i - 1)); billed = true else seen = tonumber(v) end
      end
      local rank = tonumber(ARGV[3])
      local counted = 0
      local names = {'sent', 'delivered', 'read'}
      if rank > seen then
        if rank <= 3 then
          for r = seen + 1, rank do redis.call('HINCRBY', KEYS[2], 'status:' .. names[r], 1) end
        else
          redis.call('HINCRBY', KEYS[2], 'status:' .. ARGV[2], 1)
        end
        if ARGV[4] ~= '' then redis.call('HINCRBY', KEYS[2], 'error:' .. ARGV[4], 1) end
        seen = rank
        counted = 1
      end
      if ARGV[5] ~= '' and not billed then
        redis.call('HINCRBY', KEYS[2], 'billable:' .. ARGV[5], 1)
        if ARGV[6] ~= '' then redis.call('HINCRBY', KEYS[2], 'cost_micros:' .. ARGV[6], ARGV[7]) end
        billed = true
        counted = 1
      end
      if billed then redis.call('HSET', KEYS[1], ARGV[1], seen .. '|b') else redis.call('HSET', KEYS[1], ARGV[1], seen) end
      return counted
      """);

  /** KEYS meta; ARGV new control: sets it unless the campaign is cancelled or finished; returns the control now. */
  private static final LuaScript CONTROL = LuaScript.of("""
      local cur = redis.call('HGET', KEYS[1], 'control')
      if cur and (string.sub(cur, 1, 10) == 'CANCELLED|' or string.sub(cur, 1, 9) == 'FINISHED|') then return cur end
      redis.call('HSET', KEYS[1], 'control', ARGV[1])
      return ARGV[1]
      """);

  private final RedisConnector redis;
  private final String prefix;
  private final Clock clock;
  private final Set<String> groups = ConcurrentHashMap.newKeySet();

  private RedisCampaignOutbox(Builder b, RedisConnector redis) {
    this.redis = redis;
    this.prefix = b.source.keyPrefix();
    this.clock = b.clock;
  }

  /**
   * A builder; set one of {@code uri}, {@code clusterUri}, {@code client}, {@code connection} or
   * {@code clusterConnection}.
   */
  public static Builder builder() {
    return new Builder();
  }

  private String key(String campaign, String part) {
    Objects.requireNonNull(campaign, "campaign");
    return prefix + "campaign:{" + campaign + "}:" + part;
  }

  private String queue(String campaign) {
    String q = key(campaign, "queue");
    if (!groups.contains(q)) {
      redis.call("create the campaign's consumer group", c -> {
        try {
          return c.xgroupCreate(XReadArgs.StreamOffset.from(q, "0"), GROUP, XGroupCreateArgs.Builder.mkstream());
        } catch (RedisBusyException e) {
          return "OK"; // another instance created it
        }
      });
      groups.add(q);
    }
    return q;
  }

  @Override
  public long acquireLoader(String campaign, String owner, Duration lease) {
    checkOwner(owner);
    Long offset = redis.eval("acquire the campaign loader", ACQUIRE, ScriptOutputType.INTEGER,
        new String[] {key(campaign, "meta")}, owner, Long.toString(clock.millis()), Long.toString(lease.toMillis()));
    return offset;
  }

  @Override
  public boolean enqueue(String campaign, String owner, long offset, List<CampaignRecipient> batch, boolean last,
      Duration lease) {
    checkOwner(owner);
    String q = queue(campaign);
    List<String> args = new ArrayList<>(6 + batch.size() * 4);
    args.addAll(List.of(owner, Long.toString(offset), last ? "1" : "0", Long.toString(clock.millis()),
        Long.toString(lease.toMillis()), Integer.toString(batch.size())));
    String now = Long.toString(clock.millis());
    for (CampaignRecipient r : batch) {
      args.add(r.phoneNumber());
      args.add(params(r.parameters()));
      args.add(r.zone() == null ? "" : r.zone().getId());
      args.add(now);
    }
    Long ok = redis.eval("queue campaign recipients", ENQUEUE, ScriptOutputType.INTEGER,
        new String[] {key(campaign, "meta"), q, key(campaign, "counters")}, args.toArray(new String[0]));
    return ok == 1L;
  }

  @Override
  public boolean loaded(String campaign) {
    return "1".equals(redis.call("read the campaign state", c -> c.hget(key(campaign, "meta"), "loaded")));
  }

  @Override
  public long backlog(String campaign) {
    String q = key(campaign, "queue");
    Long n = redis.call("read the campaign backlog", c -> c.xlen(q));
    return n == null ? 0 : n;
  }

  @Override
  public List<OutboxEntry> claim(String campaign, String owner, int max, Duration lease) {
    checkOwner(owner);
    String q = queue(campaign);
    Consumer<String> consumer = Consumer.from(GROUP, owner);
    List<OutboxEntry> out = new ArrayList<>(max);
    ClaimedMessages<String, String> reclaimed = redis.call("reclaim campaign entries", c -> c.xautoclaim(q,
        XAutoClaimArgs.Builder.xautoclaim(consumer, lease, "0-0").count(max)));
    if (reclaimed != null) {
      for (StreamMessage<String, String> m : reclaimed.getMessages()) {
        if (m != null && m.getBody() != null && !m.getBody().isEmpty()) {
          out.add(entry(m));
        }
      }
    }
    if (out.size() < max) {
      int more = max - out.size();
      List<StreamMessage<String, String>> fresh = redis.call("claim campaign entries", c -> c.xreadgroup(consumer,
          XReadArgs.Builder.count(more), XReadArgs.StreamOffset.lastConsumed(q)));
      if (fresh != null) {
        for (StreamMessage<String, String> m : fresh) {
          out.add(entry(m));
        }
      }
    }
    return out;
  }

  @Override
  public void ack(String campaign, OutboxEntry entry) {
    redis.eval("acknowledge a campaign entry", ACK, ScriptOutputType.INTEGER, new String[] {queue(campaign)},
        entry.id());
  }

  @Override
  public void defer(String campaign, OutboxEntry entry, Instant notBefore) {
    CampaignRecipient r = entry.recipient();
    redis.eval("defer a campaign entry", DEFER, ScriptOutputType.INTEGER, new String[] {queue(campaign)},
        entry.id(), r.phoneNumber(), params(r.parameters()), r.zone() == null ? "" : r.zone().getId(),
        Long.toString(notBefore.toEpochMilli()));
  }

  @Override
  public Transition transition(String campaign, String key, Set<SendState> from, @Nullable String owner,
      @Nullable OutboxRecord to) {
    Objects.requireNonNull(key, "key");
    String expected = from.stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    List<Object> result = redis.eval("change a campaign send record", TRANSITION, ScriptOutputType.MULTI,
        new String[] {key(campaign, "records"), key(campaign, "counters")}, key, expected,
        owner == null ? "" : owner, to == null ? "" : encode(to), to == null ? "" : to.state().name());
    boolean applied = ((Long) result.get(0)) == 1L;
    String value = (String) result.get(1);
    return new Transition(applied, value == null || value.isEmpty() ? null : decode(key, value));
  }

  @Override
  public @Nullable OutboxRecord record(String campaign, String key) {
    String value = redis.call("read a campaign send record", c -> c.hget(key(campaign, "records"), key));
    return value == null ? null : decode(key, value);
  }

  @Override
  public Stream<OutboxRecord> records(String campaign) {
    String records = key(campaign, "records");
    Iterator<OutboxRecord> it = new Iterator<>() {
      private @Nullable ScanCursor cursor = ScanCursor.INITIAL;
      private Iterator<Map.Entry<String, String>> page = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!page.hasNext() && cursor != null) {
          ScanCursor at = cursor;
          MapScanCursor<String, String> next = redis.call("read campaign send records",
              c -> c.hscan(records, at, ScanArgs.Builder.limit(1000)));
          page = next.getMap().entrySet().iterator();
          cursor = next.isFinished() ? null : next;
        }
        return page.hasNext();
      }

      @Override
      public OutboxRecord next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Map.Entry<String, String> e = page.next();
        return decode(e.getKey(), e.getValue());
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
  }

  @Override
  public boolean recordStatus(String campaign, String key, String status, int rank, @Nullable Integer errorCode,
      @Nullable String billableAs, @Nullable String currency, long costMicros) {
    Long counted = redis.eval("record a campaign status", STATUS, ScriptOutputType.INTEGER,
        new String[] {key(campaign, "statuses"), key(campaign, "counters")}, key, status, Integer.toString(rank),
        errorCode == null ? "" : errorCode.toString(), billableAs == null ? "" : billableAs,
        currency == null ? "" : currency, Long.toString(costMicros));
    return counted == 1L;
  }

  @Override
  public Map<String, Long> counters(String campaign) {
    Map<String, String> raw = redis.call("read campaign counters", c -> c.hgetall(key(campaign, "counters")));
    Map<String, Long> out = new LinkedHashMap<>();
    raw.forEach((k, v) -> {
      long n = Long.parseLong(v);
      if (n != 0) {
        out.put(k, n);
      }
    });
    return out;
  }

  @Override
  public CampaignControl control(String campaign) {
    String v = redis.call("read the campaign state", c -> c.hget(key(campaign, "meta"), "control"));
    return v == null ? CampaignControl.RUNNING : decodeControl(v);
  }

  @Override
  public CampaignControl control(String campaign, CampaignControl control) {
    String v = redis.eval("change the campaign state", CONTROL, ScriptOutputType.VALUE,
        new String[] {key(campaign, "meta")}, control.state().name() + SEP
            + (control.reason() == null ? "" : control.reason().value()) + SEP + control.detail());
    return decodeControl(v);
  }

  /** Deletes every key of a campaign (its queue, records, counters and state). */
  public void delete(String campaign) {
    String[] keys = Stream.of("queue", "records", "counters", "statuses", "meta").map(p -> key(campaign, p))
        .toArray(String[]::new);
    redis.call("delete a campaign", c -> c.del(keys));
    groups.remove(key(campaign, "queue"));
  }

  /** The key prefix every key of this outbox starts with. */
  public String keyPrefix() {
    return prefix;
  }

  /** Closes the connection and client this outbox opened from a URI or client; a given connection stays open. */
  @Override
  public void close() {
    redis.close();
  }

  @Override
  public String toString() {
    return "RedisCampaignOutbox{keyPrefix=" + prefix + "}";
  }

  private static void checkOwner(String owner) {
    Objects.requireNonNull(owner, "owner");
    if (owner.isEmpty() || owner.indexOf(SEP) >= 0) {
      throw new IllegalArgumentException("owner: must be non-empty without '|', was '" + owner + "'");
    }
  }

  private static String params(List<String> parameters) {
    return String.join(String.valueOf(PARAM_SEP), parameters);
  }

  private static OutboxEntry entry(StreamMessage<String, String> m) {
    Map<String, String> body = m.getBody();
    String p = body.getOrDefault("p", "");
    List<String> params = p.isEmpty() ? List.of() : Arrays.asList(p.split(String.valueOf(PARAM_SEP), -1));
    String z = body.getOrDefault("z", "");
    CampaignRecipient r = new CampaignRecipient(body.getOrDefault("to", ""), params, z.isEmpty() ? null
        : ZoneId.of(z));
    return new OutboxEntry(m.getId(), r, Instant.ofEpochMilli(Long.parseLong(body.getOrDefault("nb", "0"))));
  }

  /** {@code state|owner|at ms|message id|detail}: the detail last, so it may contain the separator. */
  private static String encode(OutboxRecord r) {
    return r.state().name() + SEP + r.owner() + SEP + r.at().toEpochMilli() + SEP
        + (r.messageId() == null ? "" : r.messageId()) + SEP + r.detail();
  }

  private static OutboxRecord decode(String key, String value) {
    String[] f = value.split("\\|", 5);
    return new OutboxRecord(key, SendState.valueOf(f[0]), f[1], Instant.ofEpochMilli(Long.parseLong(f[2])),
        f[3].isEmpty() ? null : f[3], f.length > 4 ? f[4] : "");
  }

  private static CampaignControl decodeControl(String v) {
    String[] f = v.split("\\|", 3);
    return new CampaignControl(CampaignState.valueOf(f[0]), f[1].isEmpty() ? null : StopReason.of(f[1]),
        f.length > 2 ? f[2] : "");
  }

  static RuntimeException failure(String message, RuntimeException cause) {
    return new RedisStoreException("Redis campaign outbox: " + message, cause);
  }

  /** Configures a {@link RedisCampaignOutbox}. Not thread-safe. */
  public static final class Builder {
    private final ConnectionSource source =
        new ConnectionSource(RedisConversationStore.DEFAULT_KEY_PREFIX, RedisConversationStore.DEFAULT_COMMAND_TIMEOUT);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Connects to this URI with a client the outbox creates and closes. */
    public Builder uri(String uri) {
      source.uri(uri);
      return this;
    }

    /** Connects to this URI. */
    public Builder uri(RedisURI uri) {
      source.uri(uri);
      return this;
    }

    /** Connects with this client (the outbox closes only the connection it opens). */
    public Builder client(RedisClient client) {
      source.client(client);
      return this;
    }

    /**
     * Connects to a Redis Cluster seeded with this node's URI ({@code redis://host:port}), with a Cluster client the
     * outbox creates and closes (the other nodes are discovered). The key prefix must contain a hash tag.
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

    /** Uses this connection (not closed by the outbox). */
    public Builder connection(StatefulRedisConnection<String, String> connection) {
      source.connection(connection);
      return this;
    }

    /**
     * Uses this Redis Cluster connection (not closed by the outbox). The key prefix must contain a hash tag
     * ({@code {...}}) so every key of the outbox is in one slot, as its scripts require.
     */
    public Builder clusterConnection(StatefulRedisClusterConnection<String, String> connection) {
      source.clusterConnection(connection);
      return this;
    }

    /**
     * The prefix of every key; default {@value RedisConversationStore#DEFAULT_KEY_PREFIX}, the stores' own, whose
     * hash tag keeps every key in one slot on a Redis Cluster.
     */
    public Builder keyPrefix(String keyPrefix) {
      source.keyPrefix(keyPrefix);
      return this;
    }

    /** How long a command may take before it fails. */
    public Builder commandTimeout(Duration commandTimeout) {
      source.commandTimeout(commandTimeout);
      return this;
    }

    /** The clock of the loader lease and of queued entries (claims use Redis's own idle time). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Connects (for a URI or client) and builds the outbox.
     *
     * @throws RedisStoreException when Redis cannot be reached
     */
    public RedisCampaignOutbox build() {
      return new RedisCampaignOutbox(this, source.open(RedisCampaignOutbox::failure));
    }
  }
}
