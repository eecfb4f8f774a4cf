package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CustomerServiceWindowRuleTest extends PolicyFixtures {
  private final PolicyEngine engine = engine(new CustomerServiceWindowRule());

  @Test
  void freeFormToAUserWhoNeverWroteRequiresATemplate() {
    Decision d = engine.evaluate(text(WA_ID));
    assertThat(d.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(d.reasonCode()).isEqualTo("customer_service_window_closed");
    assertThat(d.explanation()).isEqualTo(
        "This user has not messaged the business, so only an approved template can start the conversation.");
    assertThat(d.facts().lastInboundAt()).isNull();
    assertThat(d.facts().customerServiceWindowOpen()).isFalse();
  }

  @Test
  void windowIsOpenUntil23h59m59sAndClosedAt24h() {
    engine.recordInbound(USER, T);

    at(Duration.ofHours(24).minusSeconds(1));
    Decision open = engine.evaluate(text(WA_ID));
    assertThat(open.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(open.facts().customerServiceWindowOpen()).isTrue();
    assertThat(open.facts().customerServiceWindowUntil()).isEqualTo(T.plus(Duration.ofHours(24)));

    at(Duration.ofHours(24));
    Decision closed = engine.evaluate(text(WA_ID));
    assertThat(closed.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(closed.explanation()).isEqualTo("The customer service window closed at 2026-11-26T10:00:00Z (24 hours"
        + " after the user's last message), so only an approved template can be sent.");
    assertThat(closed.facts().toString()).startsWith("window closed at 2026-11-26T10:00:00Z");
  }

  @Test
  void aNewInboundMessageRefreshesTheWindowAndRepliesDoNot() {
    engine.recordInbound(USER, T);
    engine.recordSent(text(WA_ID), accepted(WA_ID), T.plus(Duration.ofHours(20)));
    engine.recordInbound(USER, T.plus(Duration.ofHours(10)));
    at(Duration.ofHours(33).plusMinutes(59));
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
    at(Duration.ofHours(34));
    assertThat(engine.evaluate(text(WA_ID)).verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
  }

  @Test
  void templatesAreAlwaysAllowedByThisRule() {
    Decision d = engine.evaluate(template(WA_ID, "hello_world"));
    assertThat(d.verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(d.reasonCode()).isEqualTo(Decision.ALLOWED);
  }
}
