package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ConversationStore}: every implementation's test extends this class and passes all of it.
 * Times are epoch seconds around 2026-11-25.
 */
public abstract class ConversationStoreContract {
  protected static final long T = Instant.parse("2026-11-25T10:00:00Z").getEpochSecond();
  protected static final long DAY = ConversationStore.DAY_SECONDS;
  protected static final String WA_ID = "16505551234";
  protected static final String BSUID = "US.13491208655302741918";

  protected ConversationStore store;

  /** A new, empty store. */
  protected abstract ConversationStore newStore();

  @BeforeEach
  void createStore() {
    store = newStore();
  }

  @Test
  void unknownUserHasEmptyState() {
    UserState u = store.user(WA_ID);
    assertThat(u.lastInboundAt()).isZero();
    assertThat(u.pairRateUntil()).isZero();
    assertThat(u.reachedAt()).isZero();
    assertThat(u.freeEntryPointUntil()).isZero();
    assertThat(u.optOut()).isEqualTo(OptOut.NONE);
    assertThat(u.marketingSentSince(0)).isZero();
    assertThat(store.reachedUsers(T)).isZero();
    assertThat(store.tier()).isNull();
    assertThat(store.template("hello_world", "en_US")).isNull();
    assertThat(store.restrictedUntil("RESTRICTED_BIZ_INITIATED_MESSAGING")).isZero();
  }

  @Test
  void restrictionsAreKeptPerTypeAndTheLatestRecordWins() {
    store.recordRestriction("RESTRICTED_BIZ_INITIATED_MESSAGING", T + 3600);
    store.recordRestriction("RESTRICTED_ADD_PHONE_NUMBER_ACTION", T + 60);
    assertThat(store.restrictedUntil("RESTRICTED_BIZ_INITIATED_MESSAGING")).isEqualTo(T + 3600);
    assertThat(store.restrictedUntil("RESTRICTED_ADD_PHONE_NUMBER_ACTION")).isEqualTo(T + 60);
    store.recordRestriction("RESTRICTED_BIZ_INITIATED_MESSAGING", T + 7200);
    assertThat(store.restrictedUntil("RESTRICTED_BIZ_INITIATED_MESSAGING")).isEqualTo(T + 7200);
  }

  @Test
  void inboundKeepsTheLatestTimeAndTheReferral() {
    store.recordInbound(WA_ID, T, false);
    store.recordInbound(WA_ID, T - 100, true); // late, out of order
    assertThat(store.user(WA_ID).lastInboundAt()).isEqualTo(T);
    assertThat(store.user(WA_ID).referralAt()).isEqualTo(T - 100);
    assertThat(store.user("16505550000").lastInboundAt()).isZero();
  }

