package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.cost.BillingReconciliation;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.message.Message;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.OptOutKeywords;
import dev.wabasdk.policy.PolicyEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The README's plain-JDK example, kept compiling and working. */
class ReadmeExampleTest {

  static WebhookProcessor echoBot(String appSecret, String verifyToken, PrintStream out) {
    return WebhookProcessor.builder()
        .appSecret(appSecret)
        .verifyToken(verifyToken)
        .on(InboundTextMessage.class, m ->
            out.printf("%s (%s) wrote: %s%n", m.profileName(), m.from().key(), m.body()))
        .on(InboundButtonReplyMessage.class, m ->
            out.printf("%s tapped %s%n", m.from().key(), m.replyId()))
        .listener(new WebhookListener() {
          @Override public void onMessageStatus(MessageStatus status) {
            if (status.status() == DeliveryStatus.FAILED) {
              out.println(status.id() + " failed: " + status.errors().get(0).code());
            }
          }
          @Override public void onUserPreferenceUpdate(UserPreferenceUpdate update) {
            if (update.value() == UserPreferenceValue.STOP) {
              out.println(update.user().key() + " opted out of " + update.category());
            }
          }
          @Override public void onUnknownEvent(UnknownEvent event) {
            out.println("not modelled yet: " + event.reason());
          }
        })
        .errorHandler((event, listener, error) -> out.println("listener failed on " + event.eventId()))
        .build();
  }

  @Test
  void echoBotOverHttp() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    WebhookProcessor processor = echoBot(APP_SECRET, VERIFY_TOKEN, out);
    HttpClient client = HttpClient.newHttpClient();
    try (WebhookHttpServer server =
        WebhookHttpServer.start(
            processor, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
      for (String fixture :
          new String[] {"text.json", "interactive-button-reply.json", "status-failed.json", "user-preferences.json",
              "unknown-field.json"}) {
        byte[] body = bytes(fixture);
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + server.path()))
                    .header("X-Hub-Signature-256", sign(body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
      }
    }
    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "Sheena Nelson (16505551234) wrote: Does it come in another color?",
                "16505551234 tapped cancel-button",
                "wamid.STATUSFAILED failed: 131026",
                "16505551234 opted out of marketing_messages",
                "not modelled yet: unknown field \"future_field\"",
                ""));
  }

  /** The "Feeding the policy engine" example. */
  @Test
  void feedingThePolicyEngineExampleBuilds() {
    PolicyEngine policy = PolicyEngine.builder()
        .optOutKeywords(new OptOutKeywords(Set.of("stop", "stop promotions"), Set.of("start"), OptOut.MARKETING))
        .build();
    BillingReconciliation billing = new BillingReconciliation();

    try (WhatsApp whatsApp = WhatsApp.builder()
        .accessToken("EAAG-test-token")
        .phoneNumberId("106540352242922")
        .addInterceptor(policy)
        .build()) {
      WebhookProcessor processor = WebhookProcessor.builder()
          .appSecret(APP_SECRET)
          .verifyToken(VERIFY_TOKEN)
          .policyEngine(policy)
          .billingReconciliation(billing)
          .on(InboundTextMessage.class, m ->
              whatsApp.messages().send(Message.text(m.from().recipient(), "You said: " + m.body())))
          .build();
      assertThat(processor.toString()).contains("feeds=[PolicyFeed, BillingFeed]");
    }
  }
}
