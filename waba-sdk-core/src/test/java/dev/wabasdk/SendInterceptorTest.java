package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.policy.WabaPolicyException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The send chain through the real client against MockWebServer. */
class SendInterceptorTest {
  private static final String WA_ID = "16505551234";
  private static final Message HI = Message.text("+" + WA_ID, "Hi");

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static SendInterceptor recording(List<String> log, String name) {
    return chain -> {
      log.add(name + ">");
      SendResult result = chain.proceed(chain.message());
      log.add("<" + name + " " + result.messageId());
      return result;
    };
  }

  @Test
  void interceptorsRunInTheOrderAddedAroundOneRequest() throws Exception {
    List<String> log = new CopyOnWriteArrayList<>();
    graph.enqueueSent(WA_ID, "wamid.1");
    try (WhatsApp client = graph.builder().addInterceptor(recording(log, "a")).addInterceptor(recording(log, "b"))
        .build()) {
      assertThat(client.messages().send(HI).messageId()).isEqualTo("wamid.1");
    }
    assertThat(log).containsExactly("a>", "b>", "<b wamid.1", "<a wamid.1");
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
         "text":{"body":"Hi"}}""");
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void theChainKnowsTheSenderAndTheClock() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    AtomicReference<String> seen = new AtomicReference<>();
    graph.enqueueSent(WA_ID, "wamid.1");
    try (WhatsApp client = graph.builder().clock(clock).addInterceptor(chain -> {
      seen.set(chain.phoneNumberId() + " " + chain.clock().instant() + " " + chain.message().recipient().value());
      return chain.proceed(chain.message());
    }).build()) {
      client.messages().send(HI);
    }
    assertThat(seen.get()).isEqualTo(GraphServerExtension.PHONE_NUMBER_ID + " 2026-11-25T10:00:00Z " + WA_ID);
  }

  @Test
  void anInterceptorMayReplaceTheMessageAndTagTheResult() throws Exception {
    graph.enqueueSent(WA_ID, "wamid.2");
    try (WhatsApp client = graph.builder().addInterceptor(chain -> {
      TextMessage text = (TextMessage) chain.message();
      return chain.proceed(Message.text("+" + WA_ID, text.body() + " from support"))
          .withTag(String.class, "rewritten");
    }).build()) {
      SendResult result = client.messages().send(HI);
      assertThat(result.tag(String.class)).isEqualTo("rewritten");
      assertThat(result.tag(Integer.class)).isNull();
    }
    graph.assertSent(graph.take(), """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"16505551234","type":"text",
         "text":{"body":"Hi from support"}}""");
  }

  @Test
  void anInterceptorThatThrowsStopsTheSendBlockingAndAsync() throws Exception {
    IllegalStateException refusal = new IllegalStateException("not now");
    try (WhatsApp client = graph.builder().addInterceptor(chain -> {
      throw refusal;
    }).build()) {
      assertThatThrownBy(() -> client.messages().send(HI)).isSameAs(refusal);
      assertThatThrownBy(() -> client.messages().sendAsync(HI).get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCause(refusal);
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void asyncSendsRunTheChainOffTheCallersThread() throws Exception {
    AtomicReference<Thread> ran = new AtomicReference<>();
    graph.enqueueSent(WA_ID, "wamid.3");
    try (WhatsApp client = graph.builder().addInterceptor(chain -> {
      ran.set(Thread.currentThread());
      return chain.proceed(chain.message());
    }).build()) {
      assertThat(client.messages().sendAsync(HI).get(5, TimeUnit.SECONDS).messageId()).isEqualTo("wamid.3");
    }
    assertThat(ran.get()).isNotNull().isNotSameAs(Thread.currentThread());
  }

  @Test
  void proceedingTwiceIsRefusedBecauseASendIsNotIdempotent() throws Exception {
    graph.enqueueSent(WA_ID, "wamid.4");
    try (WhatsApp client = graph.builder().addInterceptor(chain -> {
      chain.proceed(chain.message());
      return chain.proceed(chain.message());
    }).build()) {
      assertThatThrownBy(() -> client.messages().send(HI))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("called proceed() twice");
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void badInputFailsBeforeAnyInterceptorRuns() {
    List<String> log = new CopyOnWriteArrayList<>();
    try (WhatsApp client = graph.builder().addInterceptor(recording(log, "a")).build()) {
      assertThatThrownBy(() -> client.messages().sendAsync(null)).isInstanceOf(NullPointerException.class);
    }
    assertThat(log).isEmpty();
  }

  @Test
  void theRateLimitRunsAfterTheInterceptorsSoARefusedSendTakesNoPermit() throws Exception {
    graph.enqueueSent(WA_ID, "wamid.5");
    SendInterceptor refuseFirst = new SendInterceptor() {
      private boolean refused;

      @Override
      public synchronized SendResult intercept(Chain chain) {
        if (!refused) {
          refused = true;
          throw new IllegalStateException("refused");
        }
        return chain.proceed(chain.message());
      }
    };
    // One permit per second, no waiting: only the send that reaches the limiter takes the permit.
    try (WhatsApp client = graph.builder().rateLimit(new RateLimit(1, java.time.Duration.ZERO))
        .addInterceptor(refuseFirst).build()) {
      assertThatThrownBy(() -> client.messages().send(HI)).hasMessage("refused");
      assertThat(client.messages().send(HI).messageId()).isEqualTo("wamid.5");
    }
  }

  @Test
  void readmeHowASendFlows() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    PolicyEngine policy = PolicyEngine.builder().clock(clock).build();
    policy.recordInbound(WhatsAppUser.ofWaId(WA_ID), clock.instant().minusSeconds(60));
    graph.enqueueSent(WA_ID, "wamid.README");
    // README: how-a-send-flows (builder pointed at the test server)
    List<String> audit = new CopyOnWriteArrayList<>();
    SendInterceptor auditing = chain -> {
      SendResult result = chain.proceed(chain.message());
      audit.add(chain.phoneNumberId() + " sent " + result.messageId() + " at " + chain.clock().instant());
      return result;
    };
    WhatsApp whatsApp = graph.builder()
        .clock(clock)
        .addInterceptor(policy)     // first: may refuse (nothing is sent), tags the result with its Decision
        .addInterceptor(auditing)   // then yours; then the rate limit; then the request
        .build();
    // README: end
    try (whatsApp) {
      SendResult sent = whatsApp.messages().send(HI);
      assertThat(sent.tag(Decision.class).verdict()).isEqualTo(Verdict.ALLOW);
      assertThat(audit).containsExactly(
          GraphServerExtension.PHONE_NUMBER_ID + " sent wamid.README at 2026-11-25T10:00:00Z");
      // Refused by the policy (no window for this user): the audit interceptor never sees it.
      assertThatThrownBy(() -> whatsApp.messages().send(Message.text("+16505550000", "Hi")))
          .isInstanceOf(WabaPolicyException.class);
      assertThat(audit).hasSize(1);
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }
}
