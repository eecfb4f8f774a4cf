package dev.wabasdk.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.internal.MessageEncoder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of the "Sending messages" section of waba-sdk-core/README.md, so they keep compiling and working. */
class ReadmeExamplesTest {

  @Test
  void errorMessageExample() {
    assertThatThrownBy(() -> ReplyButtonsMessage.builder().to("+4915112345678").body("b")
        .button("a", "A").button("b", "Reschedule my appointment").build())
        .hasMessage("interactive.action.buttons[1].reply.title: must be 1 to 20 characters, was 25 "
            + "('Reschedule my appointment')");
  }

  @Test
  void recipients() {
    assertThat(TextMessage.builder().to("+49 151 1234-5678").body("x").build().recipient())
        .isEqualTo(Recipient.phoneNumber("4915112345678"));
    assertThat(MessageEncoder.encode(TextMessage.builder().to(Recipient.userId("US.13491208655302741918"))
        .body("x").build())).containsEntry("recipient", "US.13491208655302741918").doesNotContainKey("to");
    WhatsAppUser user = WhatsAppUser.ofUserId("US.13491208655302741918");
    assertThat(Message.text(user.recipient(), "Thanks!").recipient())
        .isEqualTo(Recipient.userId("US.13491208655302741918"));
  }

  @Test
  void textAndMedia() {
    List<Message> messages = List.of(
        Message.text("+4915112345678", "Hello!"),
        TextMessage.builder()
            .to("+4915112345678")
            .body("Track your parcel: https://example.com/track/123")
            .previewUrl(true)
            .build(),
        Message.image("+4915112345678", MediaSource.id("1479537139650973"), "The new model"),
        Message.video("+4915112345678", MediaSource.link("https://example.com/tour.mp4")),
        Message.audio("+4915112345678", MediaSource.id("4242")),
        Message.voice("+4915112345678", MediaSource.link("https://example.com/hi.ogg")),
        Message.sticker("+4915112345678", MediaSource.id("798882015472548")),
        DocumentMessage.builder()
            .to("+4915112345678")
            .media(MediaSource.link("https://example.com/invoices/7.pdf"))
            .filename("invoice.pdf")
            .caption("Your invoice")
            .build());

    assertThat(messages).extracting(m -> MessageEncoder.encode(m).get("type"))
        .containsExactly("text", "text", "image", "video", "audio", "audio", "sticker", "document");
  }

  @Test
  void locationContactsAndReactions() {
    List<Message> messages = List.of(
        LocationMessage.builder()
            .to("+4915112345678")
            .coordinates(52.5208, 13.4094)
            .name("Alexanderplatz")
            .address("10178 Berlin")
            .build(),
        Message.contacts("+4915112345678", Contact.builder("John Smith")
            .name(new Contact.Name("John Smith", "John", "Smith", null, null, null))
            .phone(new Contact.Phone("+1 (650) 555-1234", "WORK", "16505551234"))
            .email(new Contact.Email("john@example.com", "WORK"))
            .address(new Contact.Address("1 Hacker Way", "Menlo Park", "CA", "94025", "United States", "US", "WORK"))
            .org(new Contact.Org("Example Inc.", "Design", "Manager"))
            .url(new Contact.Url("https://example.com", "WORK"))
            .birthday(LocalDate.of(1990, 8, 18))
            .build()),
        Message.reaction("+4915112345678", "wamid.HBgL...", "👍"),
        Message.removeReaction("+4915112345678", "wamid.HBgL..."));

    assertThat(messages).extracting(m -> MessageEncoder.encode(m).get("type"))
        .containsExactly("location", "contacts", "reaction", "reaction");
  }

  @Test
  void interactive() {
    List<Message> messages = List.of(
        ReplyButtonsMessage.builder()
            .to("+4915112345678")
            .header(InteractiveHeader.text("Your appointment"))
            .body("Tomorrow 9:00 at the Berlin studio.")
            .footer("Reply by 18:00")
            .button("confirm", "Confirm")
            .button("reschedule", "Reschedule")
            .build(),
        ListMessage.builder()
            .to("+4915112345678")
            .header("Shipping")
            .body("Which shipping option do you prefer?")
            .button("Options")
            .section(ListMessage.Section.of("Fast",
                new ListMessage.Row("express", "Express", "Next day"),
                ListMessage.Row.of("priority", "Priority")))
            .section(ListMessage.Section.of("Cheap", ListMessage.Row.of("ground", "Ground")))
            .build(),
        Message.ctaUrl("+4915112345678", "See the available dates.", "See dates", "https://example.com/dates"),
        FlowMessage.builder()
            .to("+4915112345678")
            .body("Book your next visit in a few taps.")
            .flowId("1234567890")
            .flowCta("Book now")
            .flowToken("session-42")
            .mode(FlowMessage.Mode.DRAFT)
            .navigate("APPOINTMENT", Map.of("clinic", "Berlin"))
            .build(),
        Message.locationRequest("+4915112345678", "Where should we pick you up?"));

    assertThat(messages).extracting(m -> (Object) ((Map<?, ?>) MessageEncoder.encode(m).get("interactive")).get("type"))
        .containsExactly("button", "list", "cta_url", "flow", "location_request_message");
  }

  @Test
  void templates() {
    TemplateMessage full = TemplateMessage.builder()
        .to("+4915112345678")
        .name("order_update")
        .language("en_US")
        .header(TemplateParameter.image(MediaSource.id("2621233374848975")))
        .body(TemplateParameter.text("Jane"),
            TemplateParameter.currency("$10.00", "USD", 10_000),
            TemplateParameter.dateTime("Feb 25, 2026"))
        .button(TemplateButton.quickReply(0, "STOP_PROMOS"))
        .button(TemplateButton.url(1, "order/123"))
        .button(TemplateButton.copyCode(2, "SAVE20"))
        .button(TemplateButton.flow(3, "flow-token", Map.of("order_id", "123")))
        .build();
    TemplateMessage named = TemplateMessage.builder()
        .to("+4915112345678")
        .name("order_confirmation")
        .language("en")
        .body(TemplateParameter.text("Jessica").named("first_name"),
            TemplateParameter.dateTime("March 3").named("delivery_date"))
        .build();
    TemplateMessage otp = TemplateMessage.builder()
        .to("+4915112345678")
        .name("verification_code")
        .language("en_US")
        .authenticationCode("123456")
        .build();

    assertThat(full.components()).hasSize(6);
    assertThat(named.components()).hasSize(1);
    assertThat(otp.components()).containsExactly(
        TemplateComponent.body(TemplateParameter.text("123456")), TemplateButton.url(0, "123456"));
  }

  @Test
  void commonOptions() {
    Message message = TextMessage.builder()
        .to("+4915112345678")
        .body("Thanks, we got your photo.")
        .replyTo("wamid.HBgL...")
        .bizOpaqueCallbackData("ticket-8841")
        .putExtraTypeField("new_text_option", true)
        .putExtraField("new_top_level_field", "value")
        .build();

    assertThat(MessageEncoder.encode(message))
        .containsEntry("context", Map.of("message_id", "wamid.HBgL..."))
        .containsEntry("biz_opaque_callback_data", "ticket-8841")
        .containsEntry("text", Map.of("body", "Thanks, we got your photo.", "new_text_option", true))
        .containsEntry("new_top_level_field", "value");
  }
}
