package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Message;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionListenerTest extends PolicyFixtures {
  private final List<String> seen = new ArrayList<>();

  private DecisionListener recording(String name) {
    return (message, decision) -> seen.add(name + " " + message.recipient().value() + " " + decision.verdict() + " "
        + decision.reasonCode());
  }

  @Test
  void evaluateReportsItsDecisionOnce() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).decisionListener(recording("a")).build();
    Message message = text(WA_ID);
    List<Decision> decisions = new ArrayList<>();
    PolicyEngine capturing = PolicyEngine.builder().clock(clock).store(store)
        .decisionListener((m, d) -> {
          assertThat(m).isSameAs(message);
          decisions.add(d);
        }).build();

    Decision d = engine.evaluate(message);
    Decision captured = capturing.evaluate(message);

    assertThat(seen).containsExactly("a 16505551234 TEMPLATE_REQUIRED customer_service_window_closed");
    assertThat(d.reasonCode()).isEqualTo(CustomerServiceWindowRule.REASON);
    assertThat(decisions).containsExactly(captured);
  }

  @Test
  void admitReportsTheFinalDecisionOncePerCall() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store).decisionListener(recording("a"))
        .replaceRule(new PairRateRule(Duration.ofSeconds(6), 1)) // no burst: the second message waits
        .build();
    engine.recordInbound(USER, T);

    assertThat(engine.admit(text(WA_ID)).verdict()).isEqualTo(Verdict.ALLOW);
    assertThat(engine.admit(text(WA_ID)).verdict()).isEqualTo(Verdict.DENY); // the first claimed the pair-rate slot

    assertThat(seen).containsExactly("a 16505551234 ALLOW allowed", "a 16505551234 DENY pair_rate_limit");
  }

  @Test
  void listenersRunInOrderAndAFailingOneNeitherBreaksTheDecisionNorTheOthers() {
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(store)
        .decisionListener(recording("a"))
        .decisionListener((m, d) -> {
          throw new IllegalStateException("meter registry closed");
        })
        .decisionListener(recording("c"))
        .build();

    Decision d = engine.evaluate(text(WA_ID));

    assertThat(d.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
    assertThat(seen).containsExactly("a 16505551234 TEMPLATE_REQUIRED customer_service_window_closed",
        "c 16505551234 TEMPLATE_REQUIRED customer_service_window_closed");
  }

  @Test
  void storeFailureDecisionsAreReported() {
    ConversationStore down = (ConversationStore) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ConversationStore.class}, (proxy, method, args) -> {
          throw new ConversationStoreException("Redis is down", new IllegalStateException("refused"));
        });
    PolicyEngine engine = PolicyEngine.builder().clock(clock).store(down).decisionListener(recording("a")).build();

    engine.evaluate(text(WA_ID));
    engine.admit(text(WA_ID));

    assertThat(seen).containsExactly("a 16505551234 DENY store_unavailable", "a 16505551234 DENY store_unavailable");
  }

  @Test
  void aNullListenerIsRefused() {
    assertThatThrownBy(() -> PolicyEngine.builder().decisionListener(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("listener");
  }
}
