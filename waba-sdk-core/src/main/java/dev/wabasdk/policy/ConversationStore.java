package dev.wabasdk.policy;

import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import org.jspecify.annotations.Nullable;

/**
 * The policy engine's state: per-user windows, pair rates and send times, the users reached in the moving 24 hours, opt-outs,
 * the messaging limit tier and template statuses. The engine writes facts here and reads them back to decide.
 *
 * <p>A user is addressed by a key: the {@code wa_id} (digits) or the business-scoped user id, whichever is known.
 * After {@link #link} both keys address one state. Times are epoch seconds. Implementations must be thread-safe;
 * each method is one atomic step (the Redis store runs each as one script), and expired data must be evicted.
 * {@code InMemoryConversationStore} is the default; the contract is the test class
 * {@code ConversationStoreContract} that every implementation passes.
 */
public interface ConversationStore {
  /** Length of the customer service window and of the messaging limit's moving period (Meta: 24 h). */
  long DAY_SECONDS = 24 * 60 * 60;
  /** How long after a referral the business's reply still opens a free entry point window (24 h). */
  long FREE_ENTRY_POINT_REPLY_SECONDS = DAY_SECONDS;
  /** Length of the free entry point window (72 h). */
  long FREE_ENTRY_POINT_SECONDS = 72 * 60 * 60;
  /** Marketing send times kept per user, for frequency caps. */
  int MARKETING_HISTORY = 16;
  /** Call permission request times kept per user (Meta allows 2 in 7 days). */
  int CALL_PERMISSION_REQUEST_HISTORY = 4;
  /** Connected business-initiated call times kept per user: the most a daily call limit may be set to. */
  int CALL_HISTORY = 100;

  /** The state under {@code key}, or {@link UserState#EMPTY}. Never null; may be a live view. */
  UserState user(String key);

  /**
   * Records that two keys name one user (a {@code wa_id} and a user id, or the number as sent and the
   * {@code wa_id} Meta answered with): afterwards either key reads and writes the same state. When both already
   * had state, it is merged (latest times win; the most recent opt-out or opt-in wins).
   */
  void link(String key, String otherKey);

  /**
   * The user messaged the business at {@code at}: the customer service window runs 24 h from here. With
   * {@code referral}, a reply within 24 h opens a free entry point window.
   */
  void recordInbound(String key, long at, boolean referral);

  /** The business sent a message to the user ({@link SentMessage} says what it counts toward). */
  void recordSent(SentMessage sent);

  /**
   * Atomically claims a send to the user under the pair rate, a token bucket kept as one time per user
   * ({@link UserState#pairRateUntil()}, the GCRA's theoretical arrival time {@code TAT}): when
   * {@code max(TAT, at) - at <= (burst - 1) * intervalSeconds}, sets {@code TAT = max(TAT, at) + intervalSeconds}
   * and returns true; otherwise changes nothing and returns false. So {@code burst} claims pass back to back, then
   * one per interval. With several app instances on one store, concurrent claims never pass more than that.
   *
   * <p>The default reads and records under this store's monitor: atomic within one JVM only. A store shared by
   * several instances must override it with one atomic operation on its server.
   *
   * @param intervalSeconds the sustained spacing, at least 1
   * @param burst the number of messages that may go back to back, at least 1
   */
  default boolean claimSend(String key, long at, long intervalSeconds, int burst) {
    if (intervalSeconds < 1 || burst < 1) {
      throw new IllegalArgumentException("intervalSeconds and burst: must be at least 1, were " + intervalSeconds
          + " and " + burst);
    }
    synchronized (this) {
      long tat = user(key).pairRateUntil();
      if (Math.max(tat, at) - at > (burst - 1) * intervalSeconds) {
        return false;
      }
      recordSent(SentMessage.of(key, at).withPairRateInterval(intervalSeconds));
      return true;
    }
  }

  /**
   * Atomically claims a place for the user under the messaging limit: true without change when the user already
   * counts in the 24 h ending at {@code at}; otherwise, when fewer than {@code limit} users count, counts the user
   * at {@code at} (as a business-initiated {@link #recordSent} would) and returns true; else returns false. With
   * several app instances on one store, the count never exceeds {@code limit} through claims.
   *
   * <p>The default reads and records under this store's monitor: atomic within one JVM only. A store shared by
   * several instances must override it with one atomic operation on its server.
   */
  default boolean claimReach(String key, long at, int limit) {
    synchronized (this) {
      long reached = user(key).reachedAt();
      if (reached != 0 && at < reached + DAY_SECONDS) {
        return true;
      }
      if (reachedUsers(at) >= limit) {
        return false;
      }
      recordSent(SentMessage.of(key, at).withBusinessInitiated(true));
      return true;
    }
  }

  /**
   * Claims a send under the pair rate and then, when that passed, a place under the messaging limit, as
   * {@link #claimSend} followed by {@link #claimReach} would (a send claimed before a lost place stays claimed); true
   * when both passed. The engine calls it for a business-initiated send to a user not yet reached, so a remote
   * store can make both claims in one round trip.
   *
   * <p>The default calls the two claims; a store that overrides it must decide exactly as they would.
   *
   * @since 0.5
   */
  default boolean claimSendAndReach(String key, long at, long intervalSeconds, int burst, int limit) {
    return claimSend(key, at, intervalSeconds, burst) && claimReach(key, at, limit);
  }

