package dev.wabasdk.samples.campaignrun;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignListener;
import dev.wabasdk.campaign.CampaignProgress;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRun;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.CampaignStatusUpdate;
import dev.wabasdk.campaign.Preflight;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.cost.CampaignMix;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Estimate;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.report.CostChart;
import dev.wabasdk.webhook.MessageStatus;
import dev.wabasdk.webhook.WebhookHttpServer;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookProcessor;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Sends a marketing template to 1,000 customers read from a CSV file, through the testkit's fake Cloud API (its own
 * throughput limit; customers who opted out, stopped marketing messages or blocked the business): the preflight, a
 * terminal progress bar, status webhooks tracked per recipient, and a final CSV report with a summary table.
 *
 * <p>Run it with {@code ./mvnw -q -pl samples/campaign -am package exec:java -DskipTests}.
 */
public final class CampaignSample {
  static final int CUSTOMERS = 1_000;
  private static final Instant START = Instant.parse("2026-10-06T10:00:00Z");

  private CampaignSample() {}

  public static void main(String[] args) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "campaign-sample"));
    run(System.out, dir, CUSTOMERS);
  }

  /** Runs the whole campaign, printing to {@code out} and writing the CSV files into {@code dir}. */
  public static CampaignReport run(PrintStream out, Path dir, int count) throws IOException {
    Path customers = writeCustomers(dir.resolve("customers.csv"), count);
    try (FakeWhatsApp fake = FakeWhatsApp.builder().startAt(START).throughputMps(500)
        .messagingLimit(MessagingLimitTier.TIER_2K)
        .approvedTemplate("autumn_sale", "en_US", TemplateCategory.MARKETING,
            "Hi {{1}}, our autumn sale starts today: {{2}} off running shoes.")
        .start()) {
      // Meta's side: 1 in 100 stopped marketing messages in WhatsApp, 1 in 200 blocked the business.
      for (int i = 0; i < count; i++) {
        if (i % 100 == 7) {
          fake.user(number(i)).stopsMarketingMessages();
        } else if (i % 200 == 11) {
          fake.user(number(i)).blocks();
        }
      }
      CostEstimator estimator = CostEstimator.builder().clock(fake.clock()).build();
      PolicyEngine policy = PolicyEngine.builder().mode(PolicyMode.ENFORCE).clock(fake.clock()).build();
      // The app's own records: 1 in 50 replied STOP earlier.
      for (int i = 3; i < count; i += 50) {
        policy.recordOptOut(WhatsAppUser.ofWaId(number(i).substring(1)), OptOut.MARKETING, START.minusSeconds(86_400));
      }
      try (WhatsApp whatsApp = fake.clientBuilder().addInterceptor(policy).build()) {
        whatsApp.templates().list().forEach(policy::recordTemplate);
        MessagingLimitTier tier = whatsApp.phoneNumbers().get().messagingLimitTier();
        if (tier != null) {
          policy.recordTier(tier);   // the preflight fits the campaign into it
        }
        CampaignRunner runner = CampaignRunner.builder(whatsApp).policy(policy).costEstimator(estimator)
            .messagesPerSecond(400).listener(new CampaignListener() {
              @Override
              public void onProgress(CampaignProgress progress) {
                out.print("\r" + progress.bar(30));
              }
            }).build();
        WebhookProcessor processor = WebhookProcessor.builder().appSecret(fake.appSecret()).verifyToken("campaign-sample")
            .listener(new WebhookListener() {
              @Override
              public void onMessageStatus(MessageStatus s) {
                runner.recordStatus(CampaignStatusUpdate.of(s.bizOpaqueCallbackData(), s.id(), s.status(),
                    s.timestamp(), s.errors().isEmpty() ? null : s.errors().get(0).code(),
                    s.pricing() == null ? null : s.pricing().toBilledPricing()));
              }
            }).build();
        try (WebhookHttpServer receiver = WebhookHttpServer.start(processor,
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp")) {
          fake.webhookUrl("http://127.0.0.1:" + receiver.port() + receiver.path());

          Campaign campaign = Campaign.builder("autumn-sale").template("autumn_sale", "en_US")
              .recipients(RecipientSource.csv(customers)).budget(Money.of("100.00", "USD")).build();
          Preflight preflight = runner.preflight(campaign);
          out.println(preflight.summary());

          // The fake's clock stands still unless moved; its throughput limit counts sends per fake second.
          Thread ticker = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
              try {
                Thread.sleep(50);
              } catch (InterruptedException e) {
                return;
              }
              fake.clock().advance(Duration.ofMillis(50));
            }
          }, "fake-clock");
          ticker.setDaemon(true);
          ticker.start();
          CampaignRun run = runner.start(campaign);
          try {
            run.await(Duration.ofMinutes(2));
          } finally {
            ticker.interrupt();
          }
          fake.awaitWebhooks(Duration.ofMinutes(2));   // the last status webhooks
          CampaignReport report = runner.report(campaign.id());
          out.println("\r" + report.progress().bar(30));
          out.println();
          out.print(report.toTable());
          Path csv = dir.resolve("campaign-report.csv");
          try (Writer w = Files.newBufferedWriter(csv)) {
            report.writeCsv(w);
          }
          out.println("Per-recipient report: " + csv.toAbsolutePath());
          // What the delivered messages cost, per market and category, as a chart next to the CSV.
          List<String> delivered = fake.sentMessages().stream().filter(m -> m.billable()
              && (m.status().equals(DeliveryStatus.DELIVERED) || m.status().equals(DeliveryStatus.READ)))
              .map(m -> "+" + m.to()).toList();
          Estimate charged = estimator.estimate(CampaignMix.builder(PricingCategory.MARKETING)
              .at(START).recipients(delivered).build());
          Path chart = CostChart.byMarketAndCategory(charged.items())
              .writePng(dir.resolve("campaign-cost.png"), 800, 500);
          out.println("Cost chart (per market and category): " + chart.toAbsolutePath());
          return report;
        }
      }
    }
  }

  static String number(int i) {
    // Canadian numbers: Meta delivers no marketing templates to US numbers (since 2025-04-01).
    return String.format("+1416555%04d", i);
  }

  /** customers.csv: phone_number, first name, discount; two rows have broken numbers. */
  private static Path writeCustomers(Path file, int count) {
    StringBuilder csv = new StringBuilder("phone_number,first_name,discount\n");
    for (int i = 0; i < count; i++) {
      csv.append(i == count / 4 ? "+1-call-me" : i == count * 3 / 4 ? "+44-unknown" : number(i)).append(",Customer ").append(i).append(',')
          .append(i % 2 == 0 ? "20%" : "15%").append('\n');
    }
    try {
      return Files.writeString(file, csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
