package dev.wabasdk.policy;

import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.cost.PricingType;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.Referral;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/** The examples of the "Policy engine" section of waba-sdk-core/README.md, so they keep compiling and working. */
class PolicyReadmeExamplesTest extends PolicyFixtures {

  @Test
  void guide() {
    PolicyEngine policy = PolicyEngine.builder()
        .mode(PolicyMode.ENFORCE)
        .rule(new MarketingFrequencyCapRule(2, Duration.ofDays(7)))
        .rule(new QuietHoursRule(LocalTime.of(21, 0), LocalTime.of(8, 0)))
        .clock(clock)
        .build();
    try (WhatsApp whatsApp = WhatsApp.builder()
        .accessToken("EAAG-readme")
        .phoneNumberId("106540352242922")
        .baseUrl("http://127.0.0.1:9/") // never reached: the policy denies first
        .addInterceptor(policy)
        .build()) {
      assertThatThrownBy(() -> whatsApp.messages().send(Message.text("+16505551234", "Your order has shipped")))
          .isInstanceOfSatisfying(WabaPolicyException.class, e -> {
            Decision decision = e.decision();
            assertThat(decision.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
            assertThat(decision.reasonCode()).isEqualTo("customer_service_window_closed");
          });
    }
    assertThat(policy.rules()).hasSize(13);
  }

  @Test
  void customRuleAndFeeding() {
    PolicyRule noMarketingOnSunday = context ->
        context.isMarketing() && context.now().atZone(ZoneOffset.UTC).getDayOfWeek() == DayOfWeek.SUNDAY
            ? Decision.deny("no_marketing_on_sunday", "We do not send marketing on Sundays.")
            : Decision.allow();
    PolicyEngine policy = PolicyEngine.builder().rule(noMarketingOnSunday).clock(clock).build();

    Instant receivedAt = T;
    Instant statusAt = T.plusSeconds(60);
    WhatsAppUser user = new WhatsAppUser("16505551234", "US.13491208655302741918", null, null);
    policy.recordInbound(user, receivedAt, "STOP", null);
    policy.recordInbound(user, receivedAt, "Hi!", Referral.ad("120208584289060188", null));
    policy.recordStatus(new StatusUpdate(user, DeliveryStatus.DELIVERED, statusAt,
        PricingType.FREE_ENTRY_POINT, PricingCategory.REFERRAL_CONVERSION,
        null, null));
    policy.recordTier(MessagingLimitTier.TIER_2K);
    policy.recordTemplateStatus("spring_sale", "en_US", TemplateStatus.PAUSED);
    policy.recordOptOut(user, OptOut.MARKETING, T);

    Decision d = policy.evaluate(Message.template("+16505551234", "spring_sale", "en_US"));
    assertThat(d.reasonCode()).isEqualTo(TemplateStatusRule.REASON);
    assertThat(d.facts().optOut()).isEqualTo(OptOut.MARKETING);
    assertThat(d.facts().freeEntryPointOpen()).isTrue();
    assertThat(d.facts().customerServiceWindowOpen()).isTrue();
  }

  @Test
  void observingDecisions() {
    Map<String, LongAdder> byReason = new ConcurrentHashMap<>();
    PolicyEngine policy = PolicyEngine.builder()
        .decisionListener((message, decision) ->
            byReason.computeIfAbsent(decision.reasonCode(), reason -> new LongAdder()).increment())
        .build();

    policy.evaluate(Message.text("+16505551234", "Hi"));
    policy.evaluate(Message.text("+16505551234", "Hi again"));

    assertThat(byReason).containsOnlyKeys(CustomerServiceWindowRule.REASON);
    assertThat(byReason.get(CustomerServiceWindowRule.REASON).sum()).isEqualTo(2);
  }
}