  /** Meta reported a free entry point window for this user (a status with {@code free_entry_point} pricing). */
  void recordFreeEntryPoint(String key, long until);

  /** The user opted out ({@link OptOut#MARKETING} or {@link OptOut#ALL}) or back in ({@link OptOut#NONE}). */
  void recordOptOut(String key, OptOut optOut, long at);

  /**
   * Meta did not deliver a marketing template to the user at {@code at} (error 131049, the per-user marketing
   * limit): kept as {@link UserState#marketingNotDeliveredAt()}, the latest time winning.
   *
   * <p>The default throws {@link UnsupportedOperationException} (the engine then logs that the back-off could not
   * be recorded), so a store written before this fact existed keeps working; both built-in stores implement it.
   *
   * @since 0.3
   */
  default void recordMarketingNotDelivered(String key, long at) {
    throw new UnsupportedOperationException(getClass().getName() + " does not record 131049 (marketing not"
        + " delivered); implement ConversationStore.recordMarketingNotDelivered for the marketing back-off");
  }

  /** Unique users counted by business-initiated messages in the 24 h ending at {@code now} (exclusive start). */
  int reachedUsers(long now);

  /** The business portfolio's messaging limit tier, or null when not recorded. */
  @Nullable MessagingLimitTier tier();

  /** Records the portfolio's messaging limit tier. */
  void recordTier(MessagingLimitTier tier);

  /** What is known about a template translation, or null. */
  @Nullable TemplateInfo template(String name, String language);

  /** Records a template's status, keeping its known category. */
  void recordTemplateStatus(String name, String language, TemplateStatus status);

  /** Records a template's category, keeping its known status. */
  void recordTemplateCategory(String name, String language, TemplateCategory category);

  /**
   * Records whether a template has a call permission request component (from its definition), keeping its known
   * status and category: each send of such a template counts toward {@link CallPermissionRequestLimitRule}'s limits,
   * as Meta counts free-form and template call permission requests together.
   *
   * <p>The default keeps nothing, so with a store that does not override it such templates are not counted (as
   * before this method); the built-in stores override it.
   */
  default void recordTemplateCallPermissionRequest(String name, String language, boolean requestsCallPermission) {}

  /**
   * Meta restricted the account ({@code account_update} {@code ACCOUNT_RESTRICTION}): {@code type}, e.g.
   * {@code RESTRICTED_BIZ_INITIATED_MESSAGING}, applies until {@code until} (epoch seconds). A later record of the
   * same type replaces the earlier one.
   *
   * <p>The default keeps nothing, so a store that does not override it never reports a restriction; the built-in
   * stores override it.
   */
  default void recordRestriction(String type, long until) {}

  /** Until when (epoch seconds) Meta restricted the account in this way, or 0 when it did not. */
  default long restrictedUntil(String type) {
    return 0;
  }

  /**
   * Everything the rules of a template send to {@code key} read, in one step: the user, template {@code name} in
   * {@code language}, restriction {@code restrictionType}, the tier and the users reached in the 24 h ending at
   * {@code now}. The engine calls it once per template decision instead of the five reads, so a remote store can
   * answer in one round trip.
   *
   * <p>The default makes the five single reads ({@link #user}, {@link #template}, {@link #restrictedUntil},
   * {@link #tier}, {@link #reachedUsers}); a store that overrides it must answer exactly what they would.
   *
   * @since 0.5
   */
  default TemplateSendReads readTemplateSend(String key, String name, String language, String restrictionType,
      long now) {
    return new TemplateSendReads(user(key), template(name, language), restrictedUntil(restrictionType), tier(),
        reachedUsers(now));
  }

  /**
   * Records the user's call permission: until when it lasts ({@link UserState#PERMANENT} for a permanent one, 0 or
   * a past time when revoked or declined). The default keeps nothing (so the call permission rule denies); a store
   * that keeps it answers it in {@link UserState#callPermissionUntil()}.
   */
  default void recordCallPermission(String key, long until) {}

  /**
   * The business sent the user a call permission request at {@code at} (an interactive
   * {@code call_permission_request}); the {@link CallPermissionRequestLimitRule} counts them. The default keeps
   * nothing (the limit is then not applied); the built-in stores keep the last
   * {@value #CALL_PERMISSION_REQUEST_HISTORY}.
   *
   * @since 0.4
   */
  default void recordCallPermissionRequest(String key, long at) {}

  /**
   * A call between the business and the user connected at {@code at}: it resets the call permission request
   * limits (Meta), and a {@code businessInitiated} one counts toward the daily connected-call limit of
   * {@link CallPermissionRule}. The default keeps nothing; the built-in stores keep the last
   * {@value #CALL_HISTORY} business-initiated ones.
   *
   * @since 0.4
   */
  default void recordCallConnected(String key, long at, boolean businessInitiated) {}
}
