package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PairRateRuleTest extends PolicyFixtures {

  @Test
  void defaultSpacingIsSixSecondsPerUser() {
    PolicyEngine engine = engine(new PairRateRule(PairRateRule.DEFAULT_SPACING));
    engine.recordSent(text(WA_ID), accepted(WA_ID), T);

    at(Duration.ofMillis(5_999));
    Decision d = engine.evaluate(text(WA_ID));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("pair_rate_limit");
    assertThat(d.explanation()).isEqualTo("The last message to this user was sent at 2026-11-25T10:00:00Z and"
        + " messages to one user must be 6 seconds apart, so wait until 2026-11-25T10:00:06Z.");
    assertThat(d.facts().lastSentAt()).isEqualTo(T);
    // Other users are unaffected.
    assertThat(engine.evaluate(text(number(1))).isAllowed()).isTrue();

    at(Duration.ofSeconds(6));
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void spacingIsConfigurable() {
    PolicyEngine engine = engine(new PairRateRule(Duration.ofMinutes(1)));
    engine.recordSent(text(WA_ID), accepted(WA_ID), T);
    at(Duration.ofSeconds(59));
    assertThat(engine.evaluate(text(WA_ID)).verdict()).isEqualTo(Verdict.DENY);
    at(Duration.ofSeconds(60));
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
    assertThatThrownBy(() -> new PairRateRule(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumSpacing: must be at least 1 second, was PT0.5S");
  }
}
