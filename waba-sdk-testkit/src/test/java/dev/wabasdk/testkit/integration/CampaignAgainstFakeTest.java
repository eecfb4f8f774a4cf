package dev.wabasdk.testkit.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.FakeAudience;
import dev.wabasdk.testkit.FakeRequest;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.SentMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Campaigns through the fake: its throughput and messaging limits, an audience that opts out, fails or never
 * reads, and a campaign of 100,000 recipients in test time. The console's campaign panel reads
 * {@code GET /testkit/campaigns}.
 */
class CampaignAgainstFakeTest {
  private static final int LARGE = 100_000;

  private static Stream<CampaignRecipient> numbers(int count) {
    return IntStream.range(0, count).mapToObj(i -> new CampaignRecipient("+4915" + (100_000_000L + i),
        List.of("Customer " + i), null));
  }

  private static String campaignsJson(FakeWhatsApp fake) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
        URI.create(fake.baseUrl() + "testkit/campaigns")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void aHundredThousandRecipientsGoThroughTheFakeOnceEachWithTheAudiencesOptOutsFailuresAndReads()
      throws Exception {
    // given a fake whose audience has 2% opted out, 1% unreachable and 30% who never read
    FakeAudience audience = FakeAudience.of(0.02, 0.01, 0.30);
    try (FakeWhatsApp fake = FakeWhatsApp.builder().audience(audience).throughputMps(0)
        .messagingLimit(MessagingLimitTier.TIER_100K)
        .approvedTemplate("autumn_sale", "en_US", TemplateCategory.MARKETING, "Autumn sale, {{1}}!").start();
        WhatsApp client = fake.clientBuilder().noRateLimit().retry(RetrySettings.none()).build()) {
      CampaignRunner runner = CampaignRunner.builder(client).withoutPacing().concurrency(16).build();
      Campaign campaign = Campaign.builder("autumn-100k").template("autumn_sale", "en_US")
          .recipients(RecipientSource.of(() -> numbers(LARGE))).build();

      // when the campaign runs
      long start = System.nanoTime();
      CampaignReport report = runner.start(campaign).await(Duration.ofMinutes(5));
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("100,000 recipients through the fake in %,d ms (%,d per second)%n", millis,
          LARGE * 1000L / Math.max(1, millis));

      // then everyone got exactly one message, and the fake's statuses follow the audience
      assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(LARGE);
      List<SentMessage> sent = fake.sentMessages();
      assertThat(sent).hasSize(LARGE);
      assertThat(sent.stream().map(SentMessage::to).distinct().count()).isEqualTo(LARGE);
      Map<FakeAudience.Kind, Long> kinds = new EnumMap<>(FakeAudience.Kind.class);
      numbers(LARGE).forEach(r -> kinds.merge(audience.kindOf(r.phoneNumber()), 1L, Long::sum));
      long failed = kinds.get(FakeAudience.Kind.OPTED_OUT) + kinds.get(FakeAudience.Kind.UNDELIVERABLE);
      long read = kinds.get(FakeAudience.Kind.READS);
      assertThat(failed).isBetween(2_500L, 3_500L);
      assertThat(read).isBetween(65_000L, 69_000L);
      Map<String, Long> errors = new HashMap<>();
      sent.stream().filter(m -> m.error() != null).forEach(m -> errors.merge(Integer.toString(m.error().code()), 1L,
          Long::sum));
      assertThat(errors).containsOnly(Map.entry("131050", kinds.get(FakeAudience.Kind.OPTED_OUT)),
          Map.entry("131026", kinds.get(FakeAudience.Kind.UNDELIVERABLE)));
      assertThat(campaignsJson(fake)).isEqualTo("{\"campaigns\":[{\"key\":\"autumn-100k\",\"template\":"
          + "\"autumn_sale (en_US)\",\"messages\":100000,\"sent\":" + (LARGE - failed) + ",\"delivered\":"
          + (LARGE - failed) + ",\"read\":" + read + ",\"failed\":" + failed + ",\"first_sent\":"
          + "\"2026-11-02T09:00:00Z\",\"last_sent\":\"2026-11-02T09:00:00Z\"}]}");
    }
  }

  @Test
  void theFakesThroughputAndMessagingLimitHoldTheCampaignBackWithoutSendingAnyoneTwice() throws Exception {
    // given a fake at 40 messages per second (its clock moving with real time) and a messaging limit of 250 users
    try (FakeWhatsApp fake = FakeWhatsApp.builder().throughputMps(40).messagingLimit(MessagingLimitTier.TIER_250)
        .approvedTemplate("autumn_sale", "en_US", TemplateCategory.MARKETING, "Autumn sale, {{1}}!").start();
        WhatsApp client = fake.clientBuilder().noRateLimit().retry(RetrySettings.none()).build()) {
      Thread ticker = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          try {
            Thread.sleep(10);
          } catch (InterruptedException e) {
            return;
          }
          fake.clock().advance(Duration.ofMillis(10));
        }
      }, "fake-clock");
      ticker.setDaemon(true);
      ticker.start();
      // an app that paces at twice the fake's throughput: Meta answers 130429 and the runner backs off
      CampaignRunner runner = CampaignRunner.builder(client).messagesPerSecond(80).concurrency(4).build();
      Campaign campaign = Campaign.builder("limits").template("autumn_sale", "en_US")
          .recipients(RecipientSource.of(() -> numbers(300))).build();

      // when it runs
      CampaignReport report = runner.start(campaign).await(Duration.ofMinutes(2));
      ticker.interrupt();

      // then the fake refused sends over its throughput, each recipient got one message, and the 50 beyond the
      // messaging limit failed with 131026
      assertThat(fake.requests().stream().filter(FakeRequest::isSendMessage).filter(r -> r.responseCode() == 400)
          .filter(r -> r.body().contains("autumn_sale"))).isNotEmpty();
      List<SentMessage> sent = fake.sentMessages();
      assertThat(sent).hasSize(300);
      assertThat(sent.stream().map(SentMessage::to).distinct().count()).isEqualTo(300);
      assertThat(sent.stream().filter(m -> m.error() != null).map(m -> m.error().code())).hasSize(50)
          .containsOnly(131026);
      assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(300);
      assertThat(campaignsJson(fake)).contains("\"key\":\"limits\"", "\"messages\":300", "\"failed\":50");
    }
  }
}
