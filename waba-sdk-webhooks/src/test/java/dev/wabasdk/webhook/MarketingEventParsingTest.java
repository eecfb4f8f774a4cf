package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code automatic_events} and {@code user_actions}, from Meta's documented payloads. */
class MarketingEventParsingTest {

  @Test
  void aDetectedPurchaseCarriesTheAdClickAndTheAmount() {
    AutomaticEvent purchase = single("automatic-events-purchase.json", AutomaticEvent.class);
    assertThat(purchase.eventName()).isSameAs(AutomaticEventName.PURCHASE);
    assertThat(purchase.messageId()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    assertThat(purchase.timestamp()).isEqualTo(Instant.ofEpochSecond(1739321024L));
    assertThat(purchase.ctwaClid()).startsWith("Aff-n8ZTODiE79d22KtAwQKj9e");
    assertThat(purchase.currency()).isEqualTo("USD");
    assertThat(purchase.value()).isEqualByComparingTo("25000");
    assertThat(purchase.amount()).isEqualByComparingTo(new BigDecimal("25"));
    assertThat(purchase.metadata().phoneNumberId()).isEqualTo("106540352242922");
    assertThat(WebhookProcessor.phoneNumberIdOf(purchase)).isEqualTo("106540352242922");
    assertThat(purchase.eventId()).startsWith("automatic_events:");
  }

  @Test
  void aDetectedLeadHasNoAmount() {
    AutomaticEvent lead = single("automatic-events-lead.json", AutomaticEvent.class);
    assertThat(lead.eventName()).isSameAs(AutomaticEventName.LEAD_SUBMITTED);
    assertThat(lead.amount()).isNull();
    assertThat(lead.currency()).isNull();
    assertThat(AutomaticEventName.of("leadsubmitted")).isSameAs(AutomaticEventName.LEAD_SUBMITTED);
    assertThat(AutomaticEventName.of("AddToCart").isKnown()).isFalse();
    assertThat(AutomaticEventName.of("AddToCart").value()).isEqualTo("AddToCart");
  }

  @Test
  void aMarketingMessageClickArrivesOnTheMessagesField() {
    UserAction click = single("user-actions-click.json", UserAction.class);
    assertThat(click.actionType()).isSameAs(UserActionType.MARKETING_MESSAGES_LINK_CLICK);
    assertThat(click.timestamp()).isEqualTo(Instant.ofEpochSecond(1749417200L));
    assertThat(click.linkClick()).isEqualTo(new UserAction.LinkClick("cta", "sku_blue_2026",
        "ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO2E4Nx0-eM-GABDLOPaOdRMv-_zfUQ2a",
        "AQF1d2Fyb3VuZF90b2tlbl9leGFtcGxl"));
    assertThat(click.eventId()).startsWith("user_actions:");
  }

  @Test
  void aMalformedItemIsUnknownAndTheOthersStillParse() {
    String body = """
        {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[
          {"field":"automatic_events","value":{"automatic_events":[
            {"id":"wamid.A","event_name":"Purchase","timestamp":"yesterday"},
            {"id":"wamid.B","event_name":"LeadSubmitted","timestamp":1749069089}]}},
          {"field":"automatic_events","value":{"messaging_product":"whatsapp"}}]}]}
        """;
    List<WebhookEvent> events = WebhookProcessor.parse(body.getBytes(StandardCharsets.UTF_8));
    assertThat(events).hasSize(3);
    assertThat(((UnknownEvent) events.get(0)).reason()).contains("automatic_events[0].timestamp");
    assertThat(((AutomaticEvent) events.get(1)).messageId()).isEqualTo("wamid.B");
    assertThat(events.get(2)).isInstanceOf(UnknownEvent.class);
  }

  @Test
  void theListenerRoutesThemToOnMarketingEvent() {
    List<MarketingEvent> seen = new ArrayList<>();
    WebhookListener listener = new WebhookListener() {
      @Override
      public void onMarketingEvent(MarketingEvent event) {
        seen.add(event);
      }
    };
    Fixtures.events("automatic-events-lead.json").forEach(listener::onEvent);
    Fixtures.events("user-actions-click.json").forEach(listener::onEvent);
    assertThat(seen).hasSize(2);
  }
}
