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
 * <p><b>Memory.</b> A user known by phone number costs about 105 to 115 bytes on a 64-bit JVM with compressed
 * references (a 48-byte record of 32-bit times, a 16-byte {@code Long} key for the {@code wa_id}, a 32-byte map
 * node, 5 to 11 bytes of hash table; 113 bytes measured with 1,000,000 users), within the 150-byte budget. A user known only by user id pays ~55 more bytes for the
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

  private final ConcurrentHashMap<Object, Entry> users = new ConcurrentHashMap<>();
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
  private @Nullable Iterator<Map.Entry<Object, Entry>> cursor; // guarded by sweepLock

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
    Entry e = resolve(users.get(toKey(key)));
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
        Entry ea = entryForWrite(a);
        Entry rawB = users.get(b);
        Entry eb = resolve(rawB);
        if (eb == ea) {
          return;
        }
        if (eb == null) {
          if (rawB == null ? users.putIfAbsent(b, ea) == null : users.replace(b, rawB, ea)) {
            return;
          }
          continue;
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
        .merge(language, new TemplateInfo(status, null),
            (old, x) -> new TemplateInfo(status, old.category(), old.requestsCallPermission()));
  }

  @Override
  public void recordTemplateCategory(String name, String language, TemplateCategory category) {
    Objects.requireNonNull(category, "category");
    templates.computeIfAbsent(name, n -> new ConcurrentHashMap<>())
        .merge(language, new TemplateInfo(null, category),
            (old, x) -> new TemplateInfo(old.status(), category, old.requestsCallPermission()));
  }

  @Override
  public void recordTemplateCallPermissionRequest(String name, String language, boolean requestsCallPermission) {
    Objects.requireNonNull(language, "language");
    templates.computeIfAbsent(name, n -> new ConcurrentHashMap<>()).compute(language, (l, old) -> old == null
        ? (requestsCallPermission ? new TemplateInfo(null, null, true) : null) // nothing known stays unknown
        : new TemplateInfo(old.status(), old.category(), requestsCallPermission));
  }

  /** The number of keys tracked (a user known by two keys counts twice until one expires). */
  public int trackedKeys() {
    return users.size();
  }

  /** Evicts every user with no fact newer than the retention before {@code now}; returns how many keys went. */
  public int evictExpired(Instant now) {
    long at = now.getEpochSecond();
    int removed = 0;
    sweepLock.lock();
    try {
      for (Map.Entry<Object, Entry> entry : users.entrySet()) {
        removed += evictIfDue(entry.getKey(), entry.getValue(), at, false) ? 1 : 0;
      }
    } finally {
      sweepLock.unlock();
    }
    return removed;
  }

  @Override
  public String toString() {
    return "InMemoryConversationStore{keys=" + users.size() + ", retention=" + Duration.ofSeconds(retentionSeconds)
        + ", maxUsers=" + maxUsers + "}";
  }

  private void update(String key, long at, Consumer<Entry> change) {
    Object k = toKey(key);
    for (;;) {
      Entry e = entryForWrite(k);
      synchronized (e) {
        if (e.dead) {
          continue;
        }
        change.accept(e);
      }
      break;
    }
    if (writes.incrementAndGet() % SWEEP_EVERY == 0 || users.size() > maxUsers) {
      sweep(at);
    }
  }

  private Entry entryForWrite(Object k) {
    for (;;) {
      Entry raw = users.get(k);
      Entry e = resolve(raw);
      if (e != null) {
        return e;
      }
      Entry fresh = new Entry();
      if (raw == null ? users.putIfAbsent(k, fresh) == null : users.replace(k, raw, fresh)) {
        return fresh;
      }
    }
  }

  private static @Nullable Entry resolve(@Nullable Entry e) {
    if (e == null) {
      return null;
    }
    // Path halving: many keys linked in turn to one id (e.g. a stub that answers every send with the same wa_id)
    // would otherwise build one long chain walked on every look-up. Only merged (dead) entries are rewritten, and a
    // chain grows only at its live end, so any later entry still leads there.
    for (Entry next = e.merged; next != null; next = e.merged) {
      Entry after = next.merged;
      if (after == null) {
        e = next;
        break;
      }
      e.merged = after;
      e = after;
    }
    return e.dead ? null : e;
  }

  private void sweep(long now) {
    if (!sweepLock.tryLock()) {
      return;
    }
    try {
      boolean over = users.size() > maxUsers;
      int budget = over ? Math.max(SWEEP_BATCH, users.size() - maxUsers) * 2 : SWEEP_BATCH;
      for (int i = 0; i < budget; i++) {
        if (cursor == null || !cursor.hasNext()) {
          cursor = users.entrySet().iterator();
          if (!cursor.hasNext()) {
            return;
          }
        }
        Map.Entry<Object, Entry> entry = cursor.next();
        evictIfDue(entry.getKey(), entry.getValue(), now, over && users.size() > maxUsers);
      }
    } finally {
      sweepLock.unlock();
    }
  }

  private boolean evictIfDue(Object key, Entry raw, long now, boolean force) {
    Entry e = resolve(raw);
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

  private void merge(Entry from, Entry into) {
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
    if (n == 0 || n > 18 || key.charAt(0) == '0') {
      return key;
    }
    // A wa_id: a boxed long is 40 bytes smaller than the string (read in one pass; at most 18 digits fit a long).
    // A leading zero is kept as a string.
    long value = 0;
    for (int i = 0; i < n; i++) {
      int digit = key.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return key;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int encode(long epochSecond) {
    long d = epochSecond - BASE;
    return d < 1 ? 1 : d > 0xFFFF_FFFFL ? -1 : (int) d;
  }

  private static long decode(int t) {
    return t == 0 ? 0 : BASE + Integer.toUnsignedLong(t);
  }

  private static int max(int a, int b) {
    return Integer.compareUnsigned(a, b) >= 0 ? a : b;
  }

  /** One user's state; a live view returned by {@link #user}. Fields are written under its monitor. */
  private static final class Entry implements UserState {
    volatile int lastInbound;
    volatile int referral;
    volatile int freeEntryPointUntil;
    volatile int callPermissionUntil;
    volatile int pairRateUntil;
    volatile int reached;
    volatile int optOutAt;
    volatile int marketingNotDelivered;
    volatile byte optOut;
    volatile boolean dead;
    volatile int @Nullable [] marketing;
    volatile int lastCallConnected;
    volatile int @Nullable [] permissionRequests;
    volatile int @Nullable [] businessCalls;
    volatile @Nullable Entry merged;

    long newestFact() {
      long newest = Math.max(decode(lastInbound), decode(referral));
      newest = Math.max(newest, decode(freeEntryPointUntil));
      newest = Math.max(newest, decode(callPermissionUntil)); // kept while the permission lasts
      newest = Math.max(newest, decode(pairRateUntil)); // at least the last send
      newest = Math.max(newest, decode(optOutAt));
      newest = Math.max(newest, decode(marketingNotDelivered));
      newest = Math.max(newest, decode(lastCallConnected));
      int[] p = permissionRequests;
      newest = p == null ? newest : Math.max(newest, decode(p[p.length - 1]));
      int[] m = marketing;
      return m == null ? newest : Math.max(newest, decode(m[m.length - 1]));
    }

    @Override
    public long lastInboundAt() {
      return decode(lastInbound);
    }

    @Override
    public long referralAt() {
      return decode(referral);
    }

    @Override
    public long freeEntryPointUntil() {
      return decode(freeEntryPointUntil);
    }

    @Override
    public long pairRateUntil() {
      return decode(pairRateUntil);
    }

    @Override
    public long callPermissionUntil() {
      int t = callPermissionUntil;
      return t == -1 ? PERMANENT : decode(t);
    }

    @Override
    public long reachedAt() {
      return decode(reached);
    }

    @Override
    public OptOut optOut() {
      return OPT_OUTS[optOut];
    }

    @Override
    public long optOutAt() {
      return decode(optOutAt);
    }

    @Override
    public long marketingNotDeliveredAt() {
      return decode(marketingNotDelivered);
    }

    @Override
    public int marketingSentSince(long fromEpochSecond) {
      return countSince(marketing, fromEpochSecond);
    }

    @Override
    public long lastCallConnectedAt() {
      return decode(lastCallConnected);
    }

    @Override
    public int callPermissionRequestsSince(long fromEpochSecond) {
      return countSince(permissionRequests, fromEpochSecond);
    }

    @Override
    public int businessCallsConnectedSince(long fromEpochSecond) {
      return countSince(businessCalls, fromEpochSecond);
    }

    private static int countSince(int @Nullable [] times, long fromEpochSecond) {
      if (times == null) {
        return 0;
      }
      int count = 0;
      for (int i = times.length - 1; i >= 0 && decode(times[i]) >= fromEpochSecond; i--) {
        count++;
      }
      return count;
    }
  }

  private static final OptOut[] OPT_OUTS = OptOut.values();
}
