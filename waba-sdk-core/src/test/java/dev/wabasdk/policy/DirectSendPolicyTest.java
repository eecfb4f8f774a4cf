package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DirectSendCategory;
import dev.wabasdk.message.MixedButtonsMessage;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.message.VoiceCallMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The window rule for Direct Send: Meta's "Send utility and authentication messages" (updated 2026-07-31) lets a
 * message with {@code "category": "utility"} go out outside the customer service window without a template,
 * charged at the utility rate, delivered as a template (so it reaches a user toward the messaging limit).
 */
class DirectSendPolicyTest extends PolicyFixtures {

  private static TextMessage utility(String to) {
    return TextMessage.builder().to("+" + to).body("Your order shipped.").category(DirectSendCategory.UTILITY)
        .build();
  }

  @Test
  void aUtilityDirectSendOutsideTheWindowIsAllowedAndTheDecisionSaysWhy() {
    PolicyEngine engine = defaultEngine();

    Decision d = engine.evaluate(utility(WA_ID));

    assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(d.reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON_DIRECT_SEND);
    assertThat(d.explanation()).isEqualTo("The customer service window is not open, but this message has the"
        + " Direct Send category \"utility\", so Meta delivers it as a utility template without one (charged at the"
        + " utility rate; the account must be eligible for Direct Send).");
  }

  @Test
  void theSameTextWithoutACategoryStillNeedsATemplate() {
    assertThat(defaultEngine().evaluate(text(WA_ID)).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }

  @Test
  void insideTheWindowItIsAnOrdinaryAllow() {
    PolicyEngine engine = defaultEngine();
    engine.recordInbound(USER, T);
    at(Duration.ofHours(1));
    assertThat(engine.evaluate(utility(WA_ID)).reasonCode()).isEqualTo(Decision.ALLOWED);
  }

  @Test
  void outsideTheWindowItCountsTowardTheMessagingLimitLikeATemplate() {
    PolicyEngine engine = defaultEngine();
    engine.recordTier(MessagingLimitTier.TIER_250);
    for (int i = 0; i < 250; i++) {
      assertThat(engine.admit(utility(number(i))).isAllowed()).isTrue();
    }
    Decision over = engine.admit(utility(number(250)));
    assertThat(over.verdict()).isEqualTo(Verdict.DENY);
    assertThat(over.reasonCode()).isEqualTo(MessagingLimitRule.REASON);
  }

  @Test
  void itIsPricedAtTheUtilityRateNotAsService() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).costEstimator(CostEstimator.ofDefaults())
        .build();
    Decision d = engine.evaluate(utility(WA_ID));
    assertThat(d.expectedPrice()).isNotNull();
    assertThat(d.expectedPrice().category()).isEqualTo(PricingCategory.UTILITY);
    assertThat(d.expectedPrice().free()).isFalse();
  }

  // "Supported features and limits" (2026-07-31): mixed CTA URL + reply buttons and the voice call button are
  // utility Direct Send types, so they too go outside the window at the utility rate.
  @Test
  void mixedButtonsAndTheCallButtonAreAllowedOutsideTheWindowAtTheUtilityRate() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).costEstimator(CostEstimator.ofDefaults())
        .build();
    Decision mixed = engine.evaluate(MixedButtonsMessage.builder().to("+" + WA_ID).body("Out for delivery")
        .urlButton("Track", "https://example.com/t").replyButton("ok", "Received")
        .category(DirectSendCategory.UTILITY).build());
    Decision call = engine.evaluate(VoiceCallMessage.builder().to("+" + WA_ID).body("Call us about your order")
        .category(DirectSendCategory.UTILITY).build());
    for (Decision d : new Decision[] {mixed, call}) {
      assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
      assertThat(d.reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON_DIRECT_SEND);
      assertThat(d.expectedPrice().category()).isEqualTo(PricingCategory.UTILITY);
    }
    // Without a category the call button is an ordinary free-form message: a template is needed.
    assertThat(engine.evaluate(VoiceCallMessage.builder().to("+" + WA_ID).body("Call us").build()).verdict())
        .isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }
}
