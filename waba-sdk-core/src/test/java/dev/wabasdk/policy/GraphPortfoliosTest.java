package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meta's "Messaging limits": the limit is set per business portfolio and shared by all its numbers. The portfolio
 * is learned from the Graph API, as the owner of each number's WhatsApp Business Account
 * ({@code owner_business_info} of the WABA node), once per account.
 */
class GraphPortfoliosTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private WhatsApp client() {
    return graph.builder().phoneNumberId("106540352242922").businessAccountId("2001")
        .clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).build();
  }

  @Test
  void readsTheOwnerOfEachAccountOnceAndMapsEveryNumberOfIt() throws Exception {
    WhatsApp client = client();
    client.forNumber(Tenant.of("106540352242923", "2001"));
    client.forNumber(Tenant.of("106540352242924", "2002"));
    GraphPortfolios portfolios = GraphPortfolios.of(client);
    graph.enqueue(200, "{\"owner_business_info\":{\"name\":\"Lucky Shrub\",\"id\":\"9001\"},\"id\":\"2001\"}");
    graph.enqueue(200, "{\"owner_business_info\":{\"name\":\"Lucky Shrub\",\"id\":\"9001\"},\"id\":\"2002\"}");

    assertThat(portfolios.apply("106540352242922")).isEqualTo("9001");
    assertThat(portfolios.apply("106540352242923")).isEqualTo("9001");
    assertThat(portfolios.apply("106540352242924")).isEqualTo("9001");

    RecordedRequest first = graph.take();
    assertThat(first.getMethod()).isEqualTo("GET");
    assertThat(first.getTarget()).isEqualTo("/v26.0/2001?fields=owner_business_info");
    assertThat(graph.take().getTarget()).isEqualTo("/v26.0/2002?fields=owner_business_info");
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aNumberWithoutAnAccountOrAnAccountWithoutOwnerHasNoPortfolio() {
    WhatsApp client = client();
    client.forNumber("106540352242925"); // no WABA id
    GraphPortfolios portfolios = GraphPortfolios.of(client);
    graph.enqueue(200, "{\"id\":\"2001\"}");

    assertThat(portfolios.apply("106540352242925")).isNull();
    assertThat(portfolios.apply("106540352242922")).isNull();
    assertThat(portfolios.apply("106540352242922")).isNull();
    assertThat(graph.server().getRequestCount()).isEqualTo(1);

    // asking about a number the client never registered neither calls Meta nor registers a view of it
    assertThat(portfolios.apply("106540352242999")).isNull();
    assertThat(client.findNumber("106540352242999")).isNull();
    assertThat(client.findNumber("106540352242925")).isNotNull();
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aFailedLookupCountsPerNumberAndIsRetriedAfterTheBackOff() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    WhatsApp client = graph.builder().phoneNumberId("106540352242922").businessAccountId("2001").clock(clock)
        .retry(dev.wabasdk.RetrySettings.none()).build();
    GraphPortfolios portfolios = GraphPortfolios.of(client, Duration.ofSeconds(30));
    graph.enqueueError(403, 200, "Permissions error");

    assertThat(portfolios.apply("106540352242922")).isNull();
    clock.advance(Duration.ofSeconds(29));
    assertThat(portfolios.apply("106540352242922")).isNull();
    assertThat(graph.server().getRequestCount()).isEqualTo(1);

    clock.advance(Duration.ofSeconds(1));
    graph.enqueue(200, "{\"owner_business_info\":{\"id\":\"9001\"},\"id\":\"2001\"}");
    assertThat(portfolios.apply("106540352242922")).isEqualTo("9001");
    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void twoAccountsOfOnePortfolioShareItsLimitThroughTheEngine() throws Exception {
    WhatsApp probe = client();
    PolicyEngine engine = PolicyEngine.builder()
        .portfolio(GraphPortfolios.of(probe), id -> new InMemoryConversationStore()).build();
    engine.recordTier("9001", MessagingLimitTier.TIER_250);
    WhatsApp client = graph.builder().phoneNumberId("106540352242922").businessAccountId("2001")
        .addInterceptor(engine).clock(Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)).build();
    // The engine looks portfolios up through the probe client; register the second account's number there too.
    probe.forNumber(Tenant.of("106540352242924", "2002"));
    WhatsApp second = client.forNumber(Tenant.of("106540352242924", "2002"));
    graph.enqueue(200, "{\"owner_business_info\":{\"id\":\"9001\"},\"id\":\"2001\"}");
    for (int i = 0; i < 250; i++) {
      if (i == 125) {
        graph.enqueue(200, "{\"owner_business_info\":{\"id\":\"9001\"},\"id\":\"2002\"}");
      }
      String to = String.valueOf(4915110000000L + i);
      graph.enqueueSent(to, "wamid." + i);
      (i < 125 ? client : second).messages().send(Message.template("+" + to, "order_update", "en_US"));
    }

    assertThatThrownBy(() -> second.messages().send(Message.template("+4915110000250", "order_update", "en_US")))
        .isInstanceOfSatisfying(WabaPolicyException.class, e -> assertThat(e.decision().explanation())
            .startsWith("The business portfolio 9001 (all its phone numbers together) has already reached 250"));
    assertThat(graph.server().getRequestCount()).isEqualTo(252);
  }
}
