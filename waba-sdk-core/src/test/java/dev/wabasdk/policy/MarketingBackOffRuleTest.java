package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Error 131049, "This message was not delivered to maintain healthy ecosystem engagement" (Meta's Cloud API error
 * codes; "Per-user marketing template message limits" in the send-message-templates guide): Meta advises not to
 * resend marketing to that user for at least 24 hours.
 */
class MarketingBackOffRuleTest extends PolicyFixtures {
  private static final String DE = number(1);
  private static final WhatsAppUser DE_USER = WhatsAppUser.ofWaId(DE);

  @Test
  void aFailedStatusWith131049RefusesMarketingToThatUserFor24Hours() {
    PolicyEngine engine = defaultEngine();
    engine.recordStatus(new StatusUpdate(DE_USER, DeliveryStatus.FAILED, T, null, null, null, 131049));

    at(Duration.ofMinutes(1));
    Decision d = engine.evaluate(template(DE, "spring_sale"));

    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo(MarketingBackOffRule.REASON);
    assertThat(d.explanation()).isEqualTo("Meta did not deliver a marketing template to this user at"
        + " 2026-11-25T10:00:00Z (error 131049, the per-user marketing limit for healthy ecosystem engagement), so"
        + " marketing templates to this user are refused until 2026-11-26T10:00:00Z (a back-off of PT24H; Meta"
        + " advises at least 24 hours); this template's category is not recorded, so it is treated as marketing.");
    at(Duration.ofHours(24).minusSeconds(1));
    assertThat(engine.evaluate(template(DE, "spring_sale")).reasonCode()).isEqualTo(MarketingBackOffRule.REASON);
    at(Duration.ofHours(24));
    assertThat(engine.evaluate(template(DE, "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void otherUsersUtilityAndFreeFormAreNotAffected() {
    PolicyEngine engine = defaultEngine();
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    engine.recordMarketingNotDelivered(DE_USER, T);
    engine.recordInbound(DE_USER, T);

    assertThat(engine.evaluate(template(DE, "order_update")).isAllowed()).isTrue();
    assertThat(engine.evaluate(text(DE)).isAllowed()).isTrue();
    assertThat(engine.evaluate(template(number(2), "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void theBackOffIsConfigurableAndTheRuleRemovable() {
    PolicyEngine shorter = PolicyEngine.builder().clock(clock).store(store)
        .replaceRule(new MarketingBackOffRule(Duration.ofHours(48))).build();
    shorter.recordMarketingNotDelivered(DE_USER, T);
    at(Duration.ofHours(47));
    assertThat(shorter.evaluate(template(DE, "spring_sale")).reasonCode()).isEqualTo(MarketingBackOffRule.REASON);

    PolicyEngine off = PolicyEngine.builder().clock(clock).store(store).withoutRule(MarketingBackOffRule.class)
        .build();
    assertThat(off.evaluate(template(DE, "spring_sale")).isAllowed()).isTrue();
    assertThatThrownBy(() -> new MarketingBackOffRule(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("backOff: must be at least 1 second, was PT0S");
  }
}
