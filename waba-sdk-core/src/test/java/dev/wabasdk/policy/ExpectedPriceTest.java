package dev.wabasdk.policy;

import dev.wabasdk.Referral;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.MessagePrice;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ExpectedPriceTest extends PolicyFixtures {
  private static final String BERLIN = "4915112345678";
  private final CostEstimator estimator = CostEstimator.ofDefaults();
  private final PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).costEstimator(estimator)
      .build();

  @Test
  void aMarketingTemplateIsPricedForTheRecipientsMarket() {
    engine.recordTemplateCategory("spring_sale", "en_US", TemplateCategory.MARKETING);
    Decision d = engine.evaluate(template(BERLIN, "spring_sale"));
    MessagePrice price = d.expectedPrice();
    assertThat(price).isNotNull();
    assertThat(price.free()).isFalse();
    assertThat(price.category()).isEqualTo(PricingCategory.MARKETING);
    assertThat(price).isEqualTo(
        estimator.priceOf(PriceQuery.of(Recipient.phoneNumber(BERLIN), PricingCategory.MARKETING).at(T)));
    assertThat(d.toString()).endsWith(" expected price " + price.total());
  }

  @Test
  void aUtilityTemplateInsideTheWindowAndAnythingInAFreeEntryPointUseTheWindows() {
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    engine.recordInbound(WhatsAppUser.ofWaId(BERLIN), T);
    at(Duration.ofMinutes(1));
    assertThat(engine.evaluate(template(BERLIN, "order_update")).expectedPrice()).isEqualTo(estimator.priceOf(
        PriceQuery.of(Recipient.phoneNumber(BERLIN), PricingCategory.UTILITY).insideCustomerServiceWindow()
            .at(clock.instant())));

    engine.recordInbound(WhatsAppUser.ofWaId(number(1)), T, "Hi", Referral.ad("1", null));
    MessagePrice firstReply = engine.evaluate(text(number(1))).expectedPrice();
    assertThat(firstReply).isNotNull();
    assertThat(firstReply.free()).isTrue();
  }

  @Test
  void aUserIdRecipientHasNoMarketAndNoPrice() {
    Decision d = engine.evaluate(template(Recipient.userId(BSUID)));
    assertThat(d.expectedPrice()).isNull();
    assertThat(defaultEngine().evaluate(template(BERLIN, "spring_sale")).expectedPrice()).isNull();
  }

  private static dev.wabasdk.message.TemplateMessage template(Recipient to) {
    return dev.wabasdk.message.TemplateMessage.builder().to(to).name("spring_sale").language("en_US").build();
  }
}
