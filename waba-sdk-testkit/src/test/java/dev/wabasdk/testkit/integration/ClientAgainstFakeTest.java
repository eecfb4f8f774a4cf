package dev.wabasdk.testkit.integration;

import static dev.wabasdk.testkit.assertj.WabaAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.error.ErrorKind;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaAuthenticationException;
import dev.wabasdk.error.WabaException;
import dev.wabasdk.error.WabaRateLimitException;
import dev.wabasdk.error.WabaTemplateException;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.ListMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.GraphErrorResponse;
import dev.wabasdk.testkit.UserMessage;
import dev.wabasdk.testkit.WebhookReceiver;
import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.testkit.junit.FakeWhatsAppExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's own client against the fake: every behaviour end to end, with webhooks to a verifying receiver. */
class ClientAgainstFakeTest {
  private static final String USER = "+4915112345678";
  private static final Duration WAIT = Duration.ofSeconds(10);

  @RegisterExtension
  final FakeWhatsAppExtension whatsapp = FakeWhatsAppExtension.perTest()
      .configure(b -> b.approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped."))
      .configureClient(b -> b.retry(RetrySettings.none()));

  @Test
  void replyInsideTheWindowIsDeliveredWithStatusWebhooks(FakeWhatsApp fake, WhatsApp client,
      WebhookReceiver webhooks) {
    fake.user(USER).sends("Hi, is my order on its way?");

    SendResult result = client.messages().send(Message.text(USER, "Yes, it ships today."));

    assertThat(result.messageId()).startsWith("wamid.");
    assertThat(result.waId()).isEqualTo("4915112345678");
    fake.awaitWebhooks(WAIT);
    assertThat(webhooks.payloads()).hasSize(3);
    assertThat(webhooks.payloads().get(2)).contains("\"status\":\"delivered\"").contains(result.messageId());
    assertThat(fake).sentText("Yes, it ships today.").to(USER).withStatus(DeliveryStatus.DELIVERED)
        .withPricingCategory(PricingCategory.SERVICE);
  }

  @Test
  void freeFormOutsideTheWindowIsAcceptedThenFailsAsynchronouslyWith131047(FakeWhatsApp fake, WhatsApp client,
      WebhookReceiver webhooks) {
    SendResult result = client.messages().send(Message.text(USER, "Anyone there?"));

    assertThat(result.messageId()).startsWith("wamid.");
    fake.awaitWebhooks(WAIT);
    Map<String, Object> status = Json.map(Json.list(Json.at(Json.list(Json.list(webhooks.events().get(0), "entry")
        .get(0), "changes").get(0), "value"), "statuses").get(0));
    assertThat(status).containsEntry("id", result.messageId()).containsEntry("status", "failed");
    assertThat(Json.at(Json.list(status, "errors").get(0), "code")).isEqualTo(131047L);
    assertThat(fake).sentText("Anyone there?").failedWith(131047).single();
  }

  @Test
  void templateWithParametersOutsideTheWindow(FakeWhatsApp fake, WhatsApp client) {
    TemplateMessage template = TemplateMessage.builder().to(USER).name("order_update").language("en_US")
        .body(TemplateParameter.text("Jane"), TemplateParameter.text("#42")).build();

    SendResult result = client.messages().send(template);

    assertThat(result.messageStatus()).isNotNull();
    assertThat(fake).sentTemplate("order_update").to(USER).withLanguage("en_US").withBodyParameters("Jane", "#42")
        .withStatus(DeliveryStatus.DELIVERED).withPricingCategory(PricingCategory.UTILITY).single();
    assertThat(fake.sentMessages().get(0).billable()).isTrue();
  }

  @Test
  void templateErrorsMapToTemplateExceptions(WhatsApp client) {
    TemplateMessage unknown = TemplateMessage.builder().to(USER).name("welcome").language("en_US").build();
    TemplateMessage missingParameters = TemplateMessage.builder().to(USER).name("order_update").language("en_US")
        .body(TemplateParameter.text("Jane")).build();

    assertThatThrownBy(() -> client.messages().send(unknown)).isInstanceOf(WabaTemplateException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(132001));
    assertThatThrownBy(() -> client.messages().send(missingParameters)).isInstanceOf(WabaTemplateException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(132000));
  }

  @Test
  void userTapsAReplyButtonAndPicksAListRow(FakeWhatsApp fake, WhatsApp client) {
    fake.user(USER).sends("menu");
    SendResult buttons = client.messages().send(ReplyButtonsMessage.builder().to(USER).body("Keep the booking?")
        .button("keep", "Keep").button("cancel", "Cancel").build());
    client.messages().send(ListMessage.builder().to(USER).body("Pick a size").button("Sizes")
        .section(ListMessage.Section.of("EU", ListMessage.Row.of("size-42", "42"))).build());

    UserMessage tap = fake.user(USER).tapsButton("cancel");
    UserMessage row = fake.user(USER).selectsListRow("size-42");

    assertThat(tap.json()).containsEntry("context", Map.of("from", fake.displayPhoneNumber(), "id",
        buttons.messageId()));
    assertThat(Json.at(tap.json(), "interactive", "button_reply", "title")).isEqualTo("Cancel");
    assertThat(Json.at(row.json(), "interactive", "list_reply", "id")).isEqualTo("size-42");
  }

  @Test
  void readReceiptsAndTypingIndicator(FakeWhatsApp fake, WhatsApp client) {
    UserMessage hi = fake.user(USER).sends("hi");
    UserMessage again = fake.user(USER).sends("hello?");

    client.messages().markAsRead(hi.id());
    client.messages().showTypingIndicator(again.id());

    List<UserMessage> inbound = fake.userMessages();
    assertThat(inbound.get(0).readByBusiness()).isTrue();
    assertThat(inbound.get(0).typingIndicator()).isFalse();
    assertThat(inbound.get(1).typingIndicator()).isTrue();
  }

  @Test
  void wrongTokenIsAnAuthenticationError(FakeWhatsApp fake) {
    try (WhatsApp wrong = fake.clientBuilder().accessToken("expired").retry(RetrySettings.none()).build()) {
      assertThatThrownBy(() -> wrong.messages().send(Message.text(USER, "x")))
          .isInstanceOf(WabaAuthenticationException.class)
          .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(190))
          .satisfies(e -> assertThat(((WabaApiException) e).httpStatus()).isEqualTo(401));
    }
  }

