package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meta's "Messaging limits" (per business portfolio since 2025-10-07) through the client: the engine learns the
 * sending number from the send chain, so two numbers of one client (one portfolio) share the count, and nothing
 * is written to the wire once the portfolio's limit is reached.
 */
class PortfolioLimitClientTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  @Test
  void sendsFromTwoNumbersOfOnePortfolioShareItsLimit() throws Exception {
    PolicyEngine engine = PolicyEngine.builder()
        .portfolio(Map.of("106540352242922", "9001", "106540352242923", "9001")::get,
            id -> new InMemoryConversationStore())
        .build();
    engine.recordTier("9001", MessagingLimitTier.TIER_250);
    WhatsApp client = graph.builder().phoneNumberId("106540352242922").addInterceptor(engine)
        .clock(java.time.Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).build();
    WhatsApp second = client.forNumber("106540352242923");
    for (int i = 0; i < 250; i++) {
      String to = String.valueOf(4915110000000L + i);
      graph.enqueueSent(to, "wamid." + i);
      (i < 125 ? client : second).messages().send(Message.template("+" + to, "order_update", "en_US"));
      graph.take();
    }

    assertThatThrownBy(() -> second.messages().send(Message.template("+4915110000250", "order_update", "en_US")))
        .isInstanceOfSatisfying(WabaPolicyException.class, e -> assertThat(e.decision().explanation())
            .startsWith("The business portfolio 9001 (all its phone numbers together) has already reached 250"));
    assertThat(graph.server().getRequestCount()).isEqualTo(250);
  }
}
