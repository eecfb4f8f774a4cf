package dev.wabasdk.policy;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.Referral;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FreeEntryPointRuleTest extends PolicyFixtures {
  private final PolicyEngine engine = engine(new CustomerServiceWindowRule(), new FreeEntryPointRule());
  private final Referral ad = Referral.ad("120208584289060188", null);

  @Test
  void replyWithin24HoursOfAReferralOpensA72HourFreeWindow() {
    engine.recordInbound(USER, T, "Hi, I saw your ad", ad);

    at(Duration.ofHours(1));
    Decision beforeReply = engine.evaluate(text(WA_ID));
    assertThat(beforeReply.facts().notes()).containsEntry("free_entry_point_reply_by", "2026-11-26T10:00:00Z");
    assertThat(beforeReply.facts().freeEntryPointOpen()).isFalse();

    at(Duration.ofHours(24).minusSeconds(1));
    engine.recordSent(text(WA_ID), accepted(WA_ID), clock.instant());

    at(Duration.ofHours(24 + 72).minusSeconds(2));
    Decision inside = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(inside.isAllowed()).isTrue();
    assertThat(inside.facts().freeEntryPointOpen()).isTrue();
    assertThat(inside.facts().freeEntryPointUntil()).isEqualTo(T.plus(Duration.ofHours(96)).minusSeconds(1));
    assertThat(inside.facts().notes()).containsEntry("free_entry_point_until", "2026-11-29T09:59:59Z");

    at(Duration.ofHours(24 + 72).minusSeconds(1));
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).facts().freeEntryPointOpen()).isFalse();
  }

  @Test
  void replyAt24HoursOpensNothingAndFreeFormStillNeedsTheWindow() {
    engine.recordInbound(USER, T, null, ad);
    at(Duration.ofHours(24));
    engine.recordSent(template(WA_ID, "follow_up"), accepted(WA_ID), clock.instant());
    at(Duration.ofHours(25));
    Decision d = engine.evaluate(text(WA_ID));
    assertThat(d.facts().freeEntryPointUntil()).isNull();
    assertThat(d.facts().notes()).isEmpty();
    assertThat(d.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }

  @Test
  void statusWithFreeEntryPointPricingOpensTheWindowMetaReports() {
    WhatsAppUser user = new WhatsAppUser(WA_ID, BSUID, null, null);
    engine.recordStatus(new StatusUpdate(user, DeliveryStatus.DELIVERED, T,
        PricingType.FREE_ENTRY_POINT, PricingCategory.REFERRAL_CONVERSION,
        T.plus(Duration.ofHours(72)), null));
    at(Duration.ofHours(71));
    Decision d = engine.evaluate(template(WA_ID, "offer"));
    assertThat(d.facts().freeEntryPointOpen()).isTrue();
    assertThat(d.facts().freeEntryPointUntil()).isEqualTo(T.plus(Duration.ofHours(72)));
  }
}
