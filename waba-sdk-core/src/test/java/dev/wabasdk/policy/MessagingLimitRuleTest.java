package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MessagingLimitRuleTest extends PolicyFixtures {
  private final PolicyEngine engine = engine(new CustomerServiceWindowRule(), new MessagingLimitRule(null));

  private void reach(int users) {
    for (int i = 0; i < users; i++) {
      Decision d = engine.evaluate(template(number(i), "spring_sale"));
      assertThat(d.isAllowed()).as("user %d", i + 1).isTrue();
      sendTemplate(engine, number(i), "spring_sale");
    }
  }

  @Test
  void the251stUniqueUserIsDeniedOnTier250() {
    engine.recordTier(MessagingLimitTier.TIER_250);
    reach(250);

    Decision d = engine.evaluate(template(number(250), "spring_sale"));

    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("messaging_limit_reached");
    assertThat(d.explanation()).isEqualTo("The business has already reached 250 unique users in the last 24 hours,"
        + " the limit of its messaging tier TIER_250, so a template to a new user is not delivered until earlier"
        + " users drop out of the moving period (users reached since 2026-11-24T10:00:01Z can still be messaged).");
    assertThat(d.facts().reachedUsers()).hasValue(250);
    assertThat(d.facts().messagingLimitTier()).isEqualTo(MessagingLimitTier.TIER_250);
    assertThat(d.facts().toString()).contains("tier usage 250/250");
  }

  @Test
  void the2001stUniqueUserIsDeniedOnTier2K() {
    engine.recordTier(MessagingLimitTier.TIER_2K);
    reach(2000);
    assertThat(engine.evaluate(template(number(2000), "spring_sale")).reasonCode())
        .isEqualTo(MessagingLimitRule.REASON);
  }

  @Test
  void aUserReachedTwiceCountsOnceAndMayBeMessagedAgainAtTheLimit() {
    engine.recordTier(MessagingLimitTier.TIER_250);
    reach(250);
    sendTemplate(engine, number(0), "spring_sale");
    assertThat(store.reachedUsers(clock.instant().getEpochSecond())).isEqualTo(250);

    Decision again = engine.evaluate(template(number(7), "spring_sale"));
    assertThat(again.isAllowed()).isTrue();
    assertThat(again.facts().alreadyReached()).isTrue();
  }

  @Test
  void repliesInsideAnOpenWindowDoNotCountAndAreNotLimited() {
    engine.recordTier(MessagingLimitTier.TIER_250);
    reach(250);
    engine.recordInbound(WhatsAppUser.ofWaId(number(900)), T);
    at(Duration.ofMinutes(1));
    assertThat(engine.evaluate(template(number(900), "order_update")).isAllowed()).isTrue();
    sendTemplate(engine, number(900), "order_update");
    assertThat(store.reachedUsers(clock.instant().getEpochSecond())).isEqualTo(250);
  }

  @Test
  void theMovingPeriodSlides() {
    engine.recordTier(MessagingLimitTier.TIER_250);
    reach(200); // at T
    at(Duration.ofHours(12));
    for (int i = 200; i < 250; i++) {
      sendTemplate(engine, number(i), "spring_sale");
    }
    String newcomer = number(1000);

    at(Duration.ofHours(24).minusSeconds(1));
    assertThat(engine.evaluate(template(newcomer, "spring_sale")).verdict()).isEqualTo(Verdict.DENY);

    at(Duration.ofHours(24)); // the 200 reached at T drop out
    Decision d = engine.evaluate(template(newcomer, "spring_sale"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().reachedUsers()).hasValue(50);
  }

  @Test
  void withoutATierNothingIsLimitedUnlessOneIsAssumed() {
    reach(300);
    Decision d = engine.evaluate(template(number(300), "spring_sale"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().toString()).contains("tier usage 300/unknown");

    PolicyEngine assuming = engine(new MessagingLimitRule(MessagingLimitTier.TIER_250));
    Decision denied = assuming.evaluate(template(number(300), "spring_sale"));
    assertThat(denied.verdict()).isEqualTo(Verdict.DENY);
    assertThat(denied.facts().notes()).containsEntry("messaging_limit_tier", "assumed TIER_250");
  }

  @Test
  void unlimitedTierNeverLimits() {
    engine.recordTier(MessagingLimitTier.of("tier_unlimited"));
    reach(300);
    assertThat(engine.evaluate(template(number(300), "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void olderTiersHaveTheirLimits() {
    engine.recordTier(MessagingLimitTier.TIER_50);
    reach(50);
    assertThat(engine.evaluate(template(number(50), "spring_sale")).verdict()).isEqualTo(Verdict.DENY);
    engine.recordTier(MessagingLimitTier.TIER_1K);
    assertThat(engine.evaluate(template(number(50), "spring_sale")).isAllowed()).isTrue();
    engine.recordTier(MessagingLimitTier.TIER_NOT_SET);
    assertThat(engine.evaluate(template(number(50), "spring_sale")).facts().toString())
        .contains("tier usage 50/TIER_NOT_SET");
  }
}
