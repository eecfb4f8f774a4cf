package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.single;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.Referral;
import dev.wabasdk.WhatsAppUser;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** One test per inbound message payload kind, from the examples in cloud-api.md §6. */
class InboundMessageParsingTest {

  private static final WhatsAppUser SHEENA = WhatsAppUser.ofWaId("16505551234");

  @Test
  void textMessageFromMetasOverviewExample() {
    InboundTextMessage m = single("text.json", InboundTextMessage.class);
    assertThat(m.body()).isEqualTo("Does it come in another color?");
    assertThat(m.id()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    assertThat(m.eventId()).isEqualTo("message:wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=");
    assertThat(m.from()).isEqualTo(SHEENA);
    assertThat(m.profileName()).isEqualTo("Sheena Nelson");
    assertThat(m.timestamp()).isEqualTo(Instant.ofEpochSecond(1749416383L));
    assertThat(m.type()).isEqualTo("text");
    assertThat(m.metadata()).isEqualTo(new WebhookMetadata("106540352242922", "15550783881"));
    assertThat(m.businessAccountId()).isEqualTo("102290129340398");
    assertThat(m.context()).isNull();
    assertThat(m.referral()).isNull();
    assertThat(m.errors()).isEmpty();
    assertThat(m.raw().json())
        .isEqualTo(
            "{\"from\":\"16505551234\",\"id\":\"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQzQUFERjg0NDEzNDdFODU3MUMxMAA=\","
                + "\"timestamp\":\"1749416383\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Does it come in another color?\"}}");
  }

  @Test
  void imageWithIdMimeSha256AndCaption() {
    InboundImageMessage m = single("image.json", InboundImageMessage.class);
    assertThat(m.media())
        .isEqualTo(
            new InboundMedia(
                "1003383421387256", "image/jpeg", "2U2+GjB4cbq2Lf0ZiEOjOq8dU5pbD3kdA2Kn+gLwQ8Q=", "Blue one?", null));
    assertThat(m.type()).isEqualTo("image");
  }

  @Test
  void video() {
    InboundVideoMessage m = single("video.json", InboundVideoMessage.class);
    assertThat(m.media()).isEqualTo(new InboundMedia("1200482231234567", "video/mp4", "c2hhMjU2LXZpZGVv", "Unboxing", null));
  }

  @Test
  void voiceNote() {
    InboundAudioMessage m = single("audio.json", InboundAudioMessage.class);
    assertThat(m.voice()).isTrue();
    assertThat(m.media().mimeType()).isEqualTo("audio/ogg; codecs=opus");
    assertThat(m.media().caption()).isNull();
  }

  @Test
  void documentWithFilename() {
    InboundDocumentMessage m = single("document.json", InboundDocumentMessage.class);
    assertThat(m.filename()).isEqualTo("invoice-42.pdf");
    assertThat(m.media())
        .isEqualTo(new InboundMedia("1376223850470843", "application/pdf", "c2hhMjU2LWRvYw==", "Invoice", null));
  }

  @Test
  void sticker() {
    InboundStickerMessage m = single("sticker.json", InboundStickerMessage.class);
    assertThat(m.animated()).isFalse();
    assertThat(m.media().id()).isEqualTo("1298674131512343");
    assertThat(m).isInstanceOf(InboundMediaMessage.class);
  }

  @Test
  void location() {
    InboundLocationMessage m = single("location.json", InboundLocationMessage.class);
    assertThat(m.latitude()).isEqualTo(37.483307);
    assertThat(m.longitude()).isEqualTo(-122.148981);
    assertThat(m.name()).isEqualTo("Meta Headquarters");
    assertThat(m.address()).isEqualTo("1 Hacker Way, Menlo Park, CA 94025");
    assertThat(m.url()).isEqualTo("https://www.meta.com");
  }

  @Test
  void contactsKeepNamePhonesEmailsAndTheRest() {
    InboundContactsMessage m = single("contacts.json", InboundContactsMessage.class);
    assertThat(m.contacts()).hasSize(1);
    SharedContact card = m.contacts().get(0);
    assertThat(card.formattedName()).isEqualTo("Jane Doe");
    assertThat(card.firstName()).isEqualTo("Jane");
    assertThat(card.lastName()).isEqualTo("Doe");
    assertThat(card.phones()).containsExactly(new SharedContact.Phone("+1 (650) 555-9876", "WORK", "16505559876"));
    assertThat(card.emails()).containsExactly(new SharedContact.Email("jane@example.com", "WORK"));
    assertThat(card.raw().asMap()).containsEntry("birthday", "1990-01-31");
    assertThat(m.origin()).isNull();
  }

  @Test
  void interactiveButtonReplyFromMetasReferenceExample() {
    InboundButtonReplyMessage m = single("interactive-button-reply.json", InboundButtonReplyMessage.class);
    assertThat(m.replyId()).isEqualTo("cancel-button");
    assertThat(m.title()).isEqualTo("Cancel");
    assertThat(m.type()).isEqualTo("interactive");
    assertThat(m.context())
        .isEqualTo(
            new MessageContext(
                "15550783881", "wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NTRDNkQ2QjE3NkJFNzE2QUYA", false, false, null,
                null));
  }

  @Test
  void interactiveListReply() {
    InboundListReplyMessage m = single("interactive-list-reply.json", InboundListReplyMessage.class);
    assertThat(m.replyId()).isEqualTo("priority-express");
    assertThat(m.title()).isEqualTo("Express");
    assertThat(m.description()).isEqualTo("Next day delivery");
    assertThat(m.context().id()).isEqualTo("wamid.LISTMSG");
  }

  @Test
  void flowCompletionKeepsResponseJsonAndParsesIt() {
    InboundFlowReplyMessage m = single("interactive-nfm-reply.json", InboundFlowReplyMessage.class);
    assertThat(m.name()).isEqualTo("flow");
    assertThat(m.body()).isEqualTo("Sent");
    assertThat(m.responseJson())
        .isEqualTo("{\"flow_token\":\"AQAAAAACS5FpgQ_cAAAAAD0QI3s\",\"appointment_date\":\"2026-12-01\"}");
    assertThat(m.response().asMap())
        .containsEntry("flow_token", "AQAAAAACS5FpgQ_cAAAAAD0QI3s")
        .containsEntry("appointment_date", "2026-12-01");
  }

  @Test
  void templateQuickReplyButton() {
    InboundQuickReplyMessage m = single("button-quick-reply.json", InboundQuickReplyMessage.class);
    assertThat(m.payload()).isEqualTo("STOP_PROMOTIONS");
    assertThat(m.text()).isEqualTo("Stop promotions");
    assertThat(m.type()).isEqualTo("button");
    assertThat(m.context().id()).isEqualTo("wamid.TEMPLATEMSG");
  }

  @Test
  void reaction() {
    InboundReactionMessage m = single("reaction.json", InboundReactionMessage.class);
    assertThat(m.messageId()).isEqualTo("wamid.HBgLMTY1MDM4Nzk0MzkVAgARGBI3NTRDNkQ2QjE3NkJFNzE2QUYA");
    assertThat(m.emoji()).isEqualTo("\ud83d\udc4d");
    assertThat(m.isRemoval()).isFalse();
  }

  @Test
  void orderWithExactPrices() {
    InboundOrderMessage m = single("order.json", InboundOrderMessage.class);
    assertThat(m.catalogId()).isEqualTo("194836987003835");
    assertThat(m.text()).isEqualTo("Please deliver before noon");
    assertThat(m.items())
        .containsExactly(
            new OrderItem("di9ozbzfi4", 2, new BigDecimal("30.99"), "USD"),
            new OrderItem("nqryix03ez", 1, new BigDecimal("5"), "USD"));
  }

  @Test
  void systemMessageUserChangedNumber() {
    InboundSystemMessage m = single("system.json", InboundSystemMessage.class);
    assertThat(m.systemType()).isEqualTo(SystemMessageType.USER_CHANGED_NUMBER);
    assertThat(m.systemType().value()).isEqualTo("user_changed_number");
    assertThat(m.newWaId()).isEqualTo("16505550000");
    assertThat(m.body()).isEqualTo("User Sheena Nelson changed from 16505551234 to 16505550000");
    assertThat(m.from()).isEqualTo(SHEENA);
  }

  @Test
  void referralFromClickToWhatsAppAd() {
    InboundTextMessage m = single("referral.json", InboundTextMessage.class);
    assertThat(m.referral())
        .isEqualTo(
            new Referral(
                "https://fb.me/3cr4Wqqkv",
                "ad",
                "120226305854810726",
                "Chat with us",
                "Summer sale: 30% off",
                "image",
                "https://scontent.xx.fbcdn.net/v/t45.1600-4/ad.jpg",
                null,
                null,
                "Afe5ka0sJPgHrRQZsqxRGqc8v-3Gv3mJHmx4"));
    assertThat(m.referral().sourceType()).isEqualTo("ad");
    assertThat(m.referral().sourceId()).isEqualTo("120226305854810726");
  }

  @Test
  void unsupportedMessageKeepsItsErrors() {
    InboundUnsupportedMessage m = single("unsupported.json", InboundUnsupportedMessage.class);
    assertThat(m.unsupportedType()).isEqualTo("poll");
    assertThat(m.errors())
        .containsExactly(
            new WebhookError(
                131051,
                "Message type unknown",
                "Message type unknown",
                "Message type is currently not supported.",
                "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/"));
  }

  @Test
  void requestWelcome() {
    InboundRequestWelcomeMessage m = single("request-welcome.json", InboundRequestWelcomeMessage.class);
    assertThat(m.from()).isEqualTo(SHEENA);
  }

  @Test
  void futureMessageTypeBecomesUnknownMessageWithRawJson() {
    InboundUnknownMessage m = single("unknown-type.json", InboundUnknownMessage.class);
    assertThat(m.type()).isEqualTo("hologram");
    assertThat(m.from()).isEqualTo(SHEENA);
    assertThat(m.raw().asMap()).containsKey("hologram").containsKey("brand_new_field");
  }

  @Test
  void usernameUserWithoutPhoneNumberIsIdentifiedByBsuid() {
    InboundTextMessage m = single("bsuid-message.json", InboundTextMessage.class);
    assertThat(m.from())
        .isEqualTo(
            new WhatsAppUser(null, "US.13491208655302741918", "US.ENT.11815799212886844830", "@ana.codes"));
    assertThat(m.from().waId()).isNull();
    assertThat(m.profileName()).isEqualTo("Ana");
    assertThat(m.body()).isEqualTo("hello from a username");
  }
}
