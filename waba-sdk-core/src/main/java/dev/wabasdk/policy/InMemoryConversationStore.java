package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.internal.ReachCounter;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The default {@link ConversationStore}: in this JVM, thread-safe, bounded. Use the Redis store when several app
 * instances send for one number.
 *
 * <p><b>Memory.</b> A user known by phone number whose state is only the times every decision reads (last
 * inbound message, referral, free entry point, pair rate, reached, opt-in) costs 32 bytes in an open-addressing
 * table keyed by the {@code wa_id} as a number, 43 to 85 bytes with the table's free slots (67 measured with
 * 1,000,000 users); the table answers a decision's look-up from one or two cache lines, with no object per user.
 * A user with more state (an opt-out, marketing sends, call facts, a linked user id) moves to a map: about 105 to
 * 115 bytes on a 64-bit JVM with compressed references (a 48-byte record of 32-bit times, a 16-byte {@code Long}
 * key, a 32-byte map node, 5 to 11 bytes of hash table). A user known only by user id pays ~55 more bytes for the
 * string key; a second key (a linked user id) adds ~95 bytes; a user who received marketing templates adds
 * 16 + 4 bytes per kept send time (at most {@value ConversationStore#MARKETING_HISTORY}). The messaging-limit
 * counter is a fixed 338 KiB ring of per-second slots.
 *
 * <p><b>Eviction.</b> A user whose newest fact is older than {@code retention} (default 7 days, which covers the
 * 24 h window, the 72 h free entry point and a 7-day frequency cap) is evicted by a bounded sweep that runs with
 * the writes (at most 256 users visited per 256 writes), or at once with {@link #evictExpired(Instant)}. Opt-outs
 * are kept until the user opts back in. Above {@code maxUsers} (default 1,000,000) the sweep also evicts users
 * that have not expired yet (never opted-out ones), trading accuracy for bounded memory.
 *
 * <p>Times are kept as seconds since 2020-01-01 in 32-bit unsigned integers (valid until 2156); earlier times
 * are stored as 2020-01-01.
 */
public final class InMemoryConversationStore implements ConversationStore {
  private static final long BASE = 1_577_836_800L; // 2020-01-01T00:00:00Z
  private static final int SWEEP_EVERY = 256;
  private static final int SWEEP_BATCH = 256;

  /** Users with more than the hot times, or known by a key that is not a numeric {@code wa_id}. */
  private final ConcurrentHashMap<Object, UserEntry> users = new ConcurrentHashMap<>();
  /** Users known by a numeric {@code wa_id} with only the hot times; never also in {@link #users}. */
  private final WaIdTable table = new WaIdTable();
  /** False only in tests: every user in the map, the path the table is compared with. */
  private final boolean useTable;
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, TemplateInfo>> templates =
      new ConcurrentHashMap<>();
  private final ReachCounter reach = new ReachCounter();
  private final Object linkLock = new Object();
  private final ReentrantLock sweepLock = new ReentrantLock();
  private final AtomicInteger writes = new AtomicInteger();
  private final long retentionSeconds;
  private final int maxUsers;
  private volatile @Nullable MessagingLimitTier tier;
  private final ConcurrentHashMap<String, Long> restrictions = new ConcurrentHashMap<>();
  private @Nullable Iterator<Map.Entry<Object, UserEntry>> cursor; // guarded by sweepLock
  private int tableCursor; // guarded by sweepLock: segment * 2^24 + slot

  /** A store with a 7-day retention and at most 1,000,000 users. */
  public InMemoryConversationStore() {
    this(Duration.ofDays(7), 1_000_000);
  }

  /**
   * A store with the given retention and size bound.
   *
   * @param retention how long a user without new facts is kept; at least 72 hours (the free entry point window)
   * @param maxUsers the number of tracked users above which not-yet-expired users are evicted
   */
  public InMemoryConversationStore(Duration retention, int maxUsers) {
    this(retention, maxUsers, true);
  }

  /** As above; {@code useTable} false keeps every user in the map (the reference the tests compare with). */
  InMemoryConversationStore(Duration retention, int maxUsers, boolean useTable) {
    this.useTable = useTable;
    Objects.requireNonNull(retention, "retention");
    if (retention.compareTo(Duration.ofHours(72)) < 0) {
      throw new IllegalArgumentException("retention: must be at least 72 hours, was " + retention);
    }
    if (maxUsers < 1) {
      throw new IllegalArgumentException("maxUsers: must be at least 1, was " + maxUsers);
    }
    this.retentionSeconds = retention.getSeconds();
    this.maxUsers = maxUsers;
  }

  @Override
  public UserState user(String key) {
    UserState hot = useTable ? table.read(Objects.requireNonNull(key, "key")) : null;
    if (hot != null) {
      return hot;
    }
    UserEntry e = resolve(users.get(toKey(key)));
    return e == null ? UserState.EMPTY : e;
  }

  @Override
  public void link(String key, String otherKey) {
    Object a = toKey(key);
    Object b = toKey(otherKey);
    if (a.equals(b)) {
      return;
    }
    synchronized (linkLock) {
      for (;;) {
        // Both in the map (a wa_id leaves the table): a key of the table is only ever added under its segment.
        UserEntry ea = entryForWrite(a);
        UserEntry eb = entryForWrite(b);
        if (eb == ea) {
          return;
        }
        synchronized (ea) {
          synchronized (eb) {
            if (ea.dead || eb.dead) {
              continue;
            }
            merge(eb, ea);
          }
        }
        users.put(b, ea);
        return;
      }
    }
  }

  @Override
  public void recordInbound(String key, long at, boolean referral) {
    int t = encode(at);
    update(key, at, e -> {
      e.lastInbound = max(e.lastInbound, t);
      if (referral) {
        e.referral = max(e.referral, t);
      }
    });
  }

  @Override
  public void recordSent(SentMessage sent) {
    String key = sent.key();
    long at = sent.at();
    long pairRateIntervalSeconds = sent.pairRateIntervalSeconds();
    int t = encode(at);
    update(key, at, e -> {
      if (pairRateIntervalSeconds > 0) {
        e.pairRateUntil = encode(Math.max(decode(e.pairRateUntil), at) + pairRateIntervalSeconds);
      }
      long referral = decode(e.referral);
      // The first reply within 24 h of a referral opens the 72 h free entry point window.
      if (referral != 0 && at >= referral && at < referral + FREE_ENTRY_POINT_REPLY_SECONDS
          && decode(e.freeEntryPointUntil) < referral) {
        e.freeEntryPointUntil = encode(at + FREE_ENTRY_POINT_SECONDS);
      }
      if (sent.businessInitiated()) {
        long previous = decode(e.reached);
        if (previous != 0 && at < previous + DAY_SECONDS) {
          if (at > previous) {
            reach.move(previous, at);
          }
        } else {
          reach.add(at);
        }
        e.reached = max(e.reached, t);
      }
      if (sent.marketing()) {
        e.marketing = append(e.marketing, t);
      }
    });
  }

  @Override
  public boolean claimSend(String key, long at, long intervalSeconds, int burst) {
    if (intervalSeconds < 1 || burst < 1) {
      throw new IllegalArgumentException("intervalSeconds and burst: must be at least 1, were " + intervalSeconds
          + " and " + burst);
    }
    boolean[] claimed = {false};
    update(key, at, e -> {
      // GCRA: the burst's credit is what the theoretical arrival time may run ahead of now.
      long tat = Math.max(decode(e.pairRateUntil), at);
      if (tat - at <= (burst - 1) * intervalSeconds) {
        e.pairRateUntil = encode(tat + intervalSeconds);
        claimed[0] = true;
      }
    });
    return claimed[0];
  }

  @Override
  public boolean claimReach(String key, long at, int limit) {
    int t = encode(at);
    boolean[] claimed = {false};
    update(key, at, e -> {
      long previous = decode(e.reached);
      if (previous != 0 && at < previous + DAY_SECONDS) {
        claimed[0] = true;
        return;
      }
      // Lock order entry -> counter, as in recordSent: the check and the count are one step.
      synchronized (reach) {
        if (reach.total(at) < limit) {
          reach.add(at);
          e.reached = max(e.reached, t);
          claimed[0] = true;
        }
      }
    });
    return claimed[0];
  }

  @Override
  public void recordFreeEntryPoint(String key, long until) {
    int t = encode(until);
    update(key, until - FREE_ENTRY_POINT_SECONDS, e -> e.freeEntryPointUntil = max(e.freeEntryPointUntil, t));
  }

  @Override
  public void recordCallPermission(String key, long until) {
    // The latest answer wins: a revocation replaces a grant. A permanent one is stored as the farthest time.
    int t = until <= 0 ? 0 : encode(until);
    update(key, 0, e -> e.callPermissionUntil = t);
  }

  @Override
  public void recordCallPermissionRequest(String key, long at) {
    int t = encode(at);
    update(key, at, e -> e.permissionRequests = append(e.permissionRequests, t, CALL_PERMISSION_REQUEST_HISTORY));
  }

  @Override
  public void recordCallConnected(String key, long at, boolean businessInitiated) {
    int t = encode(at);
    update(key, at, e -> {
      e.lastCallConnected = max(e.lastCallConnected, t);
      if (businessInitiated) {
        e.businessCalls = append(e.businessCalls, t, CALL_HISTORY);
      }
    });
  }

  @Override
  public void recordOptOut(String key, OptOut optOut, long at) {
    Objects.requireNonNull(optOut, "optOut");
    int t = encode(at);
    update(key, at, e -> {
      if (Integer.compareUnsigned(t, e.optOutAt) >= 0) {
        e.optOut = (byte) optOut.ordinal();
        e.optOutAt = t;
      }
    });
  }

  @Override
  public void recordMarketingNotDelivered(String key, long at) {
    int t = encode(at);
    update(key, at, e -> e.marketingNotDelivered = max(e.marketingNotDelivered, t));
  }

  @Override
  public int reachedUsers(long now) {
    return reach.total(now);
  }

  @Override
  public @Nullable MessagingLimitTier tier() {
    return tier;
  }

  @Override
  public void recordTier(MessagingLimitTier tier) {
    this.tier = Objects.requireNonNull(tier, "tier");
  }

  @Override
  public void recordRestriction(String type, long until) {
    restrictions.put(Objects.requireNonNull(type, "type"), until);
  }

  @Override
  public long restrictedUntil(String type) {
    Long until = restrictions.get(Objects.requireNonNull(type, "type"));
    return until == null ? 0 : until;
  }

  @Override
  public @Nullable TemplateInfo template(String name, String language) {
    Map<String, TemplateInfo> byLanguage = templates.get(name);
    return byLanguage == null ? null : byLanguage.get(language);
  }

  @Override
  public void recordTemplateStatus(String name, String language, TemplateStatus status) {
    Objects.requireNonNull(status, "status");
    templates.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
        .merge(language, new TemplateInfo(status, null), (old, x) -> new TemplateInfo(status, old.category()));
  }

  @Override
  public void recordTemplateCategory(String name, String language, TemplateCategory category) {
    Objects.requireNonNull(category, "category");
    templates.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
        .merge(language, new TemplateInfo(null, category), (old, x) -> new TemplateInfo(old.status(), category));
  }

  /** The number of keys tracked (a user known by two keys counts twice until one expires). */
  public int trackedKeys() {
    return users.size() + table.size();
  }

  /** Evicts every user with no fact newer than the retention before {@code now}; returns how many keys went. */
  public int evictExpired(Instant now) {
    long at = now.getEpochSecond();
    int removed = 0;
    sweepLock.lock();
    try {
      for (Map.Entry<Object, UserEntry> entry : users.entrySet()) {
        removed += evictIfDue(entry.getKey(), entry.getValue(), at, false) ? 1 : 0;
      }
      for (int s = 0; s < table.segmentCount(); s++) {
        removed += sweepTable(table.segmentAt(s), 0, Integer.MAX_VALUE, Integer.MAX_VALUE, at, false, new int[2]);
      }
    } finally {
      sweepLock.unlock();
    }
    return removed;
  }

  @Override
  public String toString() {
    return "InMemoryConversationStore{keys=" + trackedKeys() + ", retention=" + Duration.ofSeconds(retentionSeconds)
        + ", maxUsers=" + maxUsers + "}";
  }

  private void update(String key, long at, Consumer<UserEntry> change) {
    Object k = toKey(key);
    if (!(useTable && k instanceof Long l && updateHot(key.hashCode(), l, change))) {
      for (;;) {
        UserEntry e = entryForWrite(k);
        synchronized (e) {
          if (e.dead) {
            continue;
          }
          change.accept(e);
        }
        break;
      }
    }
    if (writes.incrementAndGet() % SWEEP_EVERY == 0 || trackedKeys() > maxUsers) {
      sweep(at);
    }
  }

  /**
   * Applies {@code change} to the table's user {@code k} (string hash {@code hash}); a user the change gives more
   * than the hot times moves to the map. False, changing nothing, when the user is in the map already.
   */
  private boolean updateHot(int hash, long k, Consumer<UserEntry> change) {
    WaIdTable.Segment seg = table.segment(hash);
    synchronized (seg) {
      int slot = seg.find(hash, k);
      if (slot < 0 && resolve(users.get(k)) != null) {
        return false;
      }
      UserEntry e = new UserEntry();
      if (slot >= 0) {
        load(e, seg, slot);
      }
      change.accept(e);
      if (e.isHot()) {
        seg.put(slot, hash, k, WaIdTable.Snapshot.pack(e.lastInbound, e.pairRateUntil),
            WaIdTable.Snapshot.pack(e.freeEntryPointUntil, e.referral), WaIdTable.Snapshot.pack(e.optOutAt, e.reached));
      } else {
        users.put(k, e); // the map first, so a reader finds the user in one or the other
        if (slot >= 0) {
          seg.remove(slot);
        }
      }
      return true;
    }
  }

  private static void load(UserEntry e, WaIdTable.Segment seg, int slot) {
    long w1 = seg.word(slot, 1);
    long w2 = seg.word(slot, 2);
    long w3 = seg.word(slot, 3);
    e.lastInbound = WaIdTable.Snapshot.high(w1);
    e.pairRateUntil = WaIdTable.Snapshot.low(w1);
    e.freeEntryPointUntil = WaIdTable.Snapshot.high(w2);
    e.referral = WaIdTable.Snapshot.low(w2);
    e.optOutAt = WaIdTable.Snapshot.high(w3);
    e.reached = WaIdTable.Snapshot.low(w3);
  }

  private UserEntry entryForWrite(Object k) {
    if (k instanceof Long l) {
      // A wa_id joins the map only under its table segment's monitor, leaving the table in the same step.
      int hash = WaIdTable.hashOf(l);
      WaIdTable.Segment seg = table.segment(hash);
      synchronized (seg) {
        UserEntry e = resolve(users.get(k));
        if (e != null) {
          return e;
        }
        UserEntry fresh = new UserEntry();
        int slot = seg.find(hash, l);
        if (slot >= 0) {
          load(fresh, seg, slot);
        }
        users.put(k, fresh);
        if (slot >= 0) {
          seg.remove(slot);
        }
        return fresh;
      }
    }
    for (;;) {
      UserEntry raw = users.get(k);
      UserEntry e = resolve(raw);
      if (e != null) {
        return e;
      }
      UserEntry fresh = new UserEntry();
      if (raw == null ? users.putIfAbsent(k, fresh) == null : users.replace(k, raw, fresh)) {
        return fresh;
      }
    }
  }

  private static @Nullable UserEntry resolve(@Nullable UserEntry e) {
    while (e != null && e.merged != null) {
      e = e.merged;
    }
    return e == null || e.dead ? null : e;
  }

  private void sweep(long now) {
    if (!sweepLock.tryLock()) {
      return;
    }
    try {
      boolean over = trackedKeys() > maxUsers;
      int budget = over ? Math.max(SWEEP_BATCH, trackedKeys() - maxUsers) * 2 : SWEEP_BATCH;
      for (int i = 0; i < budget; i++) {
        if (cursor == null || !cursor.hasNext()) {
          cursor = users.entrySet().iterator();
          if (!cursor.hasNext()) {
            break;
          }
        }
        Map.Entry<Object, UserEntry> entry = cursor.next();
        evictIfDue(entry.getKey(), entry.getValue(), now, over && trackedKeys() > maxUsers);
      }
      // The table: the same budget of users, over at most 8 times as many slots.
      int userBudget = budget;
      int slots = budget * 8;
      for (int segments = 0; segments <= table.segmentCount() && userBudget > 0 && slots > 0; segments++) {
        int s = (tableCursor >>> 24) % table.segmentCount();
        int slot = tableCursor & 0xFF_FFFF;
        WaIdTable.Segment seg = table.segmentAt(s);
        int[] out = new int[2];
        sweepTable(seg, slot, userBudget, slots, now, over, out);
        int next = out[1];
        userBudget -= out[0];
        slots -= next - slot;
        tableCursor = next >= seg.slots() ? ((s + 1) % table.segmentCount()) << 24 : (s << 24) | next;
      }
    } finally {
      sweepLock.unlock();
    }
  }

  /**
   * Evicts the due users of {@code seg} from slot {@code from}, visiting at most {@code users} users over at most
   * {@code slots} slots; {@code out} gets the users visited and the next slot. Returns how many went.
   */
  private int sweepTable(WaIdTable.Segment seg, int from, int users, int slots, long now, boolean over, int[] out) {
    int removed = 0;
    int visited = 0;
    int i = from;
    synchronized (seg) {
      int n = seg.slots();
      while (i < n && visited < users && i - from < slots) {
        if (seg.keyAt(i) == 0) {
          i++;
          continue;
        }
        visited++;
        long newest = Math.max(Math.max(decode(WaIdTable.Snapshot.high(seg.word(i, 1))),
            decode(WaIdTable.Snapshot.low(seg.word(i, 1)))), Math.max(decode(WaIdTable.Snapshot.high(seg.word(i, 2))),
            decode(WaIdTable.Snapshot.low(seg.word(i, 2)))));
        newest = Math.max(newest, decode(WaIdTable.Snapshot.high(seg.word(i, 3))));
        if ((over && trackedKeys() > maxUsers) || now - newest > retentionSeconds) {
          seg.remove(i); // another user may move into slot i: it is read next
          removed++;
        } else {
          i++;
        }
      }
    }
    out[0] = visited;
    out[1] = i;
    return removed;
  }

  private boolean evictIfDue(Object key, UserEntry raw, long now, boolean force) {
    UserEntry e = resolve(raw);
    if (e == null) {
      return users.remove(key, raw);
    }
    if (e != raw) {
      users.replace(key, raw, e); // shorten a merged chain
    }
    synchronized (e) {
      if (e.dead || e.optOut != 0 || !(force || now - e.newestFact() > retentionSeconds)) {
        return false;
      }
      e.dead = true;
    }
    return users.remove(key, e) | users.remove(key, raw);
  }

  private void merge(UserEntry from, UserEntry into) {
    into.lastInbound = max(into.lastInbound, from.lastInbound);
    into.referral = max(into.referral, from.referral);
    into.freeEntryPointUntil = max(into.freeEntryPointUntil, from.freeEntryPointUntil);
    into.callPermissionUntil = max(into.callPermissionUntil, from.callPermissionUntil);
    into.pairRateUntil = max(into.pairRateUntil, from.pairRateUntil); // the stricter pair rate
    if (into.reached != 0 && from.reached != 0) {
      // Counted once per key so far: keep only the newer count.
      reach.remove(decode(Integer.compareUnsigned(into.reached, from.reached) < 0 ? into.reached : from.reached));
    }
    into.reached = max(into.reached, from.reached);
    into.marketingNotDelivered = max(into.marketingNotDelivered, from.marketingNotDelivered);
    if (Integer.compareUnsigned(from.optOutAt, into.optOutAt) > 0) {
      into.optOut = from.optOut;
      into.optOutAt = from.optOutAt;
    }
    int[] marketing = from.marketing;
    if (marketing != null) {
      for (int t : marketing) {
        into.marketing = append(into.marketing, t);
      }
    }
    into.lastCallConnected = max(into.lastCallConnected, from.lastCallConnected);
    into.permissionRequests = appendAll(into.permissionRequests, from.permissionRequests,
        CALL_PERMISSION_REQUEST_HISTORY);
    into.businessCalls = appendAll(into.businessCalls, from.businessCalls, CALL_HISTORY);
    from.merged = into;
    from.dead = true;
  }

  private static int[] append(int @Nullable [] times, int t) {
    return append(times, t, MARKETING_HISTORY);
  }

  private static int @Nullable [] appendAll(int @Nullable [] into, int @Nullable [] from, int history) {
    if (from != null) {
      for (int t : from) {
        into = append(into, t, history);
      }
    }
    return into;
  }

  private static int[] append(int @Nullable [] times, int t, int history) {
    if (times == null) {
      return new int[] {t};
    }
    int n = times.length;
    if (n >= history && Integer.compareUnsigned(t, times[0]) < 0) {
      return times; // older than everything kept
    }
    // Ascending order, so the oldest falls out first when the history is full.
    int[] next = new int[n + 1];
    int i = 0;
    while (i < n && Integer.compareUnsigned(times[i], t) <= 0) {
      next[i] = times[i];
      i++;
    }
    next[i] = t;
    System.arraycopy(times, i, next, i + 1, n - i);
    return n + 1 > history ? Arrays.copyOfRange(next, 1, n + 1) : next;
  }

  private static Object toKey(String key) {
    Objects.requireNonNull(key, "key");
    int n = key.length();
    if (n == 0 || n > 18) {
      return key;
    }
    for (int i = 0; i < n; i++) {
      char c = key.charAt(i);
      if (c < '0' || c > '9') {
        return key;
      }
    }
    // A wa_id: a boxed long is 40 bytes smaller than the string. A leading zero is kept as a string.
    return key.charAt(0) == '0' ? key : (Object) Long.parseLong(key);
  }

  private static int encode(long epochSecond) {
    long d = epochSecond - BASE;
    return d < 1 ? 1 : d > 0xFFFF_FFFFL ? -1 : (int) d;
  }

  static long decode(int t) {
    return t == 0 ? 0 : BASE + Integer.toUnsignedLong(t);
  }

  private static int max(int a, int b) {
    return Integer.compareUnsigned(a, b) >= 0 ? a : b;
  }
}
