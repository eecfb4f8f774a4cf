package dev.wabasdk.samples.calling;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import dev.wabasdk.testkit.CallRecord;
import dev.wabasdk.testkit.FakeUser;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;

/**
 * Runs the {@link CallingBot} against the testkit's fake: a user calls, the bot rejects and asks for a call
 * permission, the user grants it, the bot calls back, the user answers and hangs up after a minute. Signalling
 * only. Prints what the bot did and the calls the fake saw.
 */
public final class CallingDemo {
  static final String USER = "+5511987654321";

  private CallingDemo() {}

  public static void main(String[] args) {
    run(System.out);
  }

  /** Plays the scenario, printing to {@code out}. */
  public static void run(PrintStream out) {
    try (FakeWhatsApp fake = FakeWhatsApp.builder().startAt(Instant.parse("2026-11-02T09:00:00Z")).start()) {
      PolicyEngine policy = PolicyEngine.builder().mode(PolicyMode.ENFORCE).clock(fake.clock()).build();
      try (WhatsApp whatsApp = fake.clientBuilder().addInterceptor(policy).build()) {
        CallingBot bot = new CallingBot(whatsApp, policy);
        WebhookProcessor processor = WebhookProcessor.builder()
            .appSecret(fake.appSecret())
            .verifyToken("calling-bot-verify-token")
            .policyEngine(policy, fake.phoneNumberId())
            .listener(bot)
            .build();
        try (WebhookHttpServer receiver = WebhookHttpServer.start(processor,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
          fake.webhookUrl("http://127.0.0.1:" + receiver.port() + receiver.path());
          FakeUser user = fake.user(USER).named("Ana");

          user.calls();                      // the bot rejects it and asks for a permission
          fake.awaitWebhooks();
          fake.clock().advance(Duration.ofSeconds(20));
          user.grantsCallPermission(false);  // the bot calls back
          fake.awaitWebhooks();
          CallRecord callback = fake.calls().get(fake.calls().size() - 1);
          user.answersCall(callback.id());
          fake.clock().advance(Duration.ofSeconds(64));
          user.hangsUp(callback.id());
          fake.awaitWebhooks();

          out.println("What the bot did:");
          bot.log().forEach(line -> out.println("  " + line));
          out.println("Calls the fake signalled:");
          fake.calls().forEach(c -> out.println("  " + c.direction() + " " + c.id() + " +" + c.waId() + " "
              + c.status()));
        }
      }
    }
  }
}
