package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.DirectSendCategory;
import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Skipping the built-in rules that allow every plain free-form message changes no decision: the engine is compared
 * with one running the same rules wrapped (so none is recognised and skipped) on the same store and clock, for
 * every kind of message and user state the rules look at.
 */
class FreeFormRulesTest extends PolicyFixtures {
  private static final PolicyRule QUIET_HOURS = new QuietHoursRule(LocalTime.of(21, 0), LocalTime.of(8, 0));
  private static final String GROUP = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

  @Test
  void decisionsAreTheSameAsWithEveryRuleRun() {
    List<PolicyRule> wrapped = new ArrayList<>();
    for (PolicyRule rule : PolicyEngine.defaultRules()) {
      wrapped.add(context -> rule.evaluate(context));
    }
    wrapped.add(QUIET_HOURS);
    PolicyEngine fast = PolicyEngine.builder().clock(clock).store(store).rule(QUIET_HOURS).build();
    PolicyEngine full = PolicyEngine.builder().clock(clock).store(store).rules(wrapped).build();
    assertThat(FreeFormRules.of(fast.rules().toArray(new PolicyRule[0]))).hasSize(5); // 12 rules, 7 skipped

    // Users in every state the rules read.
    fast.recordInbound(WhatsAppUser.ofWaId(number(1)), T.minus(Duration.ofHours(1)));
    fast.recordInbound(WhatsAppUser.ofWaId(number(2)), T.minus(Duration.ofHours(30)));
    fast.recordOptOut(WhatsAppUser.ofWaId(number(3)), OptOut.ALL, T.minus(Duration.ofHours(2)));
    fast.recordInbound(WhatsAppUser.ofWaId(number(4)), T.minus(Duration.ofHours(1)));
    fast.recordOptOut(WhatsAppUser.ofWaId(number(4)), OptOut.MARKETING, T.minus(Duration.ofHours(1)));
    fast.recordMarketingNotDelivered(WhatsAppUser.ofWaId(number(5)), T.minus(Duration.ofHours(3)));
    fast.recordInbound(WhatsAppUser.ofWaId(number(6)), T.minus(Duration.ofHours(2)), "hi",
        Referral.ad("120200000000000001", "Sale"));
    for (int i = 0; i < 50; i++) {
      store.recordSent(SentMessage.of(number(7), T.getEpochSecond()).withPairRateInterval(6));
    }
    fast.recordInbound(WhatsAppUser.ofWaId(number(8)), T.minus(Duration.ofHours(1)));
    fast.recordTemplateStatus("promo", "en_US", TemplateStatus.APPROVED);
    fast.recordTemplateCategory("promo", "en_US", TemplateCategory.MARKETING);
    fast.recordTemplateStatus("paused", "en_US", TemplateStatus.PAUSED);
    fast.recordTier(MessagingLimitTier.TIER_250);
    fast.recordGroupInbound(GROUP, T.minus(Duration.ofHours(1)));

    List<String> to = new ArrayList<>();
    for (int i = 0; i <= 9; i++) {
      to.add(number(i));
    }
    to.add("12125551234"); // a US number: marketing is not delivered there
    to.add(BSUID);
    int compared = 0;
    for (int pass = 0; pass < 2; pass++) {
      if (pass == 1) {
        fast.recordRestriction(AccountRestrictionRule.BUSINESS_INITIATED_MESSAGING, T.plus(Duration.ofDays(1)));
        at(Duration.ofHours(23)); // late: quiet hours in some zones, some windows closed
      }
      for (String recipient : to) {
        for (Message message : messages(recipient)) {
          assertThat(fast.evaluate(message)).as(message.toString()).isEqualTo(full.evaluate(message));
          compared++;
        }
      }
      for (Message message : List.<Message>of(Message.text(Recipient.group(GROUP), "Hi"),
          Message.image(Recipient.group(GROUP), MediaSource.id("1")),
          Message.template(Recipient.group(GROUP), "promo", "en_US"))) {
        assertThat(fast.evaluate(message)).as(message.toString()).isEqualTo(full.evaluate(message));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(100);
  }

  @Test
  void onlyPlainFreeFormMessagesSkipRules() {
    assertThat(FreeFormRules.isPlainFreeForm(Message.text(WA_ID, "Hi"))).isTrue();
    assertThat(FreeFormRules.isPlainFreeForm(Message.image(WA_ID, MediaSource.id("1")))).isTrue();
    assertThat(FreeFormRules.isPlainFreeForm(Message.template(WA_ID, "promo", "en_US"))).isFalse();
    assertThat(FreeFormRules.isPlainFreeForm(Message.callPermissionRequest(WA_ID, "May we call?"))).isFalse();
    assertThat(FreeFormRules.isPlainFreeForm(Message.text(Recipient.group(GROUP), "Hi"))).isFalse();
    assertThat(FreeFormRules.isPlainFreeForm(TextMessage.builder().to("+" + WA_ID).body("Shipped")
        .category(DirectSendCategory.UTILITY).build())).isFalse();
    // A user's own rule is never skipped, even one that wraps a built-in rule.
    PolicyRule own = context -> Decision.allow();
    assertThat(FreeFormRules.of(new PolicyRule[] {own, new TemplateStatusRule(true)})).containsExactly(own);
  }

  private static List<Message> messages(String id) {
    Recipient to = id.startsWith("US.") ? Recipient.userId(id) : Recipient.phoneNumber(id);
    return List.of(Message.text(to, "Your order shipped"),
        Message.image(to, MediaSource.id("1")),
        Message.template(to, "promo", "en_US"),
        Message.template(to, "paused", "en_US"),
        Message.template(to, "unknown", "en_US"),
        Message.callPermissionRequest(to, "May we call you about your order?"),
        TextMessage.builder().to(to).body("Your order shipped.").category(DirectSendCategory.UTILITY).build());
  }
}
