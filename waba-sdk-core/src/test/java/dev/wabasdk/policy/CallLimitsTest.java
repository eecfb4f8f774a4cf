package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meta's per-user limits on call permission requests and connected business-initiated calls. */
class CallLimitsTest extends PolicyFixtures {
  private static final Recipient TO = Recipient.phoneNumber(WA_ID);

  private static Message request() {
    return Message.callPermissionRequest(WA_ID, "May we call you about your order?");
  }

  private void sent(PolicyEngine engine, Message message) {
    engine.recordSent(message, accepted(WA_ID), clock.instant());
  }

  @Test
  void oneCallPermissionRequestPerDayAndTwoPerWeek() {
    PolicyEngine engine = engine(new CallPermissionRequestLimitRule());
    engine.recordInbound(USER, T);
    assertThat(engine.evaluate(request()).isAllowed()).isTrue();
    sent(engine, request());

    at(Duration.ofHours(23));
    Decision sameDay = engine.evaluate(request());
    assertThat(sameDay.verdict()).isEqualTo(Verdict.DENY);
    assertThat(sameDay.reasonCode()).isEqualTo(CallPermissionRequestLimitRule.REASON);
    assertThat(sameDay.explanation()).contains("Meta allows 1 per user in 24 hours");

    at(Duration.ofHours(24));
    assertThat(engine.evaluate(request()).isAllowed()).isTrue();
    sent(engine, request());

    at(Duration.ofDays(3));
    Decision thirdInAWeek = engine.evaluate(request());
    assertThat(thirdInAWeek.reasonCode()).isEqualTo(CallPermissionRequestLimitRule.REASON);
    assertThat(thirdInAWeek.explanation()).contains("2 call permission requests", "Meta allows 2 per user in 7 days");

    at(Duration.ofDays(7));
    assertThat(engine.evaluate(request()).isAllowed()).isTrue();
  }

  @Test
  void aConnectedCallResetsTheRequestLimits() {
    PolicyEngine engine = engine(new CallPermissionRequestLimitRule());
    sent(engine, request());
    at(Duration.ofHours(2));
    assertThat(engine.evaluate(request()).isAllowed()).isFalse();

    engine.recordCallConnected(USER, clock.instant(), false);

    at(Duration.ofHours(3));
    assertThat(engine.evaluate(request()).isAllowed()).isTrue();
  }

  /** A call permission request template as Meta lists it: a body and the call permission request component. */
  private static Template callMeTemplate(String name) {
    return new Template("2048195912383047", name, "en_US", TemplateStatus.APPROVED, TemplateCategory.UTILITY, null,
        ParameterFormat.POSITIONAL, List.of(Component.body("We would like to call you about your order."),
        Component.callPermissionRequest()), null, null, null, null, null);
  }

  @Test
  void templatesWithACallPermissionRequestComponentCountWithFreeFormRequests() {
    PolicyEngine engine = engine(new CallPermissionRequestLimitRule());
    engine.recordTemplate(callMeTemplate("call_me"));
    assertThat(engine.evaluate(template(WA_ID, "call_me")).isAllowed()).isTrue();
    sent(engine, template(WA_ID, "call_me"));

    at(Duration.ofHours(1));
    Decision freeForm = engine.evaluate(request());
    assertThat(freeForm.reasonCode()).isEqualTo(CallPermissionRequestLimitRule.REASON);
    Decision again = engine.evaluate(template(WA_ID, "call_me"));
    assertThat(again.verdict()).isEqualTo(Verdict.DENY);
    assertThat(again.explanation()).contains("Meta allows 1 per user in 24 hours");

    at(Duration.ofHours(24));
    sent(engine, request()); // the second in 7 days, free-form
    at(Duration.ofDays(3));
    assertThat(engine.evaluate(template(WA_ID, "call_me")).explanation())
        .contains("2 call permission requests", "Meta allows 2 per user in 7 days");
  }

  @Test
  void templatesWithoutTheComponentOrNotRecordedAreNotCounted() {
    PolicyEngine engine = engine(new CallPermissionRequestLimitRule());
    engine.recordTemplate(new Template("1", "order_update", "en_US", TemplateStatus.APPROVED,
        TemplateCategory.UTILITY, null, ParameterFormat.POSITIONAL, List.of(Component.body("Your order shipped.")),
        null, null, null, null, null));
    sent(engine, template(WA_ID, "order_update"));
    sent(engine, template(WA_ID, "never_looked_up"));
    assertThat(engine.evaluate(request()).isAllowed()).isTrue();
    assertThat(engine.evaluate(template(WA_ID, "order_update")).isAllowed()).isTrue();

    // A template whose definition changed to one without the component stops counting.
    engine.recordTemplate(callMeTemplate("call_me"));
    sent(engine, template(WA_ID, "call_me"));
    assertThat(engine.evaluate(request()).isAllowed()).isFalse();
    engine.recordTemplate(new Template("2048195912383047", "call_me", "en_US", TemplateStatus.APPROVED,
        TemplateCategory.UTILITY, null, ParameterFormat.POSITIONAL, List.of(Component.body("Hi")), null, null, null,
        null, null));
    assertThat(engine.evaluate(template(WA_ID, "call_me")).isAllowed()).isTrue();
  }

  @Test
  void otherMessagesAreNotCounted() {
    PolicyEngine engine = engine(new CallPermissionRequestLimitRule());
    sent(engine, Message.text(WA_ID, "Hello"));
    assertThat(engine.evaluate(request()).isAllowed()).isTrue();
    assertThat(engine.evaluate(Message.text(WA_ID, "Hello")).isAllowed()).isTrue();
  }

  @Test
  void connectedBusinessCallsPerDayAreLimited() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).callPermissionRule(new CallPermissionRule(2)).build();
    engine.recordCallPermission(USER, null);
    engine.recordCallConnected(USER, T, true);
    engine.recordCallConnected(USER, T.plusSeconds(600), false); // the user's call does not count
    assertThat(engine.evaluateCall(TO).isAllowed()).isTrue();
    engine.recordCallConnected(USER, T.plusSeconds(3600), true);

    at(Duration.ofHours(2));
    Decision denied = engine.evaluateCall(TO);
    assertThat(denied.verdict()).isEqualTo(Verdict.DENY);
    assertThat(denied.reasonCode()).isEqualTo(CallPermissionRule.LIMIT_REASON);
    assertThat(denied.explanation()).contains("Meta's limit of 2 connected business-initiated calls per user in 24"
        + " hours");
    assertThat(denied.facts().notes()).containsEntry("connected_calls_24h", "2");

    at(Duration.ofHours(24));
    assertThat(engine.evaluateCall(TO).isAllowed()).isTrue();
  }

  @Test
  void theDefaultCallLimitIsMetas() {
    assertThat(new CallPermissionRule().connectedCallsPerDay()).isEqualTo(100);
    assertThat(PolicyEngine.defaultRules()).hasAtLeastOneElementOfType(CallPermissionRequestLimitRule.class);
    assertThatThrownBy(() -> new CallPermissionRule(101)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("connectedCallsPerDay: must be 1 to 100, was 101");
  }

  @Test
  void checkCallThrowsOverTheLimitInEnforceMode() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).callPermissionRule(new CallPermissionRule(1)).build();
    engine.recordCallPermission(USER, null);
    engine.recordCallConnected(USER, T, true);
    assertThatThrownBy(() -> engine.checkCall(TO)).isInstanceOf(WabaPolicyException.class)
        .hasMessageContaining(CallPermissionRule.LIMIT_REASON);
  }
}
