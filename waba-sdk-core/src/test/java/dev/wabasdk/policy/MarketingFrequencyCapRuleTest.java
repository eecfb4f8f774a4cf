package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarketingFrequencyCapRuleTest extends PolicyFixtures {
  private final PolicyEngine engine = engine(new MarketingFrequencyCapRule(2, Duration.ofDays(7)));

  @Test
  void atMostTwoMarketingTemplatesPerMoving7Days() {
    engine.recordTemplateCategory("spring_sale", "en_US", TemplateCategory.MARKETING);
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    sendTemplate(engine, WA_ID, "spring_sale");
    at(Duration.ofDays(1));
    sendTemplate(engine, WA_ID, "order_update"); // utility: not counted
    sendTemplate(engine, WA_ID, "spring_sale");

    at(Duration.ofDays(7).minusSeconds(1));
    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("marketing_frequency_cap");
    assertThat(d.explanation())
        .isEqualTo("This user already received 2 marketing templates in the last 7 days, the most this business allows.");
    assertThat(d.facts().notes()).containsEntry("marketing_sent_in_period", "2/2");
    assertThat(engine.evaluate(template(WA_ID, "order_update")).isAllowed()).isTrue();

    at(Duration.ofDays(7)); // the first send leaves the period
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void isOffByDefaultAndValidated() {
    assertThat(PolicyEngine.defaultRules()).noneMatch(r -> r instanceof MarketingFrequencyCapRule);
    assertThatThrownBy(() -> new MarketingFrequencyCapRule(17, Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxMessages: must be 1 to 16, was 17");
  }
}
