package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.MarketingMessageOptions;
import dev.wabasdk.message.MarketingMessagesApi;
import dev.wabasdk.message.MarketingMessagesOnboardingStatus;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.ProductPolicy;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.policy.MarketingMarketsRule;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.WabaPolicyException;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Marketing Messages API ({@code /marketing_messages}) against the fake, as Meta's "Send Marketing Messages",
 * "Onboard" and "Tracking click events" pages describe it.
 */
class MarketingMessagesFakeTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String USER = "+4915112345678";
  private static final MarketingMessageOptions STRICT =
      MarketingMessageOptions.builder().productPolicy(ProductPolicy.STRICT).build();

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder()
        .approvedTemplate("spring_sale", "de", TemplateCategory.MARKETING, "Frühlingsangebot!")
        .approvedTemplate("order_update", "de", TemplateCategory.UTILITY, "Ihre Bestellung wurde versandt.")
        .start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    client = fake.clientBuilder().build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  private static TemplateMessage springSale(String to) {
    return Message.template(to, "spring_sale", "de");
  }

  private List<Map<String, Object>> values() {
    fake.awaitWebhooks(WAIT);
    return receiver.events().stream()
        .map(e -> Json.map(Json.at(Json.list(Json.list(e, "entry").get(0), "changes").get(0), "value")))
        .toList();
  }

  @Test
  void anOnboardedBusinessSendsThroughTheMarketingMessagesApiPricedMarketingLite() {
    fake.account().marketingMessagesOnboarded(true);

    SendResult result = client.marketingMessages().send(springSale(USER),
        MarketingMessageOptions.builder().productPolicy(ProductPolicy.STRICT).messageActivitySharing(true).build());

    SentMessage sent = fake.sentMessage(result.messageId());
    assertThat(sent.type()).isEqualTo("template");
    assertThat(sent.status()).isEqualTo(DeliveryStatus.DELIVERED);
    assertThat(sent.pricingCategory()).isEqualTo(PricingCategory.MARKETING_LITE);
    assertThat(sent.billable()).isTrue();
    assertThat(Json.parseObject(sent.request())).containsEntry("product_policy", "STRICT")
        .containsEntry("message_activity_sharing", true);
    assertThat(fake.requests()).last().satisfies(r -> assertThat(r.path()).endsWith("/marketing_messages"));
    // Meta: status webhooks of a message sent via the MM API carry pricing.category "marketing_lite".
    List<Map<String, Object>> statuses = values().stream().flatMap(v -> Json.list(v, "statuses").stream())
        .map(Json::map).toList();
    assertThat(statuses).extracting(s -> s.get("status")).containsExactly("sent", "delivered");
    assertThat(statuses).allSatisfy(s -> assertThat(Json.string(s, "pricing", "category")).isEqualTo("marketing_lite"));
  }

  @Test
  void aBusinessNotOnboardedFallsBackToCloudApiPricedMarketing() {
    SendResult result = client.marketingMessages().send(springSale(USER));

    assertThat(fake.sentMessage(result.messageId()).pricingCategory()).isEqualTo(PricingCategory.MARKETING);
  }

  @Test
  void aBusinessNotOnboardedWithAStrictPolicyIsRefusedAndNothingIsSent() {
    assertThatThrownBy(() -> client.marketingMessages().send(springSale(USER), STRICT))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
          assertThat(e.error().details()).contains("product_policy is STRICT");
        });
    assertThat(fake.sentMessages()).isEmpty();

    fake.account().marketingMessagesOnboarded(true);
    assertThat(client.marketingMessages().send(springSale(USER), STRICT).messageId()).startsWith("wamid.");
  }

  @Test
  void marketingTemplatesDisabledOnCloudApiRefuseTheCloudApiRoutesWith131063() {
    fake.account().disableMarketingMessagesOnCloudApi(true);

    for (Runnable send : List.<Runnable>of(() -> client.messages().send(springSale(USER)),
        () -> client.marketingMessages().send(springSale(USER)))) {
      assertThatThrownBy(send::run).isInstanceOfSatisfying(WabaApiException.class, e -> {
        assertThat(e.code()).isEqualTo(MarketingMessagesApi.MARKETING_TEMPLATES_DISABLED_ON_CLOUD_API);
        assertThat(e.error().message()).isEqualTo("(#131063) Marketing templates disabled for Cloud API");
        assertThat(e.isRetryable()).isFalse();
      });
    }
    // Utility templates still go through Cloud API, and an onboarded business's marketing goes through MM API.
    client.messages().send(Message.template(USER, "order_update", "de"));
    fake.account().marketingMessagesOnboarded(true);
    client.marketingMessages().send(springSale(USER));
    assertThat(fake.sentMessages()).extracting(SentMessage::pricingCategory)
        .containsExactly(PricingCategory.UTILITY, PricingCategory.MARKETING_LITE);
  }

  @Test
  void onlyMarketingTemplatesAreAccepted() {
    fake.account().marketingMessagesOnboarded(true);

    assertThatThrownBy(() -> client.marketingMessages().send(Message.template(USER, "order_update", "de")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.error().details()).contains("template order_update is UTILITY");
        });
    assertThat(fake.sentMessages()).isEmpty();
  }

  @Test
  void thePolicyEngineRefusesAMarketingSendAsItRefusesTheMessagesOne() {
    String us = "+16505551234";
    fake.account().marketingMessagesOnboarded(true);
    try (WhatsApp guarded = fake.clientBuilder().addInterceptor(PolicyEngine.builder().build()).build()) {
      WabaPolicyException viaMessages = catchPolicy(() -> guarded.messages().send(springSale(us)));
      WabaPolicyException viaMarketing = catchPolicy(() -> guarded.marketingMessages().send(springSale(us)));

      assertThat(viaMarketing.decision().reasonCode()).isEqualTo(MarketingMarketsRule.REASON)
          .isEqualTo(viaMessages.decision().reasonCode());
      assertThat(viaMarketing.decision().explanation()).isEqualTo(viaMessages.decision().explanation());
      assertThat(viaMarketing.outcome()).isEqualTo(Outcome.NOT_SENT);
    }
    assertThat(fake.sentMessages()).isEmpty();
  }

  @Test
  void aClickOnAMarketingMessagesApiSendArrivesAsAUserAction() {
    fake.account().marketingMessagesOnboarded(true);
    String viaMm = client.marketingMessages().send(springSale(USER)).messageId();
    fake.account().marketingMessagesOnboarded(false);
    String viaCloudApi = client.marketingMessages().send(springSale(USER)).messageId();
    fake.awaitWebhooks(WAIT);
    receiver.clear();

    assertThat(fake.user(USER).clicksMarketingMessage(viaMm, "cta")).isTrue();
    assertThat(fake.user(USER).clicksMarketingMessage(viaCloudApi, "cta")).isFalse();
    fake.clock().advance(Duration.ofDays(7).plusSeconds(1));
    assertThat(fake.user(USER).clicksMarketingMessage(viaMm, "body")).isFalse();

    List<Map<String, Object>> values = values();
    assertThat(values).singleElement().satisfies(v -> {
      Map<String, Object> action = Json.map(Json.list(v, "user_actions").get(0));
      assertThat(action).containsEntry("action_type", "marketing_messages_link_click");
      assertThat(Json.string(action, "marketing_messages_link_click_data", "click_component")).isEqualTo("cta");
      assertThat(Json.string(action, "marketing_messages_link_click_data", "click_id")).isNotBlank();
    });
    assertThatThrownBy(() -> fake.user("+4915199999999").clicksMarketingMessage(viaMm, "cta"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theWireAnswersMetasShapeAndRefusesWhatTheEndpointDoesNotTake() {
    fake.account().marketingMessagesOnboarded(true);
    Wire wire = new Wire(fake);
    String path = "/v26.0/" + fake.phoneNumberId() + "/marketing_messages";

    Wire.Reply ok = wire.post(path, """
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"4915112345678","type":"template",
         "template":{"name":"spring_sale","language":{"code":"de"}},"product_policy":"CLOUD_API_FALLBACK",
         "message_activity_sharing":false}""");
    assertThat(ok.code()).isEqualTo(200);
    assertThat(ok.at("messaging_product")).isEqualTo("whatsapp");
    assertThat(Json.map(Json.list(ok.json(), "contacts").get(0)))
        .containsEntry("input", "4915112345678").containsEntry("wa_id", "4915112345678");
    assertThat(Json.string(Json.list(ok.json(), "messages").get(0), "id")).startsWith("wamid.");

    Wire.Reply text = wire.post(path, Wire.text("4915112345678", "Sale!"));
    assertThat(text.code()).isEqualTo(400);
    assertThat(text.at("error", "code")).isEqualTo(100L);
    Wire.Reply policy = wire.post(path, """
        {"messaging_product":"whatsapp","to":"4915112345678","type":"template",
         "template":{"name":"spring_sale","language":{"code":"de"}},"product_policy":"LENIENT"}""");
    assertThat(policy.code()).isEqualTo(400);
    assertThat(policy.at("error", "error_data", "details"))
        .isEqualTo("Param product_policy must be one of {CLOUD_API_FALLBACK, STRICT}, was \"LENIENT\".");
    assertThat(fake.sentMessages()).hasSize(1);
  }

  /**
   * Meta's "Onboard" page: {@code marketing_messages_onboarding_status} on the WABA, {@code ELIGIBLE} before the
   * terms are signed and {@code ONBOARDED} after; the field is only sent when asked for.
   */
  @Test
  void theAccountsOnboardingStatusFollowsTheSignedTerms() {
    assertThat(client.marketingMessages().onboardingStatus()).isSameAs(MarketingMessagesOnboardingStatus.ELIGIBLE);

    Wire wire = new Wire(fake);
    Wire.Reply eligible = wire.get("/v26.0/" + fake.businessAccountId()
        + "?fields=marketing_messages_onboarding_status");
    assertThat(eligible.code()).isEqualTo(200);
    assertThat(eligible.json()).containsExactly(Map.entry("marketing_messages_onboarding_status", "ELIGIBLE"),
        Map.entry("id", fake.businessAccountId()));
    assertThat(wire.get("/v26.0/" + fake.businessAccountId()).json())
        .doesNotContainKey("marketing_messages_onboarding_status").containsKey("message_template_namespace");

    fake.account().marketingMessagesOnboarded(true);
    assertThat(client.marketingMessages().onboardingStatus()).isSameAs(MarketingMessagesOnboardingStatus.ONBOARDED);
    SendResult result = client.marketingMessages().send(springSale(USER), STRICT);
    assertThat(fake.sentMessage(result.messageId()).pricingCategory()).isEqualTo(PricingCategory.MARKETING_LITE);
  }

  private static WabaPolicyException catchPolicy(Runnable send) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(send::run);
    assertThat(t).isInstanceOf(WabaPolicyException.class);
    return (WabaPolicyException) t;
  }
}
