package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.block.BlockResult;
import dev.wabasdk.conversational.Command;
import dev.wabasdk.conversational.ConversationalComponents;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.qr.QrCode;
import dev.wabasdk.qr.QrImageFormat;
import dev.wabasdk.username.BusinessUsername;
import dev.wabasdk.username.UsernameStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The everyday admin APIs against the fake: Meta's rules for blocking, QR codes, conversational components, usernames. */
class AdminFakeTest {
  private static final String USER = "+16505551234";
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";

  private WebhookReceiver receiver;
  private FakeWhatsApp fake;
  private WhatsApp client;

  @BeforeEach
  void start() {
    receiver = WebhookReceiver.start(FakeWhatsApp.DEFAULT_APP_SECRET);
    fake = FakeWhatsApp.builder().webhookUrl(receiver.url())
        .tenant(WABA_B, NUMBER_B, TOKEN_B, "+49 30 1234567").start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  @Test
  void aBlockedUsersMessagesNoLongerReachTheAppAndSendsToThemFail() {
    // given: the user wrote, so the business may block them
    fake.user(USER).sends("spam");
    fake.awaitWebhooks();
    int before = receiver.payloads().size();

    // when
    BlockResult result = client.blockUsers().block(List.of(USER));

    // then
    assertThat(result.succeeded()).containsExactly(new BlockResult.User(USER, "16505551234"));
    assertThat(fake.blockedUsers()).containsExactly("16505551234");
    fake.user(USER).sends("more spam");
    fake.awaitWebhooks();
    assertThat(receiver.payloads()).as("no webhook for a blocked user's message").hasSize(before);
    assertThat(fake.userMessages()).hasSize(1);
    assertThatThrownBy(() -> client.messages().send(Message.text(USER, "hello")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131026));

    // and after an unblock the user reaches the business again
    BlockResult unblocked = client.blockUsers().unblock(List.of("16505551234"));
    assertThat(unblocked.succeeded()).containsExactly(new BlockResult.User("16505551234", "16505551234"));
    assertThat(fake.blockedUsers()).isEmpty();
    fake.user(USER).sends("sorry");
    fake.awaitWebhooks();
    assertThat(receiver.payloads()).hasSize(before + 1);
  }

  @Test
  void onlyUsersWhoWroteInTheLast24HoursCanBeBlocked() {
    fake.user(USER).sends("hi");
    fake.user("+16505550000").sends("hi");
    fake.clock().advance(Duration.ofHours(25));
    fake.user(USER).sends("still here");

    BlockResult result = client.blockUsers().block(List.of(USER, "+16505550000", "+16505559999",
        "+15550783881"));

    assertThat(result.succeeded()).extracting(BlockResult.User::waId).containsExactly("16505551234");
    assertThat(result.failed()).extracting(BlockResult.Failure::input, BlockResult.Failure::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("+16505550000", 131047),
            org.assertj.core.groups.Tuple.tuple("+16505559999", 131047),
            org.assertj.core.groups.Tuple.tuple("+15550783881", 131021));
    assertThat(result.failed().get(0).details()).isEqualTo("User has not messaged in the last 24 hours");
    assertThat(fake.blockedUsers()).containsExactly("16505551234");
  }

  @Test
  void theBlocklistIsReadPageByPageWithMetasCursors() {
    List<String> users = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String user = "+165055500" + (10 + i);
      fake.user(user).sends("hi");
      users.add(user);
    }
    assertThat(client.blockUsers().block(users).allSucceeded()).isTrue();

    List<String> blocked = client.blockUsers().blockedUsers().stream().toList();

    assertThat(blocked).hasSize(30).first().isEqualTo("16505550010");
    assertThat(blocked).last().isEqualTo("16505550039");
    assertThat(fake.requests()).filteredOn(r -> r.method().equals("GET") && r.path().endsWith("/block_users"))
        .as("25 per page, as Graph's default").hasSize(2);
  }

  @Test
  void eachNumberHasItsOwnBlocklistQrCodesAndComponents() {
    FakeWhatsApp b = fake.tenant(NUMBER_B);
    fake.user(USER).sends("hi A");
    b.user(USER).sends("hi B");
    client.blockUsers().block(List.of(USER));
    client.qrCodes().create("Table for two", QrImageFormat.PNG);
    client.conversationalComponents().update(ConversationalComponents.builder().iceBreakers(List.of("Menu")).build());

    try (WhatsApp clientB = b.clientBuilder().retry(RetrySettings.none()).build()) {
      assertThat(b.blockedUsers()).isEmpty();
      assertThat(clientB.blockUsers().blockedUsers()).isEmpty();
      assertThat(clientB.qrCodes().list()).isEmpty();
      assertThat(clientB.conversationalComponents().get().iceBreakers()).isEmpty();
      clientB.messages().send(Message.text(USER, "B still talks to them"));
    }
  }

