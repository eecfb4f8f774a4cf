package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One clock: the engine follows the client's clock unless it was given its own on purpose (issue 19). */
class OneClockTest {
  private static final String WA_ID = "16505551234";
  /** Long before the system clock's now: a reply at this time is only in-window on the client's clock. */
  private static final Instant T = Instant.parse("2026-01-05T10:00:00Z");

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void anEngineWithoutItsOwnClockDecidesOnTheClientsClock() {
    PolicyEngine engine = PolicyEngine.builder().build();
    engine.recordInbound(WhatsAppUser.ofWaId(WA_ID), T.minusSeconds(60));
    graph.enqueueSent(WA_ID, "wamid.OK");
    try (WhatsApp client = graph.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).addInterceptor(engine).build()) {
      // An in-window reply on the client's clock: not refused as it was when the engine kept the system clock.
      Decision decision = client.messages().send(Message.text("+" + WA_ID, "Hello")).tag(Decision.class);

      assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
      assertThat(decision.facts().customerServiceWindowOpen()).isTrue();
      assertThat(engine.clock().instant()).isEqualTo(T);
    }
  }

  @Test
  void anEngineGivenItsOwnClockKeepsIt() {
    Clock own = Clock.fixed(T.plusSeconds(3 * 24 * 3600), ZoneOffset.UTC);
    PolicyEngine engine = PolicyEngine.builder().clock(own).build();
    engine.recordInbound(WhatsAppUser.ofWaId(WA_ID), T.minusSeconds(60));
    try (WhatsApp client = graph.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).addInterceptor(engine).build()) {
      assertThat(engine.clock()).isSameAs(own);
      assertThat(engine.evaluate(Message.text("+" + WA_ID, "Hello")).verdict())
          .isEqualTo(Verdict.TEMPLATE_REQUIRED);
    }
  }
}
