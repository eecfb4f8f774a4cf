package dev.wabasdk.samples.plainbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlainJavaBotTest {
  private static final String VERIFY_TOKEN = "plain-bot-verify-token";

  private FakeWhatsApp fake;
  private PolicyEngine policy;
  private WhatsApp whatsApp;
  private WebhookHttpServer server;

  @BeforeEach
  void startTheBotAgainstTheFake() {
    fake = FakeWhatsApp.start();
    policy = PolicyEngine.builder().clock(fake.clock()).build();
    whatsApp = fake.clientBuilder().addInterceptor(policy).build();
    server = PlainJavaBot.start(whatsApp, policy, fake.phoneNumberId(), fake.appSecret(), VERIFY_TOKEN,
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    fake.webhookUrl("http://127.0.0.1:" + server.port() + PlainJavaBot.PATH);
  }

  @AfterEach
  void stop() {
    server.close();
    whatsApp.close();
    fake.close();
  }

  @Test
  void answersMetasSubscriptionHandshake() {
    assertThat(fake.verifyWebhook(VERIFY_TOKEN)).isTrue();
    assertThat(fake.verifyWebhook("another-token")).isFalse();
  }

  @Test
  void menuShowsThreeButtonsAndProductsOpensAList() {
    FakeUser user = fake.user("+4915112340001");

    SentMessage buttons = answerTo(user, () -> user.sends("menu"));
    assertThat(buttons.interactiveType()).isEqualTo("button");
    assertThat(buttons.field("interactive", "body", "text")).isEqualTo("How can we help?");
    assertThat(buttons.request()).contains("\"title\":\"Products\"", "\"title\":\"Opening hours\"",
        "\"title\":\"Talk to a person\"");

    SentMessage list = answerTo(user, () -> user.tapsButton("products"));
    assertThat(list.interactiveType()).isEqualTo("list");
    assertThat(list.request()).contains("\"id\":\"espresso\"", "\"id\":\"grinder\"");

    assertThat(answerTo(user, () -> user.selectsListRow("espresso")).text())
        .isEqualTo("Good choice: Espresso beans. It is waiting for you at the counter.");
    assertThat(answerTo(user, () -> user.tapsButton("hours")).text())
        .isEqualTo("We are open Monday to Saturday, 8:00 to 18:00.");
  }

  @Test
  void otherTextIsEchoed() {
    FakeUser user = fake.user("+4915112340002");
    assertThat(answerTo(user, () -> user.sends("hello")).text())
        .isEqualTo("You said: hello\nSend MENU to see what I can do.");
  }

  @Test
  void stopOptsTheUserOutOfMarketingAndStartOptsBackIn() {
    FakeUser user = fake.user("+4915112340003");
    Message offer = Message.template(user.waId(), "weekly_offers", "en_US");

    assertThat(answerTo(user, () -> user.sends("Stop!")).text()).startsWith("Done: no more offers from us.");
    fake.clock().advance(Duration.ofSeconds(10));   // past the pair-rate spacing after the confirmation
    Decision afterStop = policy.evaluate(offer);
    assertThat(afterStop.verdict()).isEqualTo(Verdict.DENY);
    assertThat(afterStop.reasonCode()).isEqualTo("opted_out_of_marketing");

    assertThat(answerTo(user, () -> user.sends("START")).text())
        .isEqualTo("Welcome back! You will get our offers again.");
    fake.clock().advance(Duration.ofSeconds(10));
    assertThat(policy.evaluate(offer).verdict()).isEqualTo(Verdict.ALLOW);
  }

  /** The user acts a few seconds after the last step (as a person would); returns the bot's one answer. */
  private SentMessage answerTo(FakeUser user, Runnable action) {
    fake.clock().advance(Duration.ofSeconds(10));
    int before = fake.sentMessagesTo(user.waId()).size();
    action.run();
    fake.awaitWebhooks();
    List<SentMessage> sent = fake.sentMessagesTo(user.waId());
    assertThat(sent).hasSize(before + 1);
    return sent.get(sent.size() - 1);
  }
}
