package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Meta's business-scoped user ids (BSUIDs, 2026; cloud-api.md 6.9): every webhook carries the user's BSUID, a send
 * can name the user by it ({@code recipient}), and a username user whose number Meta withholds is reachable only
 * that way.
 */
class FakeBusinessScopedUserIdTest {
  private WebhookReceiver receiver;
  private FakeWhatsApp fake;
  private WhatsApp client;

  @BeforeEach
  void start() {
    receiver = WebhookReceiver.start(FakeWhatsApp.DEFAULT_APP_SECRET);
    fake = FakeWhatsApp.builder().webhookUrl(receiver.url())
        .approvedTemplate("login_code", "en_US", TemplateCategory.AUTHENTICATION, "{{1}} is your code.").start();
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  @Test
  void everyUserHasAStableBsuidOfTheirCountryScopedToTheBusiness() {
    FakeUser ana = fake.user("+4915112345678");
    assertThat(ana.userId()).matches("DE\\.\\d{1,20}").isEqualTo(fake.user("+4915112345678").userId());
    assertThat(fake.user("+16505551234").userId()).startsWith("US.");
    assertThat(fake.user("+4915112345679").userId()).isNotEqualTo(ana.userId());
  }

  @Test
  void webhooksCarryTheBsuidAndASendByBsuidReachesTheUser() {
    FakeUser ana = fake.user("+4915112345678").named("Ana").adoptsUsername("@ana.codes");
    ana.sends("hello");
    List<String> inbound = receiver.awaitPayloads(1, Duration.ofSeconds(5));
    assertThat(inbound.get(0)).contains("\"contacts\":[{\"profile\":{\"name\":\"Ana\",\"username\":\"@ana.codes\"},"
        + "\"wa_id\":\"4915112345678\",\"user_id\":\"" + ana.userId() + "\"}]")
        .contains("\"from\":\"4915112345678\"");

    SendResult sent = client.messages().send(Message.text(Recipient.userId(ana.userId()), "hi Ana"));

    assertThat(sent.userId()).isEqualTo(ana.userId());
    assertThat(sent.waId()).isNull();
    assertThat(ana.lastReceivedMessage().text()).isEqualTo("hi Ana");
    List<String> statuses = receiver.awaitPayloads(3, Duration.ofSeconds(5)).subList(1, 3);
    assertThat(statuses).allSatisfy(p -> assertThat(p)
        .contains("\"recipient_id\":\"4915112345678\",\"recipient_user_id\":\"" + ana.userId() + "\"")
        .contains("\"contacts\":[{\"profile\""));
  }

  @Test
  void aUserWhoseNumberMetaWithholdsIsKnownAndReachedOnlyByBsuid() {
    FakeUser ana = fake.user("+4915112345678").named("Ana").hidesPhoneNumber("@ana.codes");
    ana.sends("hello");
    String inbound = receiver.awaitPayloads(1, Duration.ofSeconds(5)).get(0);
    assertThat(inbound).contains("\"contacts\":[{\"profile\":{\"name\":\"Ana\",\"username\":\"@ana.codes\"},"
        + "\"user_id\":\"" + ana.userId() + "\"}]")
        .doesNotContain("4915112345678");

    client.messages().send(Message.text(Recipient.userId(ana.userId()), "hi Ana"));

    List<String> statuses = receiver.awaitPayloads(3, Duration.ofSeconds(5)).subList(1, 3);
    assertThat(statuses).allSatisfy(p -> assertThat(p).contains("\"recipient_user_id\":\"" + ana.userId() + "\"")
        .doesNotContain("recipient_id").doesNotContain("4915112345678"));
  }

  @Test
  void anAuthenticationTemplateCannotGoToABsuidAndAnUnknownBsuidIsRefused() {
    FakeUser ana = fake.user("+4915112345678");
    ana.sends("send me a code");

    assertThatThrownBy(() -> client.messages().send(TemplateMessage.builder().to(Recipient.userId(ana.userId()))
        .name("login_code").language("en_US").body(dev.wabasdk.message.TemplateParameter.text("123456")).build()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(131062));
    assertThatThrownBy(() -> client.messages().send(Message.text(Recipient.userId("DE.1"), "who?")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(131009);
          assertThat(e.getMessage()).contains("DE.1");
        });
    assertThat(ana.receivedMessages()).isEmpty();
  }
}