  @Test
  void pairRateIsARateLimitError(FakeWhatsApp fake, WhatsApp client) {
    fake.user(USER).sends("hi");
    for (int i = 0; i < 45; i++) {
      client.messages().send(Message.text(USER, "burst " + i));
    }

    assertThatThrownBy(() -> client.messages().send(Message.text(USER, "one too many")))
        .isInstanceOf(WabaRateLimitException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).code()).isEqualTo(131056))
        .satisfies(e -> assertThat(((WabaApiException) e).kind()).isEqualTo(ErrorKind.RATE_LIMIT));
    fake.clock().advance(Duration.ofSeconds(6));
    assertThat(client.messages().send(Message.text(USER, "after the pause")).messageId()).startsWith("wamid.");
  }

  @Test
  void clientRetriesA503FromTheFake(FakeWhatsApp fake) {
    fake.user(USER).sends("hi");
    fake.faults().nextCalls(1).respondWithStatus(503);
    try (WhatsApp retrying = fake.clientBuilder()
        .retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(1), Duration.ofMillis(5))).build()) {
      SendResult result = retrying.messages().send(Message.text(USER, "eventually"));

      assertThat(result.messageId()).startsWith("wamid.");
    }
    assertThat(fake.requests()).extracting(r -> r.responseCode()).containsExactly(503, 200);
    assertThat(fake).sentText("eventually").times(1);
  }

  @Test
  void injectedGraphErrorReachesTheCaller(FakeWhatsApp fake, WhatsApp client) {
    fake.faults().nextCalls(1).failWith(GraphErrorResponse.of(131031, "Business account locked for the test"));

    assertThatThrownBy(() -> client.messages().send(Message.text(USER, "x")))
        .isInstanceOf(WabaApiException.class)
        .satisfies(e -> assertThat(((WabaApiException) e).error().details())
            .isEqualTo("Business account locked for the test"));
  }

  @Test
  void droppedConnectionIsATransportError(FakeWhatsApp fake, WhatsApp client) {
    fake.faults().nextCalls(1).dropConnection();

    assertThatThrownBy(() -> client.messages().send(Message.text(USER, "x"))).isInstanceOf(WabaException.class)
        .isNotInstanceOf(WabaApiException.class);
    assertThat(fake.sentMessages()).isEmpty();
  }

  @Test
  void rawApiReadsThePhoneNumber(FakeWhatsApp fake, WhatsApp client) {
    Map<String, Object> number = client.raw().get(fake.phoneNumberId(),
        Map.of("fields", "whatsapp_business_manager_messaging_limit"));

    assertThat(number).containsEntry("whatsapp_business_manager_messaging_limit", "TIER_250")
        .containsEntry("id", fake.phoneNumberId());
  }
}
