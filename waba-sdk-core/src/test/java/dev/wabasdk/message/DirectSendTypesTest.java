package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Direct Send types beyond text, CTA URL and reply buttons, as Meta documents them in "Supported message types"
 * (updated 2026-08-13: "Interactive button messages with CTA URL or reply buttons", the voice call button) and
 * "Supported features and limits" (2026-07-31: up to 10 buttons, at most 2 CTA; the voice call button standalone;
 * body 1,024, header and footer 60, button text 20; authentication text only), and the call button request body of
 * "Send WhatsApp Call Button Messages and Deep Links" (2026-06-26).
 */
class DirectSendTypesTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String TO = "+16505551234";

  @Test
  void mixedButtonsGoInOneButtonsListWithTheUrlButtonsFirst() throws Exception {
    graph.enqueueSent("16505551234", "wamid.MIX");

    graph.client().messages().send(MixedButtonsMessage.builder().to(TO).header(InteractiveHeader.text("Delivery"))
        .body("Your package is out for delivery.").footer("Lucky Shrub")
        .urlButton("Track", "https://example.com/track").urlButton("Reorder", "https://example.com/reorder")
        .replyButton("received", "Received").category(DirectSendCategory.UTILITY).build());

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"button\","
        + "\"header\":{\"type\":\"text\",\"text\":\"Delivery\"},\"body\":{\"text\":\"Your package is out for"
        + " delivery.\"},\"footer\":{\"text\":\"Lucky Shrub\"},\"action\":{\"buttons\":["
        + "{\"type\":\"cta_url\",\"cta_url\":{\"display_text\":\"Track\",\"url\":\"https://example.com/track\"}},"
        + "{\"type\":\"cta_url\",\"cta_url\":{\"display_text\":\"Reorder\",\"url\":\"https://example.com/reorder\"}},"
        + "{\"type\":\"reply\",\"reply\":{\"id\":\"received\",\"title\":\"Received\"}}]}},\"category\":\"utility\"}");
  }

  @Test
  void mixedButtonsAllowTenButtonsAndAtMostTwoUrlButtons() {
    MixedButtonsMessage.Builder ten = MixedButtonsMessage.builder().to(TO).body("Pick one")
        .category(DirectSendCategory.UTILITY).urlButton("A", "https://a.example").urlButton("B", "https://b.example");
    for (int i = 0; i < 8; i++) {
      ten.replyButton("r" + i, "Reply " + i);
    }
    assertThat(ten.build().buttons()).hasSize(10);
    ten.replyButton("r8", "Reply 8");
    assertThatThrownBy(ten::build).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.buttons").hasMessageContaining("10").hasMessageContaining("11");

    assertThatThrownBy(() -> MixedButtonsMessage.builder().to(TO).body("x").category(DirectSendCategory.UTILITY)
        .urlButton("A", "https://a.example").urlButton("B", "https://b.example").urlButton("C", "https://c.example")
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactive.action.buttons: at most 2 call-to-action URL buttons, was 3 (button 2)");
  }

  @Test
  void mixedButtonsCheckOrderLabelsAndTheCategory() {
    assertThatThrownBy(() -> MixedButtonsMessage.builder().to(TO).body("x").category(DirectSendCategory.UTILITY)
        .replyButton("r", "Reply").urlButton("Open", "https://a.example").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.buttons[1]").hasMessageContaining("before the reply buttons");
    assertThatThrownBy(() -> MixedButtonsMessage.builder().to(TO).body("x").category(DirectSendCategory.UTILITY)
        .urlButton("a".repeat(21), "https://a.example").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.buttons[0].cta_url.display_text").hasMessageContaining("20")
        .hasMessageContaining("21");
    assertThatThrownBy(() -> MixedButtonsMessage.builder().to(TO).body("x").urlButton("Open", "https://a.example")
        .build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("category:");
    assertThatThrownBy(() -> MixedButtonsMessage.builder().to(TO).body("x").header(InteractiveHeader.text(
        "h".repeat(61))).urlButton("Open", "https://a.example").category(DirectSendCategory.UTILITY).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("60").hasMessageContaining("61");
  }

  @Test
  void voiceCallButtonMatchesMetasCallButtonRequestBody() throws Exception {
    graph.enqueueSent("16505551234", "wamid.CALL");

    graph.client().messages().send(VoiceCallMessage.builder().to(TO)
        .body("You can call us on WhatsApp now for faster service!").displayText("Call on WhatsApp")
        .buttonTtl(Duration.ofMinutes(100)).payload("order-4471").category(DirectSendCategory.UTILITY).build());

    assertThat(graph.take().getBody().utf8()).isEqualTo("{\"messaging_product\":\"whatsapp\",\"recipient_type\":"
        + "\"individual\",\"to\":\"16505551234\",\"type\":\"interactive\",\"interactive\":{\"type\":\"voice_call\","
        + "\"body\":{\"text\":\"You can call us on WhatsApp now for faster service!\"},\"action\":{\"name\":"
        + "\"voice_call\",\"parameters\":{\"display_text\":\"Call on WhatsApp\",\"ttl_minutes\":100,\"payload\":"
        + "\"order-4471\"}}},\"category\":\"utility\"}");
  }

  @Test
  void voiceCallButtonWithoutParametersLeavesThemToMeta() throws Exception {
    graph.enqueueSent("16505551234", "wamid.CALL");
    graph.client().messages().send(VoiceCallMessage.builder().to(TO).body("Call us").build());
    assertThat(graph.take().getBody().utf8()).endsWith(
        "\"interactive\":{\"type\":\"voice_call\",\"body\":{\"text\":\"Call us\"},\"action\":{\"name\":\"voice_call\"}}}");
  }

  @Test
  void voiceCallButtonLimits() {
    assertThatThrownBy(() -> VoiceCallMessage.builder().to(TO).body("x").buttonTtl(Duration.ofDays(31)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interactive.action.parameters.ttl_minutes: must be whole minutes from 1 to 43200, was PT744H");
    assertThatThrownBy(() -> VoiceCallMessage.builder().to(TO).body("x").displayText("d".repeat(21)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("interactive.action.parameters.display_text").hasMessageContaining("21");
    assertThatThrownBy(() -> VoiceCallMessage.builder().to(TO).body("b".repeat(1025)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1024");
  }

  @Test
  void authenticationIsTextOnlyAndNeverToAUserId() {
    assertThatThrownBy(() -> VoiceCallMessage.builder().to(TO).body("x").category(DirectSendCategory.AUTHENTICATION)
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category: an authentication Direct Send message must be a text message, not a VoiceCallMessage");
    assertThatThrownBy(() -> MixedButtonsMessage.builder().to(TO).body("x").replyButton("a", "A")
        .category(DirectSendCategory.AUTHENTICATION).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be a text message");
    assertThatThrownBy(() -> TextMessage.builder().to(Recipient.userId("US.13491208655302741918")).body("123456")
        .category(DirectSendCategory.AUTHENTICATION).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never to a business-scoped user id");
  }
}
