package dev.wabasdk.policy;

import org.jspecify.annotations.Nullable;

/**
 * One user's state in {@link InMemoryConversationStore}'s map; a live view returned by its {@code user(..)}.
 * Fields are written under its monitor, read without it (each field is volatile). Thread-safe.
 */
final class UserEntry implements UserState {
  private static final OptOut[] OPT_OUTS = OptOut.values();

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
  volatile @Nullable UserEntry merged;

  /** Whether the table can hold this user: no state but the times {@link WaIdTable} keeps. */
  boolean isHot() {
    return optOut == 0 && callPermissionUntil == 0 && marketingNotDelivered == 0 && lastCallConnected == 0
        && marketing == null && permissionRequests == null && businessCalls == null;
  }

  long newestFact() {
    long newest = Math.max(InMemoryConversationStore.decode(lastInbound), InMemoryConversationStore.decode(referral));
    newest = Math.max(newest, InMemoryConversationStore.decode(freeEntryPointUntil));
    newest = Math.max(newest, InMemoryConversationStore.decode(callPermissionUntil)); // kept while the permission lasts
    newest = Math.max(newest, InMemoryConversationStore.decode(pairRateUntil)); // at least the last send
    newest = Math.max(newest, InMemoryConversationStore.decode(optOutAt));
    newest = Math.max(newest, InMemoryConversationStore.decode(marketingNotDelivered));
    newest = Math.max(newest, InMemoryConversationStore.decode(lastCallConnected));
    int[] p = permissionRequests;
    newest = p == null ? newest : Math.max(newest, InMemoryConversationStore.decode(p[p.length - 1]));
    int[] m = marketing;
    return m == null ? newest : Math.max(newest, InMemoryConversationStore.decode(m[m.length - 1]));
  }

  @Override
  public long lastInboundAt() {
    return InMemoryConversationStore.decode(lastInbound);
  }

  @Override
  public long referralAt() {
    return InMemoryConversationStore.decode(referral);
  }

  @Override
  public long freeEntryPointUntil() {
    return InMemoryConversationStore.decode(freeEntryPointUntil);
  }

  @Override
  public long pairRateUntil() {
    return InMemoryConversationStore.decode(pairRateUntil);
  }

  @Override
  public long callPermissionUntil() {
    int t = callPermissionUntil;
    return t == -1 ? PERMANENT : InMemoryConversationStore.decode(t);
  }

  @Override
  public long reachedAt() {
    return InMemoryConversationStore.decode(reached);
  }

  @Override
  public OptOut optOut() {
    return OPT_OUTS[optOut];
  }

  @Override
  public long optOutAt() {
    return InMemoryConversationStore.decode(optOutAt);
  }

  @Override
  public long marketingNotDeliveredAt() {
    return InMemoryConversationStore.decode(marketingNotDelivered);
  }

  @Override
  public int marketingSentSince(long fromEpochSecond) {
    return countSince(marketing, fromEpochSecond);
  }

  @Override
  public long lastCallConnectedAt() {
    return InMemoryConversationStore.decode(lastCallConnected);
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
    for (int i = times.length - 1; i >= 0 && InMemoryConversationStore.decode(times[i]) >= fromEpochSecond; i--) {
      count++;
    }
    return count;
  }
}
