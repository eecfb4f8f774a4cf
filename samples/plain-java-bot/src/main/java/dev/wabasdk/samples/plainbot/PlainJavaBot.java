package dev.wabasdk.samples.plainbot;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetSocketAddress;

/**
 * The menu bot with no framework: the JDK's HTTP server receives Meta's webhooks, the processor verifies them,
 * feeds the policy engine and calls the bot, and the bot answers through the client.
 *
 * <p>Configuration comes from the environment: {@code WABA_ACCESS_TOKEN}, {@code WABA_PHONE_NUMBER_ID},
 * {@code WABA_APP_SECRET}, {@code WABA_VERIFY_TOKEN}, optionally {@code WABA_BASE_URL} (a fake's URL) and
 * {@code PORT} (default 8080).
 */
public final class PlainJavaBot {
  static final String PATH = "/webhooks/whatsapp";

  private PlainJavaBot() {}

  public static void main(String[] args) throws InterruptedException {
    String phoneNumberId = env("WABA_PHONE_NUMBER_ID");
    PolicyEngine policy = PolicyEngine.builder().build();
    WhatsApp.Builder client = WhatsApp.builder()
        .accessToken(env("WABA_ACCESS_TOKEN"))
        .phoneNumberId(phoneNumberId)
        .addInterceptor(policy);
    String baseUrl = System.getenv("WABA_BASE_URL");
    if (baseUrl != null && !baseUrl.isBlank()) {
      client.baseUrl(baseUrl);
    }
    String port = System.getenv().getOrDefault("PORT", "8080");
    WhatsApp whatsApp = client.build();
    WebhookHttpServer server = start(whatsApp, policy, phoneNumberId, env("WABA_APP_SECRET"),
        env("WABA_VERIFY_TOKEN"), new InetSocketAddress(Integer.parseInt(port)));
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      whatsApp.close();
    }));
    System.out.println("Menu bot listening on http://localhost:" + server.port() + server.path());
    Thread.currentThread().join();
  }

  /** Starts the webhook endpoint at {@code address} + {@value #PATH}, answering with {@code whatsApp}. */
  static WebhookHttpServer start(WhatsApp whatsApp, PolicyEngine policy, String phoneNumberId, String appSecret,
      String verifyToken, InetSocketAddress address) {
    WebhookProcessor processor = WebhookProcessor.builder()
        .appSecret(appSecret)
        .verifyToken(verifyToken)
        .policyEngine(policy, phoneNumberId)   // windows and STOP/START are recorded before the bot runs
        .listener(new MenuBot(whatsApp))
        .build();
    return WebhookHttpServer.start(processor, address, PATH);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      System.err.println("Set " + name + " (see samples/plain-java-bot/README.md).");
      System.exit(2);
    }
    return value;
  }
}
