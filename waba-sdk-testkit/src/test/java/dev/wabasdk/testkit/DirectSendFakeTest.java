package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.DirectSendCategory;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.MixedButtonsMessage;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.message.VoiceCallMessage;
import java.util.Map;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Direct Send against the fake as Meta documents it ("Send utility and authentication messages", "Direct Send API
 * reference", 2026-07-31): accepted outside the window with a category, priced at that category's rate; an
 * ineligible account gets error 100 "Direct Send isn't enabled for this account". Also: one clock (issue 19), the
 * testkit's client builder wires the fake's clock into the policy engine.
 */
class DirectSendFakeTest {
  private static final String USER = "+4915112345678";

  private static TextMessage utility() {
    return TextMessage.builder().to(USER).body("Your order 123 shipped.").category(DirectSendCategory.UTILITY)
        .build();
  }

  @Test
  void anEligibleAccountSendsUtilityOutsideTheWindowPricedAsUtility() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().directSendEligible(true).start();
        WhatsApp client = fake.clientBuilder().addInterceptor(PolicyEngine.builder().build()).build()) {
      Decision decision = client.messages().send(utility()).tag(Decision.class);

      assertThat(decision.reasonCode()).isEqualTo("direct_send_outside_window");
      assertThat(fake.sentMessages()).singleElement().satisfies(m -> {
        assertThat(m.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(m.pricingCategory()).isEqualTo(PricingCategory.UTILITY);
        assertThat(m.billable()).isTrue();
      });
    }
  }

  @Test
  void anIneligibleAccountGetsError100() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().start(); WhatsApp client = fake.clientBuilder().build()) {
      assertThatThrownBy(() -> client.messages().send(utility()))
          .isInstanceOfSatisfying(WabaApiException.class, e -> {
            assertThat(e.code()).isEqualTo(100);
            assertThat(e.getMessage()).contains("Direct Send isn't enabled for this account.");
          });
      assertThat(fake.sentMessages()).isEmpty();
    }
  }

  @Test
  void aTtlWithoutACategoryIsAnUnsupportedParameter() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().directSendEligible(true).start();
        WhatsApp client = fake.clientBuilder().build()) {
      assertThatThrownBy(() -> client.messages().send(TextMessage.builder().to(USER).body("x")
          .putExtraField("ttl_seconds", 600).build()))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
    }
  }

  @Test
  void anInWindowReplyAgainstTheFakeIsNotRefused() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().start()) {
      PolicyEngine engine = PolicyEngine.builder().build();
      // The fake's clock starts in 2026-11; the user writes, and the engine learns it from the client's send path.
      fake.clock().advance(Duration.ofDays(30));
      engine.recordInbound(dev.wabasdk.WhatsAppUser.ofWaId(USER.substring(1)), fake.clock().instant());
      fake.user(USER).sends("Hi");
      try (WhatsApp client = fake.clientBuilder().addInterceptor(engine).build()) {
        Decision decision = client.messages().send(Message.text(USER, "Hello back")).tag(Decision.class);
        assertThat(decision.verdict()).isEqualTo(Verdict.ALLOW);
      }
    }
  }

  // "Supported message types" (2026-08-13): mixed CTA URL + reply buttons; "reply button taps use the template
  // webhook format" since Direct Send delivers the message as a template.
  @Test
  void mixedButtonsAreAcceptedAndATapComesBackInTheTemplateButtonFormat() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().directSendEligible(true).start();
        WhatsApp client = fake.clientBuilder().build()) {
      String id = client.messages().send(MixedButtonsMessage.builder().to(USER).body("Out for delivery")
          .urlButton("Track", "https://example.com/t").replyButton("received", "Received")
          .category(DirectSendCategory.UTILITY).build()).messageId();

      assertThat(fake.sentMessages()).singleElement()
          .satisfies(m -> assertThat(m.pricingCategory()).isEqualTo(PricingCategory.UTILITY));
      Map<String, Object> tap = fake.user(USER).tapsButton("received").json();
      assertThat(tap).containsEntry("type", "button")
          .containsEntry("button", Map.of("payload", "received", "text", "Received"))
          .extracting(m -> Json.string(m, "context", "id")).isEqualTo(id);
      assertThat(tap).doesNotContainKey("interactive");
    }
  }

  @Test
  void mixedButtonsWithoutACategoryAreRefused() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().directSendEligible(true).start();
        WhatsApp client = fake.clientBuilder().build()) {
      fake.user(USER).sends("Hi");
      Map<String, Object> mixed = Map.of("messaging_product", "whatsapp", "to", USER.substring(1),
          "type", "interactive", "interactive", Map.of("type", "button", "body", Map.of("text", "x"),
              "action", Map.of("buttons", java.util.List.of(Map.of("type", "cta_url",
                  "cta_url", Map.of("display_text", "Open", "url", "https://example.com"))))));
      assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/messages", mixed))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131009));
    }
  }

  @Test
  void theCallButtonIsAUtilityDirectSendTypeButNotAnAuthenticationOne() {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().directSendEligible(true).start();
        WhatsApp client = fake.clientBuilder().build()) {
      client.messages().send(VoiceCallMessage.builder().to(USER).body("Call us about order 123")
          .category(DirectSendCategory.UTILITY).build());
      assertThat(fake.sentMessages()).singleElement()
          .satisfies(m -> assertThat(m.pricingCategory()).isEqualTo(PricingCategory.UTILITY));

      Map<String, Object> authCall = Map.of("messaging_product", "whatsapp", "to", USER.substring(1),
          "type", "interactive", "interactive", Map.of("type", "voice_call", "body", Map.of("text", "x"),
              "action", Map.of("name", "voice_call")), "category", "authentication");
      assertThatThrownBy(() -> client.raw().post(fake.phoneNumberId() + "/messages", authCall))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
    }
  }
}
