package dev.wabasdk.samples.helpdesk;

import dev.wabasdk.AccessTokenProvider;
import dev.wabasdk.SendInterceptor;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookProcessor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A helpdesk serving two businesses from one app, through the testkit fake: one {@code WhatsApp} client (one set of
 * connections and threads) with a token per business from an {@link AccessTokenProvider}, one webhook endpoint for
 * both, a policy engine per business so their windows never mix, and a ticket desk per business.
 */
public final class MultiTenantHelpdesk {
  static final String PATH = "/webhooks/whatsapp";
  static final String VERIFY_TOKEN = "helpdesk-verify-token";
  static final Tenant ACME = Tenant.of("106540352242922", "102290129340398");
  static final Tenant BISTRO = Tenant.of("300000000000001", "200000000000001");

  private MultiTenantHelpdesk() {}

  public static void main(String[] args) {
    try (Demo demo = Demo.start()) {
      demo.fake.user("+4915112345678").named("Mia").sends("My order #1042 has not arrived");
      demo.fake.tenant(BISTRO.phoneNumberId()).user("+4915112345678").named("Mia").sends("Table for two at 8?");
      demo.fake.tenant(BISTRO.phoneNumberId()).user("+33612345678").named("Luc").sends("Are you open on Sunday?");
      demo.awaitReplies(3);
      for (FakeWhatsApp business : demo.fake.tenants()) {
        System.out.println("== business " + business.businessAccountId() + " (number " + business.phoneNumberId()
            + ")");
        for (SentMessage sent : business.sentMessages()) {
          System.out.println("  to +" + sent.to() + ": " + sent.text());
        }
      }
      demo.desk.tickets().forEach((business, tickets) ->
          System.out.println(business + " has " + tickets.size() + " open ticket(s): " + tickets));
    }
  }

  /** The fake with two businesses, the app's client, webhook endpoint and desk; close it to stop everything. */
  static final class Demo implements AutoCloseable {
    final FakeWhatsApp fake;
    final WhatsApp whatsApp;
    final WebhookHttpServer server;
    final HelpDesk desk;

    private Demo(FakeWhatsApp fake, WhatsApp whatsApp, WebhookHttpServer server, HelpDesk desk) {
      this.fake = fake;
      this.whatsApp = whatsApp;
      this.server = server;
      this.desk = desk;
    }

    static Demo start() {
      FakeWhatsApp fake = FakeWhatsApp.builder()
          .phoneNumberId(ACME.phoneNumberId()).businessAccountId(ACME.businessAccountId())
          .accessToken("acme-system-user-token").verifiedName("Acme Shoes")
          .tenant(BISTRO.businessAccountId(), BISTRO.phoneNumberId(), "bistro-system-user-token", "+33 1 23 45 67 89")
          .start();
      // In production the tokens come from a vault; the provider is asked before each request.
      Map<String, String> vault = Map.of(ACME.businessAccountId(), "acme-system-user-token",
          BISTRO.businessAccountId(), "bistro-system-user-token");
      Map<Tenant, PolicyEngine> engines = new LinkedHashMap<>();
      for (Tenant tenant : List.of(ACME, BISTRO)) {
        engines.put(tenant, PolicyEngine.builder().clock(fake.clock()).store(new InMemoryConversationStore()).build());
      }
      WhatsApp whatsApp = fake.clientBuilder()
          .accessTokenProvider(tenant -> vault.get(tenant.businessAccountId()))
          .addInterceptor(SendInterceptor.perNumber(tenant -> engines.get(tenant)))
          .build();
      whatsApp.forNumber(BISTRO);
      HelpDesk desk = new HelpDesk(whatsApp);
      WebhookProcessor.Builder processor = WebhookProcessor.builder()
          .appSecret(fake.appSecret()).verifyToken(VERIFY_TOKEN).listener(desk);
      engines.forEach((tenant, engine) -> processor.policyEngine(engine, tenant));
      WebhookHttpServer server = WebhookHttpServer.start(processor.build(), new InetSocketAddress("127.0.0.1", 0), PATH);
      fake.webhookUrl("http://127.0.0.1:" + server.port() + PATH);
      return new Demo(fake, whatsApp, server, desk);
    }

    void awaitReplies(int count) {
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (fake.tenants().stream().mapToInt(t -> t.sentMessages().size()).sum() < count) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the helpdesk did not answer " + count + " messages in time");
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    @Override
    public void close() {
      server.close();
      whatsApp.close();
      fake.close();
    }
  }
}
