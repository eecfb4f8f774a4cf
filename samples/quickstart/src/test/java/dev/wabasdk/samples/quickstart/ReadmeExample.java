package dev.wabasdk.samples.quickstart;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.webhook.InboundTextMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetSocketAddress;

/** The root README's "Send and receive" example, compiled; {@link ReadmeExampleTest} keeps the two identical. */
final class ReadmeExample {
  private ReadmeExample() {}

  @SuppressWarnings("unused")
  static void sendAndReceive() {
    // README: send-and-receive
    PolicyEngine policy = PolicyEngine.builder().build();   // ENFORCE: what Meta would not deliver is not sent
    WhatsApp whatsApp = WhatsApp.builder()
        .accessToken(System.getenv("WABA_ACCESS_TOKEN"))
        .phoneNumberId("106540352242922")
        .addInterceptor(policy)
        .build();

    // Send: outside the customer service window only a template may start the conversation.
    SendResult sent = whatsApp.messages().send(Message.template("+4915112345678", "hello_world", "en_US"));

    // Receive: verified, typed, de-duplicated webhooks; they feed the policy engine before your listener runs.
    WebhookProcessor webhooks = WebhookProcessor.builder()
        .appSecret(System.getenv("WABA_APP_SECRET"))
        .verifyToken(System.getenv("WABA_VERIFY_TOKEN"))
        .policyEngine(policy)
        .on(InboundTextMessage.class, m ->
            whatsApp.messages().send(Message.text(m.from().recipient(), "You said: " + m.body())))
        .build();
    WebhookHttpServer.start(webhooks, new InetSocketAddress(8080), "/webhooks/whatsapp");
    // README: end
  }
}
