package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.routing.ThreadControlResult;
import dev.wabasdk.routing.ThreadRole;
import dev.wabasdk.webhook.ControlPassed;
import dev.wabasdk.webhook.ControlTaken;
import dev.wabasdk.webhook.ConversationContext;
import dev.wabasdk.webhook.InboundMessage;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.StandbyEcho;
import dev.wabasdk.webhook.StandbyMessage;
import dev.wabasdk.webhook.StandbyStatus;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Conversation Routing end to end: the SDK's thread control through the fake, and the fake's routing webhooks
 * (standby copies, handovers) through the SDK's processor. The two sides were written apart from the same research
 * of Meta's pages; here they must agree.
 */
class ConversationRoutingEndToEndTest {
  private static final String USER = "+16505551234";
  private static final Recipient TO_USER = Recipient.phoneNumber(USER);

  @Test
  void behindMetaBusinessAgentTheAppWatchesTakesOverReleasesAndIsHandedTheThread() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.routing().enable(RoutingConfiguration.behindAiAgent());

      // the agent owns the thread: the app sees the conversation on standby only
      fake.user(USER).sends("Where is my order?");
      String agentReply = fake.routing().otherResponderSends(USER, "It ships today.");
      fake.awaitWebhooks();
      assertThat(events).noneMatch(InboundMessage.class::isInstance);
      StandbyMessage copy = TypedWebhooks.only(events, StandbyMessage.class);
      assertThat(copy.message()).isInstanceOfSatisfying(InboundTextMessage.class,
          m -> assertThat(m.body()).isEqualTo("Where is my order?"));
      assertThat(copy.from().waId()).isEqualTo("16505551234");
      StandbyEcho echo = TypedWebhooks.only(events, StandbyEcho.class);
      assertThat(echo.id()).isEqualTo(agentReply);
      assertThat(echo.type()).isEqualTo("text");
      assertThat(echo.to().waId()).isEqualTo("16505551234");
      assertThat(echo.message().toString()).contains("It ships today.");
      assertThat(events.stream().filter(StandbyStatus.class::isInstance).map(StandbyStatus.class::cast)
          .map(s -> s.status().id())).containsOnly(agentReply).hasSize(2);
      assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);

      // the escalation partner's service message takes the thread; then it gives it back
      client.messages().send(Message.text(USER, "A person here: let me check."));
      assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
      ThreadControlResult released = client.threadControl().release(TO_USER, "Resolved by a person");
      assertThat(released.requestId()).isNotBlank();
      assertThat(fake.routing().owner(USER)).isNull();

      // the agent is routed the next message and hands the thread to the app
      events.clear();
      fake.user(USER).sends("One more question");
      fake.routing().passToApp(USER, "WhatsApp user requested human agent");
      fake.user(USER).sends("Hello human?");
      fake.awaitWebhooks();
      ControlPassed passed = TypedWebhooks.only(events, ControlPassed.class);
      assertThat(passed.previousOwnerRole()).isSameAs(ThreadRole.AI_AGENT);
      assertThat(passed.newOwnerRole()).isSameAs(ThreadRole.ESCALATION);
      assertThat(passed.handoverMetadata()).isEqualTo("WhatsApp user requested human agent");
      assertThat(passed.user().waId()).isEqualTo("16505551234");
      assertThat(passed.metadata().phoneNumberId()).isEqualTo(fake.phoneNumberId());
      assertThat(TypedWebhooks.only(events, StandbyMessage.class).message()).isInstanceOfSatisfying(
          InboundTextMessage.class, m -> assertThat(m.body()).isEqualTo("One more question"));
      assertThat(TypedWebhooks.only(events, InboundTextMessage.class).body()).isEqualTo("Hello human?");

      // the app passes it back to the agent, then takes it again as the escalation partner
      client.threadControl().pass(TO_USER, ThreadRole.AI_AGENT, "Back to the assistant");
      assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.AI_AGENT);
      client.threadControl().take(TO_USER, "A person again");
      assertThat(fake.routing().appOwns(USER)).isTrue();
    }
  }

  @Test
  void aHumanDeskTakesTheAppsThreadAndTheAppMayNoLongerServeIt() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().retry(RetrySettings.none()).build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE)
          .escalationPartner(RoutingConfiguration.EscalationPartner.OTHER_RESPONDER).build());
      fake.user(USER).sends("My parcel is damaged");
      client.messages().send(Message.text(USER, "Sorry to hear that! A photo please?"));

      fake.routing().takeFromApp(USER, "Human agent stepping in");
      fake.awaitWebhooks();

      assertThat(TypedWebhooks.only(events, InboundTextMessage.class).body()).isEqualTo("My parcel is damaged");
      ControlTaken taken = TypedWebhooks.only(events, ControlTaken.class);
      assertThat(taken.previousOwnerRole()).isSameAs(ThreadRole.CUSTOMER_SERVICE);
      assertThat(taken.newOwnerRole()).isSameAs(ThreadRole.ESCALATION);
      assertThat(taken.handoverMetadata()).isEqualTo("Human agent stepping in");
      assertThatThrownBy(() -> client.messages().send(Message.text(USER, "Still there?")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
      assertThatThrownBy(() -> client.threadControl().take(TO_USER))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(2494191));
      assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.ESCALATION);
    }
  }

  @Test
  void anEligibleBusinessesAppWithoutStandbyGetsMetasSummaryOncePerHandOver() throws Exception {
    List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().build();
        WebhookHttpServer app = TypedWebhooks.collectInto(fake, events)) {
      fake.routing().enable(RoutingConfiguration.builder().appPrimaryFor(ThreadRole.CUSTOMER_SERVICE)
          .escalationPartner(RoutingConfiguration.EscalationPartner.OTHER_RESPONDER).summaries(true).build());

      // initial assignment: the first message of an idle thread routed to the app carries the summary
      fake.user(USER).sends("My parcel is damaged");
      fake.user(USER).sends("It arrived wet");
      fake.awaitWebhooks();
      List<InboundTextMessage> messages = events.stream().filter(InboundTextMessage.class::isInstance)
          .map(InboundTextMessage.class::cast).toList();
      assertThat(messages).extracting(InboundTextMessage::body).containsExactly("My parcel is damaged",
          "It arrived wet");
      assertThat(messages.get(0).conversationContext()).isEqualTo(
          new ConversationContext("summary", "The user last wrote: \"My parcel is damaged\""));
      assertThat(messages.get(1).conversationContext()).isNull();

      // a hand-over back to the app carries it on control_passed
      fake.routing().takeFromApp(USER, "Human agent stepping in");
      fake.user(USER).sends("Are you a person?");
      fake.routing().passToApp(USER, ThreadRole.CUSTOMER_SERVICE, "Back to the bot");
      fake.awaitWebhooks();
      ControlPassed passed = TypedWebhooks.only(events, ControlPassed.class);
      assertThat(passed.conversationContext()).isEqualTo(
          new ConversationContext("summary", "The user last wrote: \"Are you a person?\""));
      assertThat(fake.routing().owner(USER)).isEqualTo(ThreadRole.CUSTOMER_SERVICE);
    }
  }
}
