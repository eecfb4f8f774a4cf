package dev.wabasdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRun;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.CampaignStatusUpdate;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.GraphErrorResponse;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class WabaCampaignMetersTest {
  private static final String KEY_UNKNOWN = "wabacampaign:autumn:4915112340004";

  @Test
  void campaignMetersAreAutoConfiguredWithARegistry() {
    ApplicationContextRunner context = new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(WabaMetricsAutoConfiguration.class));
    context.run(c -> assertThat(c).doesNotHaveBean(WabaCampaignMeters.class));
    context.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .run(c -> assertThat(c).hasSingleBean(WabaCampaignMeters.class));
  }

  @Test
  void countsEachSendByOutcomeAndFollowsProgressStatusesAndCost() throws InterruptedException {
    try (FakeWhatsApp fake = FakeWhatsApp.builder()
        .approvedTemplate("autumn_sale", "en_US", TemplateCategory.MARKETING, "Hello {{1}}").start();
        WhatsApp client = fake.clientBuilder().noRateLimit().build()) {
      // given a campaign of five: two accepted, one refused by Meta, one invalid number, one without an answer
      fake.faults().matching(r -> r.isSendMessage() && "4915112340003".equals(r.json().get("to")))
          .failWith(GraphErrorResponse.of(131026));
      fake.faults().matching(r -> r.isSendMessage() && "4915112340004".equals(r.json().get("to")))
          .failWith(GraphErrorResponse.of(131000));
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      WabaCampaignMeters meters = new WabaCampaignMeters(registry);
      CampaignRunner runner = CampaignRunner.builder(client).listener(meters).concurrency(1)
          .costEstimator(CostEstimator.ofDefaults()).resolveTimeout(Duration.ofHours(1)).build();
      Campaign campaign = Campaign.builder("autumn").template("autumn_sale", "en_US")
          .recipients(RecipientSource.of(List.of(CampaignRecipient.of("+4915112340001", "Ann"),
              CampaignRecipient.of("+4915112340002", "Ben"), CampaignRecipient.of("+4915112340003", "Cid"),
              CampaignRecipient.of("+12", "Dee"), CampaignRecipient.of("+4915112340004", "Eve"))))
          .build();

      // when it runs and the unknown one is resolved by its charged sent webhook
      CampaignRun run = runner.start(campaign);
      long end = System.nanoTime() + 20_000_000_000L;
      while ((runner.outbox().record("autumn", KEY_UNKNOWN) == null
          || runner.outbox().record("autumn", KEY_UNKNOWN).state() != SendState.UNKNOWN) && System.nanoTime() < end) {
        Thread.sleep(10);
      }
      runner.recordStatus(new CampaignStatusUpdate(KEY_UNKNOWN, "wamid.LATE", DeliveryStatus.SENT,
          fake.clock().instant(), null, true, PricingCategory.MARKETING));
      // its queue entry waits for the resolve deadline on the (frozen) fake clock before it is acknowledged
      fake.clock().advance(Duration.ofHours(2));
      CampaignReport report = run.await(Duration.ofSeconds(20));

      // then each attempt is counted once by outcome, and the gauges show the final progress and cost
      assertThat(registry.get("waba.campaign.sends").tags("campaign", "autumn", "outcome", "sent").counter().count())
          .isEqualTo(2.0);
      assertThat(registry.get("waba.campaign.sends").tags("outcome", "failed").counter().count()).isEqualTo(1.0);
      assertThat(registry.get("waba.campaign.sends").tags("outcome", "refused").counter().count()).isEqualTo(1.0);
      assertThat(registry.get("waba.campaign.sends").tags("outcome", "unknown").counter().count()).isEqualTo(1.0);
      assertThat(registry.get("waba.campaign.progress").tags("campaign", "autumn").gauge().value()).isEqualTo(1.0);
      assertThat(registry.get("waba.campaign.statuses").tags("campaign", "autumn", "status", "sent").gauge().value())
          .isEqualTo(1.0);
      assertThat(report.actualCost()).isNotNull();
      assertThat(registry.get("waba.campaign.cost").tags("campaign", "autumn", "currency", "USD").gauge().value())
          .isEqualTo(report.actualCost().amount().doubleValue()).isGreaterThan(0.0);
    }
  }
}
