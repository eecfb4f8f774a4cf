package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Direct Send, as Meta documents it: "Send utility and authentication messages" (request body with
 * {@code "category"}), "Configure message time-to-live" ({@code ttl_seconds}), "Supported message types" and
 * "Supported features and limits" (developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/,
 * updated 2026-07-31 and 2026-08-13).
 */
class DirectSendTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String TO = "+16505551234";

  @Test
  void utilityTextPutsCategoryAfterTheTextObjectAsInMetasExampleRequest() throws Exception {
    // Meta's example: {"messaging_product","recipient_type","to","type":"text","text":{"body"},"category":"utility"}
    graph.enqueueSent("16505551234", "wamid.DS");

    graph.client().messages().send(TextMessage.builder().to(TO).body("Your order 123 shipped.")
        .category(DirectSendCategory.UTILITY).build());

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"type\":\"text\",\"text\":{\"body\":\"Your order 123 shipped.\"},"
        + "\"category\":\"utility\"}");
  }

  @Test
  void ttlGoesBelowCategoryAsTtlSecondsPerConfigureMessageTtl() throws Exception {
    graph.enqueueSent("16505551234", "wamid.DS");

    graph.client().messages().send(TextMessage.builder().to(TO).body("Code 123456")
        .category(DirectSendCategory.AUTHENTICATION).ttl(Duration.ofMinutes(10)).build());

    assertThat(graph.take().getBody().utf8()).endsWith(
        "\"text\":{\"body\":\"Code 123456\"},\"category\":\"authentication\",\"ttl_seconds\":600}");
  }

  @Test
  void ctaUrlAndReplyButtonsCarryTheCategory() throws Exception {
    graph.enqueueSent("16505551234", "wamid.A");
    graph.enqueueSent("16505551234", "wamid.B");

    graph.client().messages().send(CtaUrlMessage.builder().to(TO).header(InteractiveHeader.text("Order 123"))
        .body("Track your parcel.").footer("Lucky Shrub").button("Track", "https://example.com/t/123")
        .category(DirectSendCategory.UTILITY).build());
    graph.client().messages().send(ReplyButtonsMessage.builder().to(TO).body("Keep the appointment?")
        .button(new ReplyButtonsMessage.Button("yes", "Yes")).button(new ReplyButtonsMessage.Button("no", "No"))
        .category(DirectSendCategory.UTILITY).build());

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"cta_url\","
        + "\"header\":{\"type\":\"text\",\"text\":\"Order 123\"},\"body\":{\"text\":\"Track your parcel.\"},"
        + "\"footer\":{\"text\":\"Lucky Shrub\"},\"action\":{\"name\":\"cta_url\",\"parameters\":{\"display_text\":"
        + "\"Track\",\"url\":\"https://example.com/t/123\"}}},\"category\":\"utility\"}");
    assertThat(graph.take().getBody().utf8()).contains("\"type\":\"button\"").endsWith("},\"category\":\"utility\"}");
  }

  @Test
  void withoutACategoryNothingChanges() {
    TextMessage plain = TextMessage.builder().to(TO).body("Hi").build();
    assertThat(plain.envelope().directSend()).isNull();
  }

  @Test
  void bodyIsLimitedToTheTemplateBodyLength1024() {
    String body = "a".repeat(1025);
    TextMessage.builder().to(TO).body(body).build(); // 4,096 without Direct Send
    assertThatThrownBy(() -> TextMessage.builder().to(TO).body(body).category(DirectSendCategory.UTILITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text.body").hasMessageContaining("1024").hasMessageContaining("1025");
    assertThat(TextMessage.builder().to(TO).body("a".repeat(1024)).category(DirectSendCategory.UTILITY).build()
        .body()).hasSize(1024);
  }

  @Test
  void urlPreviewIsNotSupported() {
    assertThatThrownBy(() -> TextMessage.builder().to(TO).body("See https://example.com").previewUrl(true)
        .category(DirectSendCategory.UTILITY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("text.preview_url");
  }

  @Test
  void onlyTextCtaUrlAndReplyButtonsTakeACategory() {
    assertThatThrownBy(() -> ImageMessage.builder().to(TO).media(MediaSource.id("1")).category(
        DirectSendCategory.UTILITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category: Direct Send supports text, call-to-action URL, reply-button, mixed-button and"
            + " call-button messages only, not a ImageMessage (was category utility)");
    assertThatThrownBy(() -> TemplateMessage.builder().to(TO).name("x").language("en").category(
        DirectSendCategory.UTILITY).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void marketingIsNotAllowed() {
    assertThatThrownBy(() -> DirectSendCategory.of("MARKETING"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category: Direct Send does not allow");
    assertThat(DirectSendCategory.of("Utility")).isSameAs(DirectSendCategory.UTILITY);
    assertThat(DirectSendCategory.of("promo_x").isKnown()).isFalse();
  }

  @Test
  void authenticationIsTextToAPhoneNumberNeverToABusinessScopedUserId() {
    assertThatThrownBy(() -> TextMessage.builder().to(Recipient.userId("US.13491208655302741918")).body("123456")
        .category(DirectSendCategory.AUTHENTICATION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("to: an authentication Direct Send");
    assertThatThrownBy(() -> CtaUrlMessage.builder().to(TO).body("b").button("Go", "https://example.com")
        .category(DirectSendCategory.AUTHENTICATION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a text message");
    // Utility may go to a business-scoped user id.
    assertThat(TextMessage.builder().to(Recipient.userId("US.13491208655302741918")).body("Shipped")
        .category(DirectSendCategory.UTILITY).build().envelope().directSend())
        .isEqualTo(DirectSend.of(DirectSendCategory.UTILITY));
  }

  @Test
  void ttlLimitsDependOnTheCategory() {
    // utility 30 s .. 43,200 s; authentication 30 s .. 900 s
    TextMessage.builder().to(TO).body("x").category(DirectSendCategory.UTILITY).ttl(Duration.ofHours(12)).build();
    assertThatThrownBy(() -> TextMessage.builder().to(TO).body("x").category(DirectSendCategory.UTILITY)
        .ttl(Duration.ofSeconds(43_201)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ttl_seconds: must be whole seconds from 30 to 43200 for category utility, was 43201 s");
    assertThatThrownBy(() -> TextMessage.builder().to(TO).body("x").category(DirectSendCategory.AUTHENTICATION)
        .ttl(Duration.ofSeconds(901)).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("900");
    assertThatThrownBy(() -> TextMessage.builder().to(TO).body("x").category(DirectSendCategory.UTILITY)
        .ttl(Duration.ofSeconds(29)).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTtlWithoutACategoryIsRefusedAsMetaAnswersError100() {
    assertThatThrownBy(() -> TextMessage.builder().to(TO).body("x").ttl(Duration.ofMinutes(5)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("ttl_seconds: Meta accepts a TTL only");
  }
}
