package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.MarketingBackOffRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.WabaPolicyException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A send Meta answers with 131049 ("This message was not delivered to maintain healthy ecosystem engagement", Meta's
 * Cloud API error codes) records the back-off, so the next marketing template to the user a minute later is refused.
 */
class MarketingBackOffClientTest {
  private static final String DE = "4915112345678";
  private static final Instant T = Instant.parse("2026-11-25T10:00:00Z");

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void theSendsErrorIsRecordedAndTheNextMarketingTemplateIsRefused() {
    PolicyEngine engine = PolicyEngine.builder().build();
    graph.enqueueError(400, 131049, "This message was not delivered to maintain healthy ecosystem engagement.");
    try (WhatsApp client = graph.builder().clock(Clock.fixed(T, ZoneOffset.UTC)).addInterceptor(engine).build()) {
      assertThatThrownBy(() -> client.messages().send(Message.template("+" + DE, "spring_sale", "de")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131049));

      assertThatThrownBy(() -> client.messages().send(Message.template("+" + DE, "spring_sale", "de")))
          .isInstanceOfSatisfying(WabaPolicyException.class, e -> {
            assertThat(e.decision().reasonCode()).isEqualTo(MarketingBackOffRule.REASON);
            assertThat(e.decision().explanation()).contains("error 131049");
          });
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }
}