  @Test
  void qrCodesAreCreatedListedReadUpdatedAndDeleted() {
    QrCode created = client.qrCodes().create("I'd like to book a table", QrImageFormat.SVG);
    QrCode second = client.qrCodes().create("Opening hours?", QrImageFormat.PNG);

    assertThat(created.deepLinkUrl()).isEqualTo("https://wa.me/message/" + created.code());
    assertThat(created.qrImageUrl()).endsWith(".svg");
    assertThat(created.code()).hasSize(14).endsWith("1");
    assertThat(client.qrCodes().list()).extracting(QrCode::code).as("newest first")
        .containsExactly(second.code(), created.code());
    assertThat(client.qrCodes().get(created.code()).qrImageUrl()).isNull();
    assertThat(client.qrCodes().get(created.code(), QrImageFormat.PNG).qrImageUrl()).endsWith(".png");

    QrCode updated = client.qrCodes().update(created.code(), "Book a table for Friday");
    assertThat(updated.code()).isEqualTo(created.code());
    assertThat(client.qrCodes().get(created.code()).prefilledMessage()).isEqualTo("Book a table for Friday");

    client.qrCodes().delete(created.code());
    assertThat(client.qrCodes().list()).extracting(QrCode::code).containsExactly(second.code());
    assertThatThrownBy(() -> client.qrCodes().get(created.code()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
  }

  @Test
  void theFakeRefusesAPrefilledMessageOverMetasLimit() {
    Wire.Reply reply = new Wire(fake).post("/v26.0/" + fake.phoneNumberId() + "/message_qrdls",
        "{\"prefilled_message\":\"" + "x".repeat(141) + "\",\"generate_qr_image\":\"PNG\"}");

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.body()).contains("\"code\":100").contains("at most 140 characters");
  }

  @Test
  void componentsAreReadBackAndShownToAUserWhoOpensTheChat() {
    client.conversationalComponents().update(ConversationalComponents.builder()
        .welcomeMessage(true)
        .iceBreakers(List.of("Track my order", "Talk to a person"))
        .commands(List.of(Command.of("track", "Track your latest order")))
        .build());

    assertThat(client.conversationalComponents().get()).isEqualTo(new ConversationalComponents(true,
        List.of("Track my order", "Talk to a person"), List.of(Command.of("track", "Track your latest order"))));
    int before = fake.webhooks().size();
    assertThat(fake.user(USER).opensChat()).containsExactly("Track my order", "Talk to a person");
    fake.user(USER).opensChat();
    fake.awaitWebhooks();
    List<WebhookDelivery> welcomes = fake.webhooks().subList(before, fake.webhooks().size());
    assertThat(welcomes).as("request_welcome once per user").hasSize(1);
    assertThat(welcomes.get(0).payload()).contains("\"type\":\"request_welcome\"").contains("\"from\":\"16505551234\"");
  }

  @Test
  void theFakeAnswersMetasErrorsForTooManyIceBreakersAndLongCommandNames() {
    Wire wire = new Wire(fake);
    String path = "/v26.0/" + fake.phoneNumberId() + "/conversational_automation";

    Wire.Reply tooMany = wire.post(path, "{\"prompts\":[\"a\",\"b\",\"c\",\"d\",\"e\"]}");
    Wire.Reply tooLong = wire.post(path, "{\"commands\":[{\"command_name\":\"" + "x".repeat(33)
        + "\",\"command_description\":\"d\"}]}");

    assertThat(tooMany.code()).isEqualTo(400);
    assertThat(tooMany.body()).contains("\"code\":105").contains("must have at most 4 elements, 5 found");
    assertThat(tooLong.body()).contains("\"code\":100").contains("command_name'] must be at most 32 characters");
  }

  @Test
  void aUsernameIsReservedReadAndDeleted() {
    assertThat(client.username().get()).isNull();
    assertThat(client.username().suggestions()).isNotEmpty();

    assertThat(client.username().set("acme_support")).isSameAs(UsernameStatus.RESERVED);
    assertThat(client.username().get()).isEqualTo(new BusinessUsername("acme_support", UsernameStatus.RESERVED));

    client.username().delete();
    assertThat(client.username().get()).isNull();
    fake.awaitWebhooks();
    // Each change of status is announced as Meta does: business_username_update, no username once deleted.
    assertThat(receiver.payloads()).filteredOn(p -> p.contains("\"business_username_update\""))
        .extracting(p -> p.substring(p.indexOf("\"value\":"), p.indexOf("},\"field\"") + 1))
        .containsExactly(
            "\"value\":{\"display_phone_number\":\"" + fake.displayPhoneNumber()
                + "\",\"username\":\"acme_support\",\"status\":\"reserved\"}",
            "\"value\":{\"display_phone_number\":\"" + fake.displayPhoneNumber() + "\",\"status\":\"deleted\"}");
    Wire.Reply none = new Wire(fake).delete("/v26.0/" + fake.phoneNumberId() + "/username");
    assertThat(none.body()).isEqualTo("{\"success\":false}");
    Wire.Reply bad = new Wire(fake).post("/v26.0/" + fake.phoneNumberId() + "/username", "{\"username\":\"shop.com\"}");
    assertThat(bad.body()).contains("\"code\":100");
  }
}
