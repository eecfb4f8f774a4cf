package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Meta's "Per-user marketing template message limits" (send-message-templates guide): since 2025-04-01 marketing
 * templates are not delivered to WhatsApp users with a US phone number (+1 and a US area code).
 */
class MarketingMarketsRuleTest extends PolicyFixtures {

  @Test
  void marketingToAUsNumberIsDeniedAndTheDecisionNamesTheRuleAndDate() {
    PolicyEngine engine = defaultEngine();
    engine.recordTemplateCategory("spring_sale", "en_US", TemplateCategory.MARKETING);

    Decision d = engine.evaluate(template(WA_ID, "spring_sale")); // +1 650: California

    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo(MarketingMarketsRule.REASON);
    assertThat(d.explanation()).isEqualTo("Meta does not deliver marketing templates to US phone numbers since"
        + " 2025-04-01 (MarketingMarketsRule; source: Meta, \"Per-user marketing template message limits\" (send"
        + " message templates guide)), so this marketing template would not be delivered.");
  }

  @Test
  void canadaSharesPlusOneButIsNotTheUs() {
    PolicyEngine engine = defaultEngine();
    assertThat(engine.evaluate(template("14165551234", "spring_sale")).isAllowed()).isTrue(); // Toronto
  }

  @Test
  void beforeTheDateAndForUtilityItIsAllowed() {
    PolicyEngine engine = defaultEngine();
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    assertThat(engine.evaluate(template(WA_ID, "order_update")).isAllowed()).isTrue();
    at(Instant.parse("2025-03-31T23:59:59Z"));
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue();
    at(Instant.parse("2025-04-01T00:00:00Z"));
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).reasonCode()).isEqualTo(MarketingMarketsRule.REASON);
  }

  @Test
  void offWithOneLineAndOtherMarketsWithDates() {
    PolicyEngine off = PolicyEngine.builder().clock(clock).store(store).withoutRule(MarketingMarketsRule.class)
        .build();
    assertThat(off.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue();

    PolicyEngine custom = PolicyEngine.builder().clock(clock).store(store).replaceRule(new MarketingMarketsRule(
        List.of(new MarketingMarketsRule.Market("DE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 1), "test"))))
        .build();
    assertThat(custom.evaluate(template(number(1), "spring_sale")).explanation())
        .contains("DE phone numbers since 2026-01-01 until 2026-12-01");
    assertThat(custom.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void otherRegionsOfPlusOneAreToldApartByTheParse() {
    PolicyEngine canada = PolicyEngine.builder().clock(clock).store(store).replaceRule(new MarketingMarketsRule(
        List.of(new MarketingMarketsRule.Market("ca", LocalDate.of(2026, 1, 1), null, "test")))).build();
    assertThat(canada.evaluate(template("14165551234", "spring_sale")).explanation()) // Toronto
        .startsWith("Meta does not deliver marketing templates to CA phone numbers since 2026-01-01");
    assertThat(canada.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue(); // California
    assertThat(canada.evaluate(template("18765551234", "spring_sale")).isAllowed()).isTrue(); // Jamaica
  }

  @Test
  void aBusinessScopedUserIdCountsByItsCountryPrefix() {
    TemplateMessage toUserId = TemplateMessage.builder().to(Recipient.userId(BSUID)).name("spring_sale")
        .language("en_US").build();
    assertThat(defaultEngine().evaluate(toUserId).explanation())
        .startsWith("Meta does not deliver marketing templates to US phone numbers (this business-scoped user id"
            + " names US) since 2025-04-01");
  }
}
