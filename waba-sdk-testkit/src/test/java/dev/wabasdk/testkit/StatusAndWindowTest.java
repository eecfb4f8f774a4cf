package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Referral;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake behaves like Meta in time: windows, asynchronous failures, status progression and pricing. */
class StatusAndWindowTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String USER = "+16505551234";
  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder()
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped.")
        .approvedTemplate("spring_sale", "en_US", TemplateCategory.MARKETING, "Spring sale!")
        .start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    wire = new Wire(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  private static Map<String, Object> status(Object event) {
    return Json.map(Json.list(Json.at(Json.list(Json.list(event, "entry").get(0), "changes").get(0), "value"),
        "statuses").get(0));
  }

  private List<Map<String, Object>> statuses() {
    fake.awaitWebhooks(WAIT);
    return receiver.events().stream()
        .filter(e -> !Json.list(Json.at(Json.list(Json.list(e, "entry").get(0), "changes").get(0), "value"),
            "statuses").isEmpty())
        .map(e -> status((Object) e)).toList();
  }

  @Test
  void freeFormOutsideTheWindowIsAcceptedThenFailsWith131047() {
    Wire.Reply reply = wire.send(Wire.text(USER, "Are you there?"));

    assertThat(reply.code()).isEqualTo(200);
    String wamid = (String) Json.at(Json.list(reply.json(), "messages").get(0), "id");
    assertThat(wamid).startsWith("wamid.");
    List<Map<String, Object>> statuses = statuses();
    assertThat(statuses).hasSize(1);
    Map<String, Object> failed = statuses.get(0);
    assertThat(failed).containsEntry("id", wamid).containsEntry("status", "failed")
        .containsEntry("recipient_id", "16505551234").doesNotContainKey("pricing")
        .containsEntry("timestamp", Long.toString(fake.clock().instant().getEpochSecond()));
    Map<String, Object> error = Json.map(Json.list(failed, "errors").get(0));
    assertThat(error).containsEntry("code", 131047L).containsEntry("title", "Re-engagement message")
        .containsEntry("message", "Re-engagement message")
        .containsEntry("href", "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes");
    assertThat(Json.string(error, "error_data", "details")).contains("more than 24 hours");
    assertThat(fake.sentMessage(wamid).status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(fake.sentMessage(wamid).error().code()).isEqualTo(131047);
  }

  @Test
  void replyInsideTheWindowGoesSentThenDeliveredWithFreeServicePricing() {
    fake.user(USER).sends("hi");
    receiver.awaitPayloads(1, WAIT);

    wire.send(Wire.text(USER, "Hello!"));
    List<Map<String, Object>> statuses = statuses();

    assertThat(statuses).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    Map<String, Object> pricing = Map.of("billable", false, "pricing_model", "PMP", "type", "free_customer_service",
        "category", "service");
    assertThat(statuses).allSatisfy(s -> assertThat(s).containsEntry("pricing", pricing)
        .doesNotContainKey("conversation"));
  }

  @Test
  void windowClosesAfter24HoursOfFakeTime() {
    fake.user(USER).sends("hi");
    fake.clock().advance(Duration.ofHours(23).plusMinutes(59));
    assertThat(fake.isWindowOpen(USER)).isTrue();
    wire.send(Wire.text(USER, "still open"));

    fake.clock().advance(Duration.ofMinutes(1));
    assertThat(fake.isWindowOpen(USER)).isFalse();
    wire.send(Wire.text(USER, "too late"));
    fake.awaitWebhooks(WAIT);

    assertThat(fake.sentMessagesTo(USER)).extracting(SentMessage::status)
        .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED);
  }

  @Test
  void templatesAreAllowedOutsideTheWindowAndPricedByCategory() {
    Wire.Reply utility = wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\","
        + "\"template\":{\"name\":\"order_update\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\","
        + "\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}]}]}}");
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\","
        + "\"template\":{\"name\":\"spring_sale\",\"language\":{\"code\":\"en_US\"}}}");

    assertThat(Json.at(Json.list(utility.json(), "messages").get(0), "message_status")).isEqualTo("accepted");
    List<Map<String, Object>> statuses = statuses();
    assertThat(statuses).hasSize(4);
    assertThat(statuses.get(0).get("pricing")).isEqualTo(Map.of("billable", true, "pricing_model", "PMP",
        "type", "regular", "category", "utility"));
    assertThat(statuses.get(2).get("pricing")).isEqualTo(Map.of("billable", true, "pricing_model", "PMP",
        "type", "regular", "category", "marketing"));
  }

  @Test
  void utilityTemplateInsideTheWindowIsFreeUntilSeptember2026() {
    fake.close();
    fake = FakeWhatsApp.builder().startAt(Instant.parse("2026-09-30T09:00:00Z"))
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped.")
        .start();
    wire = new Wire(fake);
    fake.user(USER).sends("where is my order?");
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\","
        + "\"template\":{\"name\":\"order_update\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\","
        + "\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}]}]}}");

    SentMessage sent = fake.sentMessages().get(0);
    assertThat(sent.pricingType()).isEqualTo("free_customer_service");
    assertThat(sent.pricingCategory()).isEqualTo(PricingCategory.UTILITY);
    assertThat(sent.billable()).isFalse();
  }

  // Meta's non-template pricing page: from 2026-10-01 utility templates inside an open window are charged.
  @Test
  void utilityTemplateInsideTheWindowIsChargedFromOctober2026() {
    fake.user(USER).sends("where is my order?");
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\","
        + "\"template\":{\"name\":\"order_update\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"body\","
        + "\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}]}]}}");

    SentMessage sent = fake.sentMessages().get(0);
    assertThat(sent.pricingType()).isEqualTo("regular");
    assertThat(sent.pricingCategory()).isEqualTo(PricingCategory.UTILITY);
    assertThat(sent.billable()).isTrue();
  }

  @Test
  void olderApiVersionsGetAConversationObject() {
    fake.user(USER).sends("hi");
    wire.post("/v23.0/" + fake.phoneNumberId() + "/messages", Wire.text(USER, "Hello"));

    List<Map<String, Object>> statuses = statuses();
    Map<String, Object> sent = statuses.get(0);
    Map<String, Object> conversation = Json.map(sent, "conversation");
    assertThat(conversation).containsKeys("id", "expiration_timestamp");
    assertThat(conversation.get("origin")).isEqualTo(Map.of("type", "service"));
    assertThat(Long.parseLong((String) conversation.get("expiration_timestamp")))
        .isEqualTo(fake.clock().instant().plus(Duration.ofHours(24)).getEpochSecond());
    Map<String, Object> delivered = Json.map(statuses.get(1), "conversation");
    assertThat(delivered).containsEntry("id", conversation.get("id")).doesNotContainKey("expiration_timestamp");
  }

  @Test
  void replyToAnAdReferralOpensTheFreeEntryPointWindow() {
    fake.user(USER).comesFromAd(Referral.ad("120201234", "Summer shoes")).sends("Is this available?");
    wire.send(Wire.text(USER, "Yes!"));
    fake.clock().advance(Duration.ofHours(48));
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\","
        + "\"template\":{\"name\":\"spring_sale\",\"language\":{\"code\":\"en_US\"}}}");

    List<SentMessage> sent = fake.sentMessages();
    assertThat(sent).extracting(SentMessage::pricingType).containsExactly("free_entry_point", "free_entry_point");
    assertThat(sent).extracting(SentMessage::pricingCategory)
        .containsExactly(PricingCategory.REFERRAL_CONVERSION, PricingCategory.REFERRAL_CONVERSION);
    Map<String, Object> sentStatus = statuses().get(0);
    assertThat(Json.at(sentStatus, "conversation", "origin", "type")).isEqualTo("referral_conversion");
    Object referral = Json.at(fake.userMessages().get(0).json(), "referral");
    assertThat(referral).isEqualTo(Map.of("source_url", "https://fb.me/120201234", "source_id", "120201234",
        "source_type", "ad", "headline", "Summer shoes", "ctwa_clid", "ctwa.120201234"));
  }

  @Test
  void userReadsAMessage() {
    fake.user(USER).sends("hi");
    wire.send(Wire.text(USER, "Hello"));
    String wamid = fake.sentMessages().get(0).id();

    fake.user(USER).reads(wamid);
    List<Map<String, Object>> statuses = statuses();

    assertThat(statuses).extracting(s -> s.get("status")).containsExactly("sent", "delivered", "read");
    assertThat(statuses.get(2)).doesNotContainKey("pricing");
    assertThat(fake.sentMessage(wamid).status()).isEqualTo(DeliveryStatus.READ);
  }

  @Test
  void autoReadAndNoAutoDeliverAreConfigurable() {
    try (FakeWhatsApp quiet = FakeWhatsApp.builder().autoDeliver(false).start();
        FakeWhatsApp eager = FakeWhatsApp.builder().autoRead(true).start()) {
      for (FakeWhatsApp f : List.of(quiet, eager)) {
        f.user(USER).sends("hi");
        new Wire(f).send(Wire.text(USER, "Hello"));
      }
      assertThat(quiet.sentMessages().get(0).status()).isEqualTo(DeliveryStatus.SENT);
      assertThat(eager.sentMessages().get(0).status()).isEqualTo(DeliveryStatus.READ);
    }
  }

  @Test
  void blockedUserMakesMessagesFailWith131026() {
    fake.user(USER).sends("hi");
    fake.user(USER).blocks();
    wire.send(Wire.text(USER, "Hello"));

    List<Map<String, Object>> statuses = statuses();
    assertThat(statuses.get(0)).containsEntry("status", "failed");
    assertThat(Json.at(Json.list(statuses.get(0), "errors").get(0), "code")).isEqualTo(131026L);
  }

  @Test
  void marketingOptOutFailsMarketingTemplatesWith131050() {
    fake.user(USER).stopsMarketingMessages();
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\","
        + "\"template\":{\"name\":\"spring_sale\",\"language\":{\"code\":\"en_US\"}}}");
    fake.awaitWebhooks(WAIT);

    assertThat(fake.sentMessages().get(0).error().code()).isEqualTo(131050);
    Map<String, Object> change = Json.map(Json.list(Json.list(receiver.events().get(0), "entry").get(0), "changes")
        .get(0));
    assertThat(change).containsEntry("field", "user_preferences");
    assertThat(Json.list(change, "value", "user_preferences")).singleElement().isEqualTo(Map.of("wa_id",
        "16505551234", "detail", "User requested to stop marketing messages", "category", "marketing_messages",
        "value", "stop", "timestamp", fake.clock().instant().getEpochSecond()));
  }

  @Test
  void callbackDataIsEchoedInStatuses() {
    fake.user(USER).sends("hi");
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"biz_opaque_callback_data\":\"order-7\","
        + "\"type\":\"text\",\"text\":{\"body\":\"x\"}}");

    assertThat(statuses()).allSatisfy(s -> assertThat(s).containsEntry("biz_opaque_callback_data", "order-7"));
  }
}
