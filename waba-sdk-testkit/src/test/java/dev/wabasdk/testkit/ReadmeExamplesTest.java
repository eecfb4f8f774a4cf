package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Referral;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.AddressMessage;
import dev.wabasdk.message.AddressValues;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.ListMessage;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ReplyButtonsMessage;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.template.RejectionReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.assertj.WabaAssertions;
import dev.wabasdk.testkit.junit.FakeWhatsAppExtension;
import dev.wabasdk.testkit.junit.WabaTest;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The README's examples, compiled and run. */
class ReadmeExamplesTest {

  @Nested
  @WabaTest
  class OrderBotTest {
    @Test
    void repliesInsideTheWindow(FakeWhatsApp fake, WhatsApp client, WebhookReceiver webhooks) {
      fake.user("+4915112345678").sends("Where is my order?");

      client.messages().send(Message.text("+4915112345678", "It ships today."));

      fake.awaitWebhooks();
      assertThat(webhooks.payloads()).hasSize(3);
      WabaAssertions.assertThat(fake).sentText("It ships today.").to("+4915112345678")
          .withStatus(DeliveryStatus.DELIVERED);
    }
  }

  @Nested
  class Registered {
    @RegisterExtension
    final FakeWhatsAppExtension whatsapp = FakeWhatsAppExtension.perTest()
        .configure(b -> b.approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped."))
        .configureClient(b -> b.retry(RetrySettings.none()));

    @Test
    void sameObjectsAsTheParameters(FakeWhatsApp fake, WhatsApp client, WebhookReceiver receiver) {
      assertThat(whatsapp.fake()).isSameAs(fake);
      assertThat(whatsapp.client()).isSameAs(client);
      assertThat(whatsapp.webhookReceiver()).isSameAs(receiver);
      assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.APPROVED);
    }
  }

  @Test
  void withoutJUnit() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder()
            .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped.")
            .webhookUrl(null)
            .start();
        WhatsApp client = fake.clientBuilder().build()) {
      client.messages().send(TemplateMessage.builder().to("+4915112345678").name("order_update").language("en_US")
          .body(TemplateParameter.text("Jane"), TemplateParameter.text("#42")).build());
      WabaAssertions.assertThat(fake).sentTemplate("order_update").to("+4915112345678")
          .withBodyParameters("Jane", "#42");
    }
  }

  @Test
  void withTheSdksWebhookProcessor() {
    try (FakeWhatsApp fake = FakeWhatsApp.start(); WhatsApp client = fake.clientBuilder().build()) {
      WebhookProcessor processor = WebhookProcessor.builder()
          .appSecret(fake.appSecret())
          .verifyToken("my-verify-token")
          .on(InboundTextMessage.class, text -> client.messages().send(
              Message.text(text.header().from().recipient(), "You said: " + text.body())))
          .build();
      try (WebhookHttpServer server = WebhookHttpServer.start(processor,
          new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
        fake.webhookUrl("http://127.0.0.1:" + server.port() + "/webhooks/whatsapp");
        assertThat(fake.verifyWebhook("my-verify-token")).isTrue();

        fake.user("+4915112345678").sends("ping");

        assertThat(fake.awaitSentMessages(1).get(0).text()).isEqualTo("You said: ping");
      }
    }
  }

  @Test
  void addressMessages() {
    try (FakeWhatsApp fake = FakeWhatsApp.start(); WhatsApp client = fake.clientBuilder().build()) {
      fake.user("+919876543210").sends("Deliver it please");
      client.messages().send(AddressMessage.builder().to("+919876543210").body("Where should we deliver?")
          .country(AddressMessage.INDIA)
          .savedAddress("home", AddressValues.builder().name("Priya Sharma").city("Mumbai").build())
          .build());
      FakeUser user = fake.user("+919876543210");
      UserMessage typed = user.submitsAddress(AddressValues.builder().name("Priya Sharma")
          .phoneNumber("+919876543210").inPinCode("400063").address("Wing A, Cello Triumph").city("Mumbai").build());
      UserMessage picked = user.picksSavedAddress("home");

      assertThat(typed.message()).contains("\"body\":\"Priya Sharma\\n+919876543210\\n400063, Wing A, Cello "
          + "Triumph, Mumbai\"");
      assertThat(picked.message()).contains("{\\\"saved_address_id\\\":\\\"home\\\",\\\"values\\\":"
          + "{\\\"name\\\":\\\"Priya Sharma\\\",\\\"city\\\":\\\"Mumbai\\\"}}");
    }
  }

  @Test
  void playingTheUsersTimeTemplatesAndFaults() {
    try (FakeWhatsApp fake = FakeWhatsApp.start();
        WhatsApp client = fake.clientBuilder().retry(RetrySettings.none()).build()) {
      byte[] jpegBytes = {1, 2, 3};
      FakeUser user = fake.user("+4915112345678").named("Jane Doe");
      UserMessage hi = user.sends("hi");
      client.messages().send(ReplyButtonsMessage.builder().to("+4915112345678").body("Keep it?")
          .button("keep", "Keep").button("cancel", "Cancel").build());
      client.messages().send(ListMessage.builder().to("+4915112345678").body("Size?").button("Sizes")
          .section(ListMessage.Section.of("EU", ListMessage.Row.of("size-42", "42"))).build());
      String sentWamid = fake.sentMessages().get(0).id();
      user.tapsButton("cancel");
      user.selectsListRow("size-42");
      user.reactsTo(hi.id(), "👍");
      user.sendsImage(jpegBytes, "image/jpeg", "the damaged box");
      byte[] pdfBytes = {4, 5, 6};
      user.sendsDocument(pdfBytes, "application/pdf", "invoice.pdf");
      user.sendsLocation(52.52, 13.405, "Berlin", null);
      user.sendsRaw("{\"type\":\"order\",\"order\":{\"catalog_id\":\"1\",\"product_items\":[]}}");
      user.comesFromAd(Referral.ad("120201234", "Summer shoes")).sends("Is this available?");
      user.repliesTo(sentWamid, "This one");
      user.reads(sentWamid);
      user.blocks();
      user.stopsMarketingMessages();
      assertThat(fake.userMessages()).hasSize(10);

      fake.user("+4915100000000").sends("hi");
      fake.clock().advance(Duration.ofHours(25));
      client.messages().send(Message.text("+4915100000000", "Still there?"));
      fake.awaitWebhooks();
      WabaAssertions.assertThat(fake).sentText("Still there?").failedWith(131047);

      FakeTemplate pending = fake.templates().preload(
          "{\"name\":\"spring_sale\",\"language\":\"en_US\",\"category\":\"MARKETING\",\"status\":\"PENDING\","
              + "\"components\":[{\"type\":\"BODY\",\"text\":\"Spring sale, {{1}}!\"}]}");
      fake.templates().approve(pending.id());
      fake.templates().reject(pending.id(), RejectionReason.PROMOTIONAL);
      fake.templates().pause(pending.id());
      assertThat(fake.templates().get("spring_sale", "en_US").status()).isEqualTo(TemplateStatus.PAUSED);

      fake.faults().nextCalls(2).failWith(GraphErrorResponse.of(131000));
      fake.faults().nextCalls(1).respondWithStatus(503);
      fake.faults().nextCalls(1).dropConnection();
      fake.faults().matching(FakeRequest::isSendMessage).delay(Duration.ofMillis(200));
      fake.faults().clear();
    }
  }
}
