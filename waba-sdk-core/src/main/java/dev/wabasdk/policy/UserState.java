package dev.wabasdk.policy;

/**
 * What a {@link ConversationStore} knows about one user. Times are epoch seconds, {@code 0} when the event never
 * happened (or was evicted), so reading a state allocates nothing on the hot path.
 * Implementations must be safe to read from any thread.
 */
public interface UserState {
  /** The state of a user the store knows nothing about. */
  UserState EMPTY = new UserState() {
    @Override
    public long lastInboundAt() {
      return 0;
    }

    @Override
    public long referralAt() {
      return 0;
    }

    @Override
    public long freeEntryPointUntil() {
      return 0;
    }

    @Override
    public long pairRateUntil() {
      return 0;
    }

    @Override
    public long reachedAt() {
      return 0;
    }

    @Override
    public OptOut optOut() {
      return OptOut.NONE;
    }

    @Override
    public long optOutAt() {
      return 0;
    }

    @Override
    public int marketingSentSince(long fromEpochSecond) {
      return 0;
    }
  };

  /** The user's last inbound message: it opened the customer service window. */
  long lastInboundAt();

  /** The last inbound message that came with a referral (ad or Page CTA). */
  long referralAt();

  /** When the free entry point window closes; 0 or a past time when none is open. */
  long freeEntryPointUntil();

  /**
   * The pair rate's theoretical arrival time (GCRA, see {@link PairRateRule}): until when messages to this user
   * borrowed pair-rate quota. Each recorded or claimed send moves it to {@code max(it, send time) + interval}; once
   * it has passed, a whole burst may go again. 0 when no send was recorded.
   */
  long pairRateUntil();

  /** The last business-initiated message that counted this user toward the messaging limit. */
  long reachedAt();

  /** What the user opted out of. */
  OptOut optOut();

  /** When the current opt-out (or opt-in) was recorded. */
  long optOutAt();

  /**
   * How many marketing templates were sent to this user at or after the given epoch second. Stores keep at least
   * the last {@value ConversationStore#MARKETING_HISTORY} sends.
   */
  int marketingSentSince(long fromEpochSecond);

  /**
   * The last time Meta did not deliver a marketing template to this user to keep "healthy ecosystem engagement"
   * (error 131049); 0 when never recorded. The default is 0 for stores written before this fact existed.
   *
   * @since 0.3
   */
  default long marketingNotDeliveredAt() {
    return 0;
  }

  /**
   * Until when the user lets the business call them (Calling API): the expiry of a temporary permission,
   * {@link #PERMANENT} for a permanent one, 0 when none was recorded or it was revoked. Stores that do not keep
   * call permissions answer 0, so business-initiated calls are denied rather than wrongly allowed.
   */
  default long callPermissionUntil() {
    return 0;
  }

  /** {@link #callPermissionUntil()} of a permanent call permission. */
  long PERMANENT = Long.MAX_VALUE;

  /**
   * The last call between the business and this user that connected (either direction); 0 when none was recorded.
   * Meta resets the call permission request limits at each one. The default is 0 for stores that do not keep it.
   *
   * @since 0.4
   */
  default long lastCallConnectedAt() {
    return 0;
  }

  /**
   * How many call permission requests were sent to this user at or after the given epoch second. Stores keep at
   * least the last {@value ConversationStore#CALL_PERMISSION_REQUEST_HISTORY}; the default is 0 (no limit applied).
   *
   * @since 0.4
   */
  default int callPermissionRequestsSince(long fromEpochSecond) {
    return 0;
  }

  /**
   * How many business-initiated calls to this user connected at or after the given epoch second. Stores keep at
   * least the last {@value ConversationStore#CALL_HISTORY}; the default is 0 (no limit applied).
   *
   * @since 0.4
   */
  default int businessCallsConnectedSince(long fromEpochSecond) {
    return 0;
  }
}
