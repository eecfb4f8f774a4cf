package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairRateRuleTest extends PolicyFixtures {

  @Test
  void metaDefaultIsABurstOf45ThenOneMessageEvery6Seconds() {
    PairRateRule rule = new PairRateRule();
    assertThat(rule).isEqualTo(new PairRateRule(Duration.ofSeconds(6), 45));
    PolicyEngine engine = engine(rule);
    for (int i = 1; i <= 45; i++) {
      assertThat(engine.admit(text(WA_ID)).isAllowed()).as("message %d", i).isTrue();
    }

    Decision d = engine.admit(text(WA_ID));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("pair_rate_limit");
    assertThat(d.explanation()).isEqualTo("Pair rate: all 45 messages of this user's burst are used (then one every"
        + " 6 seconds); the next message to this user may go at 2026-11-25T10:00:06Z.");
    assertThat(d.facts().pairRateNextAllowedAt()).isEqualTo(T.plusSeconds(6));
    assertThat(d.facts().pairRateUntil()).isEqualTo(T.plusSeconds(270));
    assertThat(d.facts().toString())
        .contains("pair rate: next message to this user allowed at 2026-11-25T10:00:06Z");
    // Other users are unaffected.
    assertThat(engine.admit(text(number(1))).isAllowed()).isTrue();

    at(Duration.ofMillis(5_999));
    assertThat(engine.admit(text(WA_ID)).verdict()).isEqualTo(Verdict.DENY);
    at(Duration.ofSeconds(6));
    assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
    assertThat(engine.admit(text(WA_ID)).facts().pairRateNextAllowedAt()).isEqualTo(T.plusSeconds(12));
    at(Duration.ofSeconds(12));
    assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void aTextThenButtonsBackToBackIsAllowedAsMetaWouldDeliverIt() {
    PolicyEngine engine = engine(new PairRateRule());
    Decision first = engine.admit(text(WA_ID));
    Decision second = engine.admit(text(WA_ID));
    assertThat(first.isAllowed()).isTrue();
    assertThat(second.isAllowed()).isTrue();
    assertThat(second.facts().pairRateNextAllowedAt()).isNull();
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 12);
  }

  @Test
  void afterABurstOf20TheWholeBurstIsBackTwoMinutesLater() {
    PolicyEngine engine = engine(new PairRateRule());
    for (int i = 0; i < 20; i++) {
      assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
      assertThat(engine.admit(text(number(1))).isAllowed()).isTrue();
    }
    Decision d = engine.evaluate(text(WA_ID));
    assertThat(d.isAllowed()).isTrue(); // quota borrowed, not used up
    assertThat(d.facts().pairRateUntil()).isEqualTo(T.plus(Duration.ofMinutes(2)));
    assertThat(d.facts().toString()).contains("pair rate: burst quota borrowed until 2026-11-25T10:02:00Z");

    // 6 s before the two minutes are over, 44 messages may go back to back; at two minutes all 45.
    at(Duration.ofSeconds(114));
    assertThat(allowedInARow(engine, WA_ID)).isEqualTo(44);
    at(Duration.ofMinutes(2));
    assertThat(allowedInARow(engine, number(1))).isEqualTo(45);
  }

  @Test
  void minimumSpacingIsABurstOfOne() {
    PairRateRule rule = PairRateRule.minimumSpacing(Duration.ofMinutes(1));
    assertThat(rule).isEqualTo(new PairRateRule(Duration.ofSeconds(60), 1));
    PolicyEngine engine = engine(rule);
    assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
    at(Duration.ofSeconds(59));
    Decision d = engine.admit(text(WA_ID));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.explanation()).isEqualTo("Pair rate: messages to this user must be 60 seconds apart; the next"
        + " message to this user may go at 2026-11-25T10:01:00Z.");
    at(Duration.ofSeconds(60));
    assertThat(engine.admit(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void sendsRecordedInWarnModeUseTheQuotaAndAdmittedSendsAreNotCountedTwice() {
    PolicyEngine warn = PolicyEngine.builder().clock(clock).store(store).mode(PolicyMode.WARN)
        .rules(List.of(PairRateRule.minimumSpacing(Duration.ofSeconds(6)))).build();
    warn.recordSent(text(WA_ID), accepted(WA_ID), T);
    assertThat(store.user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 6);
    assertThat(warn.evaluate(text(WA_ID)).reasonCode()).isEqualTo(PairRateRule.REASON);

    // ENFORCE: the client admits (claiming the credit), sends, then records the send.
    PolicyEngine enforce = engine(new PairRateRule());
    assertThat(enforce.admit(text(number(2))).isAllowed()).isTrue();
    enforce.recordSent(text(number(2)), accepted(number(2)), T);
    assertThat(store.user(number(2)).pairRateUntil()).isEqualTo(T.getEpochSecond() + 6);
  }

  @Test
  void invalidSettingsAreRejected() {
    assertThatThrownBy(() -> new PairRateRule(Duration.ofMillis(500), 45))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interval: must be whole seconds from 1 second to 1 day, was PT0.5S");
    assertThatThrownBy(() -> PairRateRule.minimumSpacing(Duration.ofMillis(6_500)))
        .hasMessage("interval: must be whole seconds from 1 second to 1 day, was PT6.5S");
    assertThatThrownBy(() -> new PairRateRule(Duration.ofSeconds(6), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("burst: must be 1 to 1000, was 0");
  }

  private static int allowedInARow(PolicyEngine engine, String to) {
    int n = 0;
    while (n < 1000 && engine.admit(text(to)).isAllowed()) {
      n++;
    }
    return n;
  }
}
