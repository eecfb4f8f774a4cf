package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.phone.MessagingLimitTier;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** {@link PolicyEngine#admit} claims what it allows; {@link StoreFailureMode} decides when the store fails. */
class PolicyEngineAdmitTest extends PolicyFixtures {

  @Test
  void evaluateRecordsNothingButAdmitClaimsThePairRate() {
    PolicyEngine engine = defaultEngine();
    engine.recordInbound(USER, T.minusSeconds(60));
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
    assertThat(store.user(WA_ID).pairRateUntil()).isZero();

    assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 6);
    for (int i = 2; i <= 45; i++) {
      assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
    }
    Decision over = engine.admit(text(WA_ID));
    assertThat(over.reasonCode()).isEqualTo(PairRateRule.REASON);
    assertThat(over.explanation()).contains("all 45 messages of this user's burst are used");
    at(java.time.Duration.ofSeconds(6));
    assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void admitClaimsAPlaceUnderTheMessagingLimit() {
    PolicyEngine engine = defaultEngine();
    engine.recordTier(MessagingLimitTier.TIER_50);
    for (int i = 0; i < 50; i++) {
      assertThat(engine.admit(template(number(i), "offer")).isAllowed()).isTrue();
    }
    assertThat(store.reachedUsers(T.getEpochSecond())).isEqualTo(50);
    Decision full = engine.admit(template(number(50), "offer"));
    assertThat(full.reasonCode()).isEqualTo(MessagingLimitRule.REASON);
    // A user already reached in the moving day does not need a new place.
    at(java.time.Duration.ofSeconds(10));
    assertThat(engine.admit(template(number(3), "offer")).isAllowed()).isTrue();
    assertThat(store.reachedUsers(T.getEpochSecond() + 10)).isEqualTo(50);
  }

  @Test
  void concurrentAdmissionsNeverExceedTheLimit() throws Exception {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store)
        .replaceRule(PairRateRule.minimumSpacing(java.time.Duration.ofSeconds(6))).build();
    engine.recordTier(MessagingLimitTier.TIER_50);
    AtomicInteger allowed = new AtomicInteger();
    Concurrently.run(8, t -> {
      int offset = t * 25;
      for (int i = 0; i < 200; i++) {
        if (engine.admit(template(number((i + offset) % 200), "offer")).isAllowed()) {
          allowed.incrementAndGet();
        }
      }
    });
    assertThat(allowed).hasValue(50); // one admission per user (pair rate), 50 users (TIER_50)
    assertThat(store.reachedUsers(T.getEpochSecond())).isEqualTo(50);
  }

  @Test
  void aFailingStoreDeniesByDefault() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(new FailingStore()).build();
    assertThat(engine.storeFailureMode()).isEqualTo(StoreFailureMode.DENY);
    Decision d = engine.evaluate(Message.text(WA_ID, "Hi"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo(PolicyEngine.STORE_UNAVAILABLE);
    assertThat(d.explanation()).isEqualTo("The conversation store is unavailable (store down), so the rules cannot"
        + " be checked and the message is denied (StoreFailureMode.DENY).");
    assertThat(engine.admit(Message.text(WA_ID, "Hi"))).isEqualTo(d);
  }

  @Test
  void aFailingStoreAllowsWhenConfigured() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(new FailingStore())
        .storeFailureMode(StoreFailureMode.ALLOW).build();
    Decision d = engine.admit(template(WA_ID, "offer"));
    assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(d.reasonCode()).isEqualTo(PolicyEngine.STORE_UNAVAILABLE);
    assertThat(d.explanation()).isEqualTo("The conversation store is unavailable (store down), so the message is"
        + " allowed without checking the rules (StoreFailureMode.ALLOW).");
  }

  @Test
  void aStoreWithoutItsOwnClaimsUsesTheDefaultOnes() {
    // WA_ID is a US number, where Meta does not deliver marketing (MarketingMarketsRule): not what this test is about.
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(new Delegating(store))
        .replaceRule(new PairRateRule(java.time.Duration.ofSeconds(6), 2)).withoutRule(MarketingMarketsRule.class)
        .build();
    engine.recordTier(MessagingLimitTier.TIER_50);
    assertThat(engine.admit(template(WA_ID, "offer")).isAllowed()).isTrue();
    assertThat(engine.admit(template(WA_ID, "offer")).isAllowed()).isTrue();
    assertThat(engine.admit(template(WA_ID, "offer")).reasonCode()).isEqualTo(PairRateRule.REASON);
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 12);
    assertThat(store.user(WA_ID).reachedAt()).isEqualTo(T.getEpochSecond());
    for (int i = 1; i < 50; i++) {
      assertThat(engine.admit(template(number(i), "offer")).isAllowed()).isTrue();
    }
    assertThat(engine.admit(template(number(50), "offer")).reasonCode()).isEqualTo(MessagingLimitRule.REASON);
    assertThat(store.reachedUsers(T.getEpochSecond())).isEqualTo(50);
  }

  /** A store that implements only the interface's abstract methods, by delegation. */
  record Delegating(ConversationStore to) implements ConversationStore {
    @Override
    public UserState user(String key) {
      return to.user(key);
    }

    @Override
    public void link(String key, String otherKey) {
      to.link(key, otherKey);
    }

    @Override
    public void recordInbound(String key, long at, boolean referral) {
      to.recordInbound(key, at, referral);
    }

    @Override
    public void recordSent(SentMessage sent) {
      to.recordSent(sent);
    }

    @Override
    public void recordMarketingNotDelivered(String key, long at) {
      to.recordMarketingNotDelivered(key, at);
    }

    @Override
    public void recordFreeEntryPoint(String key, long until) {
      to.recordFreeEntryPoint(key, until);
    }

    @Override
    public void recordOptOut(String key, OptOut optOut, long at) {
      to.recordOptOut(key, optOut, at);
    }

    @Override
    public int reachedUsers(long now) {
      return to.reachedUsers(now);
    }

    @Override
    public @Nullable MessagingLimitTier tier() {
      return to.tier();
    }

    @Override
    public void recordTier(MessagingLimitTier tier) {
      to.recordTier(tier);
    }

    @Override
    public @Nullable TemplateInfo template(String name, String language) {
      return to.template(name, language);
    }

    @Override
    public void recordTemplateStatus(String name, String language, TemplateStatus status) {
      to.recordTemplateStatus(name, language, status);
    }

    @Override
    public void recordTemplateCategory(String name, String language, TemplateCategory category) {
      to.recordTemplateCategory(name, language, category);
    }

    // Template facts, likewise (a default method, but a fact): forwarded, so the contract's template test runs.
    @Override
    public void recordTemplateCallPermissionRequest(String name, String language, boolean requestsCallPermission) {
      to.recordTemplateCallPermissionRequest(name, language, requestsCallPermission);
    }

    // Restrictions are facts, not claims: forwarded, so the contract's restriction test runs on the delegate.
    @Override
    public void recordRestriction(String type, long until) {
      to.recordRestriction(type, until);
    }

    @Override
    public long restrictedUntil(String type) {
      return to.restrictedUntil(type);
    }

    // Call facts, likewise: forwarded, so the contract's call tests run on the delegate.
    @Override
    public void recordCallPermission(String key, long until) {
      to.recordCallPermission(key, until);
    }

    @Override
    public void recordCallPermissionRequest(String key, long at) {
      to.recordCallPermissionRequest(key, at);
    }

    @Override
    public void recordCallConnected(String key, long at, boolean businessInitiated) {
      to.recordCallConnected(key, at, businessInitiated);
    }
  }

  /** A store whose backend is down: every call fails as a Redis store's would. */
  private static final class FailingStore implements ConversationStore {
    private static ConversationStoreException down() {
      return new ConversationStoreException("store down", new IllegalStateException("connection refused"));
    }

    @Override
    public UserState user(String key) {
      throw down();
    }

    @Override
    public void link(String key, String otherKey) {
      throw down();
    }

    @Override
    public void recordInbound(String key, long at, boolean referral) {
      throw down();
    }

    @Override
    public void recordSent(SentMessage sent) {
      throw down();
    }

    @Override
    public boolean claimSend(String key, long at, long intervalSeconds, int burst) {
      throw down();
    }

    @Override
    public boolean claimReach(String key, long at, int limit) {
      throw down();
    }

    @Override
    public void recordFreeEntryPoint(String key, long until) {
      throw down();
    }

    @Override
    public void recordOptOut(String key, OptOut optOut, long at) {
      throw down();
    }

    @Override
    public int reachedUsers(long now) {
      throw down();
    }

    @Override
    public @Nullable MessagingLimitTier tier() {
      throw down();
    }

    @Override
    public void recordTier(MessagingLimitTier tier) {
      throw down();
    }

    @Override
    public @Nullable TemplateInfo template(String name, String language) {
      throw down();
    }

    @Override
    public void recordTemplateStatus(String name, String language, TemplateStatus status) {
      throw down();
    }

    @Override
    public void recordTemplateCategory(String name, String language, TemplateCategory category) {
      throw down();
    }
  }
}