  @Test
  void everyRecordedSendAdvancesThePairRate() {
    store.recordSent(SentMessage.of(WA_ID, T).withPairRateInterval(6));
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 6);
    store.recordSent(SentMessage.of(WA_ID, T - 5).withPairRateInterval(6)); // late, out of order: it still used quota
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 12);
    store.recordSent(SentMessage.of(WA_ID, T + 100).withPairRateInterval(6)); // the borrowed quota was repaid: from the send time
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 106);
    store.recordSent(SentMessage.of(WA_ID, T + 101)); // already claimed: no change
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 106);
    assertThat(store.user(WA_ID).reachedAt()).isZero();
    assertThat(store.reachedUsers(T)).isZero();
  }

  @Test
  void claimsPassUpToTheBurstThenOnePerInterval() {
    for (int i = 1; i <= 45; i++) {
      assertThat(store.claimSend(WA_ID, T, 6, 45)).as("claim %d", i).isTrue();
    }
    assertThat(store.claimSend(WA_ID, T, 6, 45)).as("claim 46").isFalse();
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 45 * 6);
    assertThat(store.claimSend(WA_ID, T + 5, 6, 45)).isFalse();
    // One interval later the bucket has one message again, and only one.
    assertThat(store.claimSend(WA_ID, T + 6, 6, 45)).isTrue();
    assertThat(store.claimSend(WA_ID, T + 6, 6, 45)).isFalse();
    assertThat(store.claimSend(WA_ID, T + 11, 6, 45)).isFalse();
    assertThat(store.claimSend(WA_ID, T + 12, 6, 45)).isTrue();
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 47 * 6);
    // Other users have their own bucket.
    assertThat(store.claimSend("16505550000", T, 6, 45)).isTrue();
  }

  @Test
  void aBurstOf20IsRepaidTwoMinutesLater() {
    for (int i = 0; i < 20; i++) {
      assertThat(store.claimSend(WA_ID, T, 6, 45)).isTrue();
    }
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 120);
    // 6 s before the quota is repaid, 44 messages may go back to back; at T + 2 min the whole burst of 45.
    assertThat(claimsAt(WA_ID, T + 114)).isEqualTo(44);
    String other = "16505550000";
    for (int i = 0; i < 20; i++) {
      assertThat(store.claimSend(other, T, 6, 45)).isTrue();
    }
    assertThat(claimsAt(other, T + 120)).isEqualTo(45);
  }

  @Test
  void aBurstOfOneIsAStrictSpacing() {
    assertThat(store.claimSend(WA_ID, T, 6, 1)).isTrue();
    assertThat(store.claimSend(WA_ID, T + 5, 6, 1)).isFalse();
    assertThat(store.claimSend(WA_ID, T + 6, 6, 1)).isTrue();
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 12);
  }

  @Test
  void recordedSendsUseTheSameQuotaAsClaims() {
    for (int i = 0; i < 44; i++) {
      store.recordSent(SentMessage.of(WA_ID, T).withPairRateInterval(6));
    }
    assertThat(store.claimSend(WA_ID, T, 6, 45)).isTrue();
    assertThat(store.claimSend(WA_ID, T, 6, 45)).isFalse();
  }

  @Test
  void concurrentClaimsPassExactlyTheBurst() throws Exception {
    int threads = 8;
    AtomicInteger passed = new AtomicInteger();
    Concurrently.run(threads, t -> {
      for (int i = 0; i < 20; i++) {
        if (store.claimSend(WA_ID, T, 6, 45)) {
          passed.incrementAndGet();
        }
      }
    });
    assertThat(passed.get()).isEqualTo(45);
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T + 45 * 6);
  }

  /** How many claims pass back to back at {@code at}. */
  private int claimsAt(String key, long at) {
    int n = 0;
    while (n < 1000 && store.claimSend(key, at, 6, 45)) {
      n++;
    }
    return n;
  }

  @Test
  void businessInitiatedSendsCountEachUserOnceInTheMovingDay() {
    store.recordSent(SentMessage.of("16505550001", T).withPairRateInterval(6).withBusinessInitiated(true));
    store.recordSent(SentMessage.of("16505550001", T + 10).withPairRateInterval(6).withBusinessInitiated(true));
    store.recordSent(SentMessage.of("16505550002", T + 20).withPairRateInterval(6).withBusinessInitiated(true));
    assertThat(store.reachedUsers(T + 20)).isEqualTo(2);
    assertThat(store.user("16505550001").reachedAt()).isEqualTo(T + 10);
    // The first user's latest count is at T+10, the second's at T+20.
    assertThat(store.reachedUsers(T + 10 + DAY - 1)).isEqualTo(2);
    assertThat(store.reachedUsers(T + 10 + DAY)).isEqualTo(1);
    assertThat(store.reachedUsers(T + 20 + DAY)).isZero();
  }

  @Test
  void aUserReachedAgainAfterTheDayCountsAgain() {
    store.recordSent(SentMessage.of(WA_ID, T).withPairRateInterval(6).withBusinessInitiated(true));
    assertThat(store.reachedUsers(T + DAY)).isZero();
    store.recordSent(SentMessage.of(WA_ID, T + DAY).withPairRateInterval(6).withBusinessInitiated(true));
    assertThat(store.reachedUsers(T + DAY)).isEqualTo(1);
    assertThat(store.user(WA_ID).reachedAt()).isEqualTo(T + DAY);
  }

  @Test
  void firstReplyWithin24HoursOfAReferralOpensA72HourFreeEntryPoint() {
    store.recordInbound(WA_ID, T, true);
    store.recordSent(SentMessage.of(WA_ID, T + DAY - 1).withPairRateInterval(6));
    assertThat(store.user(WA_ID).freeEntryPointUntil()).isEqualTo(T + DAY - 1 + 72 * 3600);
    // Later replies do not extend it.
    store.recordSent(SentMessage.of(WA_ID, T + DAY + 100).withPairRateInterval(6));
    assertThat(store.user(WA_ID).freeEntryPointUntil()).isEqualTo(T + DAY - 1 + 72 * 3600);
  }

  @Test
  void replyAfter24HoursOfAReferralOpensNoFreeEntryPoint() {
    store.recordInbound(WA_ID, T, true);
    store.recordSent(SentMessage.of(WA_ID, T + DAY).withPairRateInterval(6));
    assertThat(store.user(WA_ID).freeEntryPointUntil()).isZero();
  }

  @Test
  void inboundWithoutReferralOpensNoFreeEntryPoint() {
    store.recordInbound(WA_ID, T, false);
    store.recordSent(SentMessage.of(WA_ID, T + 1).withPairRateInterval(6));
    assertThat(store.user(WA_ID).freeEntryPointUntil()).isZero();
  }

  @Test
  void reportedFreeEntryPointIsKeptUntilItsEnd() {
    store.recordFreeEntryPoint(WA_ID, T + 1000);
    store.recordFreeEntryPoint(WA_ID, T + 500);
    assertThat(store.user(WA_ID).freeEntryPointUntil()).isEqualTo(T + 1000);
  }

  @Test
  void optOutAndOptInLatestWins() {
    store.recordOptOut(WA_ID, OptOut.MARKETING, T);
    assertThat(store.user(WA_ID).optOut()).isEqualTo(OptOut.MARKETING);
    assertThat(store.user(WA_ID).optOutAt()).isEqualTo(T);
    store.recordOptOut(WA_ID, OptOut.ALL, T + 10);
    store.recordOptOut(WA_ID, OptOut.NONE, T + 5); // older, ignored
    assertThat(store.user(WA_ID).optOut()).isEqualTo(OptOut.ALL);
    store.recordOptOut(WA_ID, OptOut.NONE, T + 20);
    assertThat(store.user(WA_ID).optOut()).isEqualTo(OptOut.NONE);
  }

  @Test
  void marketingNotDeliveredKeepsTheLatestTimeAndSurvivesALink() {
    assertThat(store.user(WA_ID).marketingNotDeliveredAt()).isZero();
    store.recordMarketingNotDelivered(WA_ID, T + 100);
    store.recordMarketingNotDelivered(WA_ID, T + 50); // older, ignored
    assertThat(store.user(WA_ID).marketingNotDeliveredAt()).isEqualTo(T + 100);
    store.recordMarketingNotDelivered(BSUID, T + 200);
    store.link(WA_ID, BSUID);
    assertThat(store.user(WA_ID).marketingNotDeliveredAt()).isEqualTo(T + 200);
  }

  @Test
  void marketingHistoryCountsSendsSinceAndKeepsTheNewest() {
    for (int i = 0; i < ConversationStore.MARKETING_HISTORY + 4; i++) {
      store.recordSent(SentMessage.of(WA_ID, T + i * 60L).withPairRateInterval(6).withBusinessInitiated(true).withMarketing(true));
    }
    store.recordSent(SentMessage.of(WA_ID, T + 10_000).withPairRateInterval(6)); // not marketing
    UserState u = store.user(WA_ID);
    assertThat(u.marketingSentSince(T)).isEqualTo(ConversationStore.MARKETING_HISTORY);
    assertThat(u.marketingSentSince(T + 19 * 60L)).isEqualTo(1);
    assertThat(u.marketingSentSince(T + 19 * 60L + 1)).isZero();
  }

  @Test
  void linkedKeysShareOneState() {
    store.recordInbound(BSUID, T, false);
    store.link(WA_ID, BSUID);
    assertThat(store.user(WA_ID).lastInboundAt()).isEqualTo(T);
    store.recordSent(SentMessage.of(WA_ID, T + 5).withPairRateInterval(6));
    assertThat(store.user(BSUID).pairRateUntil()).isEqualTo(T + 11);
    store.link(BSUID, WA_ID); // again, either order: no change
    assertThat(store.user(BSUID).lastInboundAt()).isEqualTo(T);
  }

  @Test
  void linkingTwoKnownUsersMergesThemAndCountsTheReachOnce() {
    store.recordInbound(WA_ID, T, false);
    store.recordSent(SentMessage.of(WA_ID, T + 100).withPairRateInterval(6).withBusinessInitiated(true).withMarketing(true));
    store.recordOptOut(BSUID, OptOut.MARKETING, T + 50);
    store.recordSent(SentMessage.of(BSUID, T + 200).withPairRateInterval(6).withBusinessInitiated(true).withMarketing(true));
    assertThat(store.reachedUsers(T + 200)).isEqualTo(2);

    store.link(WA_ID, BSUID);

    for (String key : List.of(WA_ID, BSUID)) {
      UserState u = store.user(key);
      assertThat(u.lastInboundAt()).isEqualTo(T);
      assertThat(u.pairRateUntil()).isEqualTo(T + 206); // the stricter of the two
      assertThat(u.reachedAt()).isEqualTo(T + 200);
      assertThat(u.optOut()).isEqualTo(OptOut.MARKETING);
      assertThat(u.marketingSentSince(T)).isEqualTo(2);
    }
    assertThat(store.reachedUsers(T + 200)).isEqualTo(1);
  }

  @Test
  void aThirdKeyLinkedToAMergedUserFindsTheMergedState() {
    String asSent = "5511912345678";
    String waId = "551112345678";
    store.link(asSent, waId);
    store.recordInbound(BSUID, T, false);
    store.link(waId, BSUID); // merges the BSUID's state into the number's
    assertThat(store.user(asSent).lastInboundAt()).isEqualTo(T);
    store.recordSent(SentMessage.of(asSent, T + 1).withPairRateInterval(6));
    assertThat(store.user(BSUID).pairRateUntil()).isEqualTo(T + 7);
  }

  @Test
  void tierAndTemplates() {
    store.recordTier(MessagingLimitTier.TIER_2K);
    assertThat(store.tier()).isEqualTo(MessagingLimitTier.TIER_2K);
    store.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
    store.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    store.recordTemplateStatus("order_update", "en_US", TemplateStatus.PAUSED);
    store.recordTemplateCategory("order_update", "de", TemplateCategory.MARKETING);
    assertThat(store.template("order_update", "en_US"))
        .isEqualTo(new TemplateInfo(TemplateStatus.PAUSED, TemplateCategory.UTILITY));
    assertThat(store.template("order_update", "de")).isEqualTo(new TemplateInfo(null, TemplateCategory.MARKETING));
    assertThat(store.template("order_update", "fr")).isNull();
  }

  @Test
  void aTemplatesCallPermissionRequestComponentIsKeptWithItsStatusAndCategory() {
    store.recordTemplateCallPermissionRequest("call_me", "en_US", false);
    assertThat(store.template("call_me", "en_US")).isNull(); // nothing worth knowing yet
    store.recordTemplateCallPermissionRequest("call_me", "en_US", true);
    assertThat(store.template("call_me", "en_US")).isEqualTo(new TemplateInfo(null, null, true));
    store.recordTemplateStatus("call_me", "en_US", TemplateStatus.APPROVED);
    store.recordTemplateCategory("call_me", "en_US", TemplateCategory.UTILITY);
    assertThat(store.template("call_me", "en_US"))
        .isEqualTo(new TemplateInfo(TemplateStatus.APPROVED, TemplateCategory.UTILITY, true));
    assertThat(store.template("call_me", "de")).isNull();
    store.recordTemplateCallPermissionRequest("call_me", "en_US", false);
    assertThat(store.template("call_me", "en_US"))
        .isEqualTo(new TemplateInfo(TemplateStatus.APPROVED, TemplateCategory.UTILITY, false));
    store.recordTemplateCallPermissionRequest("call_me", "de", true);
    assertThat(store.readTemplateSend(WA_ID, "call_me", "de", AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, T)
        .template()).isEqualTo(new TemplateInfo(null, null, true));
  }

  @Test
  void concurrentBusinessInitiatedSendsCountEveryUserExactlyOnce() throws Exception {
    int threads = 8;
    int users = 500;
    Concurrently.run(threads, offset -> {
      for (int i = 0; i < users; i++) {
        String key = String.valueOf(16505550000L + (i + offset * 37) % users);
        store.recordSent(SentMessage.of(key, T + i % 60).withPairRateInterval(6).withBusinessInitiated(true));
        store.recordInbound(key, T + i % 60, false);
        store.user(key).pairRateUntil();
      }
    });
    assertThat(store.reachedUsers(T + 60)).isEqualTo(users);
  }

  @Test
  void callPermissionLatestAnswerWinsAndAPermanentOneIsKept() {
    assertThat(store.user(WA_ID).callPermissionUntil()).isZero();
    store.recordCallPermission(WA_ID, T + 7 * DAY);
    assertThat(store.user(WA_ID).callPermissionUntil()).isEqualTo(T + 7 * DAY);
    store.recordCallPermission(WA_ID, 0); // revoked
    assertThat(store.user(WA_ID).callPermissionUntil()).isZero();
    store.recordCallPermission(WA_ID, UserState.PERMANENT);
    assertThat(store.user(WA_ID).callPermissionUntil()).isEqualTo(UserState.PERMANENT);
  }

  @Test
  void callPermissionSurvivesALink() {
    store.recordCallPermission(BSUID, T + 7 * DAY);
    store.recordInbound(WA_ID, T, false);
    store.link(WA_ID, BSUID);
    assertThat(store.user(WA_ID).callPermissionUntil()).isEqualTo(T + 7 * DAY);
  }

  @Test
  void callPermissionRequestsAndConnectedCallsAreCountedSince() {
    UserState empty = store.user(WA_ID);
    assertThat(empty.callPermissionRequestsSince(0)).isZero();
    assertThat(empty.businessCallsConnectedSince(0)).isZero();
    assertThat(empty.lastCallConnectedAt()).isZero();
    for (int i = 0; i < ConversationStore.CALL_PERMISSION_REQUEST_HISTORY + 2; i++) {
      store.recordCallPermissionRequest(WA_ID, T + i * DAY);
    }
    store.recordCallConnected(WA_ID, T + 100, false);
    for (int i = 0; i < ConversationStore.CALL_HISTORY + 5; i++) {
      store.recordCallConnected(WA_ID, T + 1000 + i, true);
    }
    UserState u = store.user(WA_ID);
    assertThat(u.callPermissionRequestsSince(0)).isEqualTo(ConversationStore.CALL_PERMISSION_REQUEST_HISTORY);
    assertThat(u.callPermissionRequestsSince(T + 5 * DAY)).isEqualTo(1);
    assertThat(u.callPermissionRequestsSince(T + 5 * DAY + 1)).isZero();
    assertThat(u.businessCallsConnectedSince(0)).isEqualTo(ConversationStore.CALL_HISTORY);
    assertThat(u.businessCallsConnectedSince(T + 1000 + ConversationStore.CALL_HISTORY + 4)).isEqualTo(1);
    assertThat(u.lastCallConnectedAt()).isEqualTo(T + 1000 + ConversationStore.CALL_HISTORY + 4);
  }

  @Test
  void callFactsOfTwoLinkedKeysAreMerged() {
    store.recordCallPermissionRequest(WA_ID, T);
    store.recordCallConnected(WA_ID, T + 10, true);
    store.recordCallPermissionRequest(BSUID, T + 20);
    store.recordCallConnected(BSUID, T + 30, true);
    store.link(WA_ID, BSUID);
    UserState u = store.user(BSUID);
    assertThat(u.callPermissionRequestsSince(T)).isEqualTo(2);
    assertThat(u.businessCallsConnectedSince(T)).isEqualTo(2);
    assertThat(u.lastCallConnectedAt()).isEqualTo(T + 30);
  }

  @Test
  void aGroupKeyHasItsOwnWindow() {
    String group = dev.wabasdk.message.Recipient.group("Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD")
        .value();
    store.recordInbound(group, T, false);
    assertThat(store.user(group).lastInboundAt()).isEqualTo(T);
    assertThat(store.user(WA_ID).lastInboundAt()).isZero();
  }

  @Test
  void aTemplateSendsReadsInOneStepAnswerWhatTheSingleReadsDo() {
    String restriction = AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING;
    assertSameReads(WA_ID, "order_update", "en_US", restriction, T); // nothing known
    store.recordInbound(WA_ID, T - 100, true);
    store.recordSent(SentMessage.of(WA_ID, T - 50).withPairRateInterval(6).withBusinessInitiated(true)
        .withMarketing(true));
    store.recordOptOut(WA_ID, OptOut.MARKETING, T - 40);
    store.recordCallPermission(WA_ID, T + DAY);
    store.recordCallPermissionRequest(WA_ID, T - 30);
    store.recordCallConnected(WA_ID, T - 20, true);
    store.recordMarketingNotDelivered(WA_ID, T - 10);
    store.recordSent(SentMessage.of("16505550000", T - DAY + 5).withBusinessInitiated(true));
    store.link(WA_ID, BSUID);
    store.recordTier(MessagingLimitTier.TIER_250);
    store.recordRestriction(restriction, T + 3600);
    store.recordRestriction("RESTRICTED_ADD_PHONE_NUMBER_ACTION", T + 60);
    store.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
    store.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    store.recordTemplateCategory("promo", "de", TemplateCategory.MARKETING);
    store.recordTemplateCallPermissionRequest("promo", "de", true);
    for (String key : List.of(WA_ID, BSUID, "16505559999")) {
      for (String[] template : List.of(new String[] {"order_update", "en_US"}, new String[] {"promo", "de"},
          new String[] {"order_update", "de"})) {
        for (long now : new long[] {T, T + 10}) { // the other user leaves the moving day at T + 5
          assertSameReads(key, template[0], template[1], restriction, now);
          assertSameReads(key, template[0], template[1], "RESTRICTED_ADD_PHONE_NUMBER_ACTION", now);
        }
      }
    }
  }

  @Test
  void bothClaimsInOneStepDecideAsTheTwoClaims() {
    assertThat(store.claimSendAndReach("1", T, 6, 1, 2)).isTrue();
    assertThat(store.user("1").pairRateUntil()).isEqualTo(T + 6);
    assertThat(store.user("1").reachedAt()).isEqualTo(T);
    assertThat(store.claimSendAndReach("1", T, 6, 1, 2)).isFalse(); // the pair rate
    assertThat(store.user("1").pairRateUntil()).isEqualTo(T + 6);
    assertThat(store.claimSendAndReach("2", T, 6, 1, 2)).isTrue();
    assertThat(store.reachedUsers(T)).isEqualTo(2);
    assertThat(store.claimSendAndReach("3", T, 6, 1, 2)).isFalse(); // the limit; the send claim stays
    assertThat(store.user("3").pairRateUntil()).isEqualTo(T + 6);
    assertThat(store.user("3").reachedAt()).isZero();
    assertThat(store.reachedUsers(T)).isEqualTo(2);
    assertThat(store.claimSendAndReach("1", T + 6, 6, 1, 2)).isTrue(); // already reached: no new place
    assertThat(store.user("1").reachedAt()).isEqualTo(T);
    assertThat(store.reachedUsers(T + 6)).isEqualTo(2);
  }

  private void assertSameReads(String key, String name, String language, String restrictionType, long now) {
    TemplateSendReads reads = store.readTemplateSend(key, name, language, restrictionType, now);
    assertThat(reads.template()).isEqualTo(store.template(name, language));
    assertThat(reads.restrictedUntil()).isEqualTo(store.restrictedUntil(restrictionType));
    assertThat(reads.tier()).isEqualTo(store.tier());
    assertThat(reads.reachedUsers()).isEqualTo(store.reachedUsers(now));
    assertSameUser(reads.user(), store.user(key), now);
  }

  /** Every fact of two user states, the counted ones from several times. */
  protected static void assertSameUser(UserState actual, UserState expected, long now) {
    assertThat(List.of(actual.lastInboundAt(), actual.referralAt(), actual.freeEntryPointUntil(),
        actual.pairRateUntil(), actual.reachedAt(), actual.optOutAt(), actual.marketingNotDeliveredAt(),
        actual.callPermissionUntil(), actual.lastCallConnectedAt())).isEqualTo(List.of(expected.lastInboundAt(),
        expected.referralAt(), expected.freeEntryPointUntil(), expected.pairRateUntil(), expected.reachedAt(),
        expected.optOutAt(), expected.marketingNotDeliveredAt(), expected.callPermissionUntil(),
        expected.lastCallConnectedAt()));
    assertThat(actual.optOut()).isEqualTo(expected.optOut());
    for (long since : new long[] {0, now - DAY, now - 60, now}) {
      assertThat(actual.marketingSentSince(since)).isEqualTo(expected.marketingSentSince(since));
      assertThat(actual.callPermissionRequestsSince(since)).isEqualTo(expected.callPermissionRequestsSince(since));
      assertThat(actual.businessCallsConnectedSince(since)).isEqualTo(expected.businessCallsConnectedSince(since));
    }
  }
}
