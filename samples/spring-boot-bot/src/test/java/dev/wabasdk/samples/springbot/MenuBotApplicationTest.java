package dev.wabasdk.samples.springbot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Message;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.Verdict;
import dev.wabasdk.spring.test.AutoConfigureFakeWhatsApp;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureFakeWhatsApp
class MenuBotApplicationTest {
  @Autowired FakeWhatsApp fake;
  @Autowired PolicyEngine policy;

  @Test
  void menuShowsThreeButtonsAndProductsOpensAList() {
    FakeUser user = fake.user("+4915112340001");

    SentMessage buttons = answerTo(user, () -> user.sends("Menu"));
    assertThat(buttons.interactiveType()).isEqualTo("button");
    assertThat(buttons.field("interactive", "body", "text")).isEqualTo("How can we help?");
    assertThat(buttons.request()).contains("\"title\":\"Products\"", "\"title\":\"Opening hours\"",
        "\"title\":\"Talk to a person\"");

    SentMessage list = answerTo(user, () -> user.tapsButton("products"));
    assertThat(list.interactiveType()).isEqualTo("list");
    assertThat(list.request()).contains("\"id\":\"espresso\"", "\"id\":\"grinder\"");

    SentMessage confirmation = answerTo(user, () -> user.selectsListRow("grinder"));
    assertThat(confirmation.text()).isEqualTo("Good choice: Hand grinder. It is waiting for you at the counter.");
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

    assertThat(answerTo(user, () -> user.sends("STOP")).text()).startsWith("Done: no more offers from us.");
    fake.clock().advance(Duration.ofSeconds(10));   // past the pair-rate spacing after the confirmation
    Decision afterStop = policy.evaluate(offer);
    assertThat(afterStop.verdict()).isEqualTo(Verdict.DENY);
    assertThat(afterStop.reasonCode()).isEqualTo("opted_out_of_marketing");

    assertThat(answerTo(user, () -> user.sends("start")).text())
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
