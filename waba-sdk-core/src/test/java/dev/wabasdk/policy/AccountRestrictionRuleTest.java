package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountRestrictionRuleTest extends PolicyFixtures {
  // The test user is a US number: marketing templates to it are not delivered (MarketingMarketsRule), which would
  // answer before the restriction does.
  private final PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store)
      .withoutRule(MarketingMarketsRule.class).build();

  @Test
  void isOnByDefaultBeforeTheMessagingLimit() {
    assertThat(PolicyEngine.defaultRules()).contains(new AccountRestrictionRule());
    assertThat(PolicyEngine.defaultRules().indexOf(new AccountRestrictionRule()))
        .isLessThan(PolicyEngine.defaultRules().indexOf(new MessagingLimitRule(null)));
  }

  @Test
  void deniesBusinessInitiatedTemplatesUntilTheRestrictionExpires() {
    Instant until = T.plus(Duration.ofDays(2));
    engine.recordRestriction(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, until);

    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));

    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("account_restricted");
    assertThat(d.explanation()).isEqualTo("Meta restricted this account from business-initiated messaging"
        + " (RESTRICTED_BIZ_INITIATED_MESSAGING) until 2026-11-27T10:00:00Z, so a template outside the customer"
        + " service window is not delivered until then; replies to users who wrote in the last 24 hours still go.");
    assertThat(d.facts().notes()).containsEntry("account_restricted_until", "2026-11-27T10:00:00Z");

    at(until);
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).reasonCode())
        .isNotEqualTo(AccountRestrictionRule.REASON);
  }

  @Test
  void repliesInsideTheWindowStillGo() {
    engine.recordRestriction(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, T.plus(Duration.ofDays(2)));
    engine.recordInbound(USER, T.minusSeconds(60));

    assertThat(engine.evaluate(template(WA_ID, "order_update")).reasonCode())
        .isNotEqualTo(AccountRestrictionRule.REASON);
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void otherRestrictionTypesDoNotStopMessages() {
    engine.recordRestriction("RESTRICTED_ADD_PHONE_NUMBER_ACTION", T.plus(Duration.ofDays(2)));
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).reasonCode())
        .isNotEqualTo(AccountRestrictionRule.REASON);
  }

  @Test
  void aCallOpensTheWindowAndAnEchoTakesThePairRateCredit() {
    engine.recordCall(USER, T.minusSeconds(10));
    assertThat(engine.evaluate(text(WA_ID)).facts().customerServiceWindowOpen()).isTrue();

    engine.recordEcho(USER, T);
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 6);
    assertThat(store.user(WA_ID).reachedAt()).isZero();
  }
}
