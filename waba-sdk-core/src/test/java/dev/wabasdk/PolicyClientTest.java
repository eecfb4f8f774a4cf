package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.Outcome;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import dev.wabasdk.policy.Verdict;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The policy engine through the real client against MockWebServer. */
class PolicyClientTest {
  private static final String WA_ID = "16505551234";
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private PolicyEngine engine(PolicyMode mode) {
    return PolicyEngine.builder().mode(mode).clock(Clock.fixed(T, ZoneOffset.UTC)).build();
  }

  @Test
  void enforceThrowsAndSendsNothing() {
    PolicyEngine engine = engine(PolicyMode.ENFORCE);
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      assertThatThrownBy(() -> client.messages().send(Message.text("+" + WA_ID, "Hello")))
          .isInstanceOfSatisfying(WabaPolicyException.class, e -> {
            assertThat(e.outcome()).isEqualTo(Outcome.NOT_SENT);
            assertThat(e.certainlyNotSent()).isTrue();
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.decision().verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
            assertThat(e.getMessage()).isEqualTo("Not sent, policy TEMPLATE_REQUIRED (customer_service_window_closed):"
                + " This user has not messaged the business, so only an approved template can start the"
                + " conversation.");
          });
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void enforceSendsAllowedMessagesWithTheDecisionAndRecordsThem() throws Exception {
    PolicyEngine engine = engine(PolicyMode.ENFORCE);
    engine.recordInbound(WhatsAppUser.ofWaId(WA_ID), T.minusSeconds(60));
    graph.enqueueSent(WA_ID, "wamid.OK");
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      SendResult result = client.messages().send(Message.text("+" + WA_ID, "Hello"));

      assertThat(result.messageId()).isEqualTo("wamid.OK");
      assertThat(result.tag(Decision.class).verdict()).isEqualTo(Verdict.ALLOW);
      graph.assertSent(graph.take(), """
          {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
           "text":{"body":"Hello"}}""");
      // A second message in the same second (text, then buttons) is within Meta's burst of 45: sent too.
      graph.enqueueSent(WA_ID, "wamid.AGAIN");
      assertThat(client.messages().send(Message.text("+" + WA_ID, "Again")).messageId()).isEqualTo("wamid.AGAIN");
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
    // Each send took one interval of pair-rate quota, once: admit claimed it, recording the send did not again.
    assertThat(engine.store().user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 12);
  }

  @Test
  void enforceFailsTheFutureOfAnAsyncSendAndSendsNothing() {
    try (WhatsApp client = graph.builder().addInterceptor(engine(PolicyMode.ENFORCE)).build()) {
      CompletableFuture<SendResult> future = client.messages().sendAsync(Message.text("+" + WA_ID, "Hello"));
      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(WabaPolicyException.class);
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void warnSendsAnywayAndTheResultCarriesTheDecision() throws Exception {
    PolicyEngine engine = engine(PolicyMode.WARN);
    graph.enqueueSent(WA_ID, "wamid.WARN");
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      SendResult result = client.messages().sendAsync(Message.text("+" + WA_ID, "Hello")).get(5, TimeUnit.SECONDS);
      Decision decision = result.tag(Decision.class);
      assertThat(decision.verdict()).isEqualTo(Verdict.TEMPLATE_REQUIRED);
      assertThat(decision.reasonCode()).isEqualTo("customer_service_window_closed");
    }
    graph.take();
    // WARN mode does not claim: the recorded send takes the pair-rate quota.
    assertThat(engine.store().user(WA_ID).pairRateUntil()).isEqualTo(T.getEpochSecond() + 6);
  }

  @Test
  void offEvaluatesNothingButStillRecords() throws Exception {
    PolicyEngine engine = engine(PolicyMode.OFF);
    graph.enqueueSent(WA_ID, "wamid.OFF");
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      SendResult result = client.messages().send(Message.template("+" + WA_ID, "spring_sale", "en_US"));
      assertThat(result.tag(Decision.class)).isNull();
    }
    graph.take();
    assertThat(engine.store().user(WA_ID).reachedAt()).isEqualTo(T.getEpochSecond());
    assertThat(engine.store().reachedUsers(T.getEpochSecond())).isEqualTo(1);
  }

  @Test
  void withoutAnEngineResultsHaveNoDecision() throws Exception {
    graph.enqueueSent(WA_ID, "wamid.NONE");
    SendResult result = graph.client().messages().send(Message.text("+" + WA_ID, "Hello"));
    assertThat(result.tag(Decision.class)).isNull();
  }

  @Test
  void invalidMessagesFailBeforeThePolicyIsAsked() {
    PolicyEngine engine = engine(PolicyMode.ENFORCE);
    try (WhatsApp client = graph.builder().addInterceptor(engine).build()) {
      assertThatThrownBy(() -> client.messages().send(null)).isInstanceOf(NullPointerException.class);
    }
  }
}
