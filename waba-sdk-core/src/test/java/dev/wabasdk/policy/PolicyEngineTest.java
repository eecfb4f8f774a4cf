package dev.wabasdk.policy;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.phone.MessagingLimitTier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyEngineTest extends PolicyFixtures {

  @Test
  void defaultRulesAreOnInOrderAndRemovable() {
    PolicyEngine engine = defaultEngine();
    assertThat(engine.mode()).isEqualTo(PolicyMode.ENFORCE);
    assertThat(engine.rules()).extracting(r -> r.getClass().getSimpleName()).containsExactly(
        "CustomerServiceWindowRule", "FreeEntryPointRule", "TemplateStatusRule", "OptOutRule", "MarketingMarketsRule",
        "MarketingBackOffRule", "AccountRestrictionRule", "MessagingLimitRule", "PairRateRule", "GroupMessageRule",
        "CallPermissionRequestLimitRule");
    PolicyEngine withoutPairRate = PolicyEngine.builder().withoutRule(PairRateRule.class).build();
    assertThat(withoutPairRate.rules()).noneMatch(r -> r instanceof PairRateRule).hasSize(10);
    assertThat(engine.rules().get(8)).isEqualTo(new PairRateRule(Duration.ofSeconds(6), 45));
    PolicyEngine slower = PolicyEngine.builder().replaceRule(new PairRateRule(Duration.ofSeconds(30), 10)).build();
    assertThat(slower.rules().get(8)).isEqualTo(new PairRateRule(Duration.ofSeconds(30), 10));
  }

  @Test
  void allowedDecisionCarriesTheFacts() {
    PolicyEngine engine = defaultEngine();
    engine.recordTier(MessagingLimitTier.TIER_250);
    engine.recordInbound(USER, T);
    at(Duration.ofMinutes(5));
    for (int i = 0; i < 3; i++) {
      assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
    }

    Decision d = engine.evaluate(text(WA_ID));

    assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(d.explanation()).isEqualTo("Allowed by every policy rule.");
    assertThat(d.facts().evaluatedAt()).isEqualTo(T.plus(Duration.ofMinutes(5)));
    assertThat(d.facts().toString()).isEqualTo(
        "window open until 2026-11-26T10:00:00Z, pair rate: burst quota borrowed until 2026-11-25T10:05:18Z");
  }

  @Test
  void denyBeatsTemplateRequired() {
    PolicyEngine engine = defaultEngine();
    engine.recordOptOut(USER, OptOut.ALL, T);
    Decision d = engine.evaluate(text(WA_ID)); // outside the window and opted out
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo(OptOutRule.REASON_ALL);
  }

  @Test
  void templateRequiredWhenNoRuleDenies() {
    Decision d = defaultEngine().evaluate(text(WA_ID));
    assertThat(d.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(d.toString()).startsWith("TEMPLATE_REQUIRED (customer_service_window_closed): This user has not");
  }

  @Test
  void aCustomRuleIsALambda() {
    PolicyRule noMarketingOnSunday = context ->
        context.isMarketing() && context.now().atZone(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.SUNDAY
            ? Decision.deny("no_marketing_on_sunday", "We do not send marketing on Sundays.")
            : Decision.allow();
    // WA_ID is a US number, where Meta does not deliver marketing (MarketingMarketsRule): this test is about the lambda.
    PolicyEngine engine = PolicyEngine.builder().clock(clock).rule(noMarketingOnSunday)
        .withoutRule(MarketingMarketsRule.class).build();

    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue(); // a Wednesday
    at(Duration.ofDays(4));
    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(d.reasonCode()).isEqualTo("no_marketing_on_sunday");
    assertThat(d.facts().templateCategoryAssumed()).isTrue();
  }

  @Test
  void aRuleReturningNullIsReported() {
    PolicyEngine engine = engine(context -> null);
    assertThatThrownBy(() -> engine.evaluate(text(WA_ID)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("a PolicyRule returned null; return Decision.allow()");
  }

  @Test
  void stateRecordedUnderAUserIdIsFoundUnderThePhoneNumberOnceLinked() {
    PolicyEngine engine = defaultEngine();
    engine.recordInbound(WhatsAppUser.ofUserId(BSUID), T);
    assertThat(engine.evaluate(text(WA_ID)).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(engine.evaluate(text(Recipient.userId(BSUID))).isAllowed()).isTrue();

    engine.recordUser(new WhatsAppUser(WA_ID, BSUID, null, null));

    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void inboundWithBothIdsLinksThem() {
    PolicyEngine engine = defaultEngine();
    engine.recordOptOut(WhatsAppUser.ofWaId(WA_ID), OptOut.ALL, T);
    engine.recordInbound(new WhatsAppUser(WA_ID, BSUID, null, null), T.plusSeconds(1));
    Decision d = engine.evaluate(text(Recipient.userId(BSUID)));
    assertThat(d.reasonCode()).isEqualTo(OptOutRule.REASON_ALL);
  }

  @Test
  void aSendToAUserIdThatMetaAnswersWithAWaIdLinksThem() {
    PolicyEngine engine = defaultEngine();
    engine.recordSent(text(Recipient.userId(BSUID)), new SendResult("wamid.1", BSUID, WA_ID, BSUID, null), T);
    engine.recordOptOut(WhatsAppUser.ofWaId(WA_ID), OptOut.ALL, T);
    Decision d = engine.evaluate(text(Recipient.userId(BSUID)));
    assertThat(d.reasonCode()).isEqualTo(OptOutRule.REASON_ALL);
  }

  @Test
  void aWaIdThatDiffersFromTheNumberAsSentIsLinked() {
    PolicyEngine engine = defaultEngine();
    String asSent = "5511912345678";
    String waId = "551112345678";
    engine.recordSent(text(asSent), new SendResult("wamid.1", "+" + asSent, waId, null, null), T);
    engine.recordInbound(WhatsAppUser.ofWaId(waId), T.plusSeconds(10));
    at(Duration.ofMinutes(1));
    assertThat(engine.evaluate(text(asSent)).isAllowed()).isTrue();
  }

  @Test
  void statusesOnlyTeachWhatTheyCarry() {
    // WA_ID is a US number, where Meta does not deliver marketing (MarketingMarketsRule): not what this test is about.
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).withoutRule(MarketingMarketsRule.class)
        .build();
    engine.recordStatus(new StatusUpdate(USER, DeliveryStatus.DELIVERED, T,
        PricingType.REGULAR, PricingCategory.MARKETING, null, null));
    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().freeEntryPointUntil()).isNull();
    assertThat(d.facts().optOut()).isEqualTo(OptOut.NONE);
  }

  @Test
  void evaluatingRecordsNothing() {
    PolicyEngine engine = defaultEngine();
    for (int i = 0; i < 3; i++) {
      engine.evaluate(template(WA_ID, "spring_sale"));
    }
    assertThat(store.trackedKeys()).isZero();
    assertThat(store.reachedUsers(T.getEpochSecond())).isZero();
  }

  @Test
  void rulesListIsValidated() {
    assertThatThrownBy(() -> PolicyEngine.builder().rules(java.util.Arrays.asList(new OptOutRule(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules contains null");
    assertThat(PolicyEngine.builder().rules(List.of()).build().evaluate(text(WA_ID)).isAllowed()).isTrue();
  }
}
