package dev.wabasdk.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRun;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.CampaignState;
import dev.wabasdk.campaign.CampaignStatusUpdate;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.faults.FaultyGraphServer.Fault;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.redis.RedisCampaignOutbox;
import dev.wabasdk.redis.RedisServer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A campaign on two instances sharing one Redis, against a Graph API that drops answers, resets connections,
 * stalls and answers ambiguous errors, while one instance is killed mid-campaign: every recipient gets the message
 * exactly once, counted at the socket (what a real Meta would have delivered).
 */
class CampaignFaultsTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final int RECIPIENTS = 600;
  private static final long STALL_MILLIS = 300;

  private static Map<Fault, Integer> mix() {
    Map<Fault, Integer> w = new LinkedHashMap<>();
    w.put(Fault.OK, 70);
    w.put(Fault.RESET_AFTER_READ, 4);
    w.put(Fault.CLOSE_AFTER_READ, 4);
    w.put(Fault.RESET_BEFORE_READ, 4);
    w.put(Fault.STALL, 2);
    w.put(Fault.ERROR_131000, 4);
    w.put(Fault.ERROR_1, 3);
    w.put(Fault.BAD_GATEWAY, 3);
    w.put(Fault.ERROR_130429, 3);
    w.put(Fault.ERROR_133004, 3);
    return w;
  }

  private static WhatsApp client(FaultyGraphServer server) {
    return WhatsApp.builder().accessToken("fault-suite-token").phoneNumberId("106540352242922")
        .baseUrl(server.baseUrl()).readTimeout(Duration.ofMillis(STALL_MILLIS)).noRateLimit().build();
  }

  private static CampaignRunner runner(WhatsApp client, RedisCampaignOutbox outbox, String id) {
    return CampaignRunner.builder(client).outbox(outbox).instanceId(id).messagesPerSecond(500).concurrency(8)
        .lease(Duration.ofSeconds(1)).resolveTimeout(Duration.ofSeconds(2)).resendUnresolved(true).build();
  }

  @Test
  void killingAnInstanceAndUnknownOutcomesNeverSendARecipientTwice() throws Exception {
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < RECIPIENTS; i++) {
      list.add(CampaignRecipient.of("+4915112" + String.format("%06d", i), "order " + i));
    }
    Campaign campaign = Campaign.builder("faults").template("shipping_update", "en_US")
        .recipients(RecipientSource.of(list)).build();
    try (FaultyGraphServer server = new FaultyGraphServer(24, mix(), STALL_MILLIS);
        WhatsApp clientA = client(server);
        WhatsApp clientB = client(server);
        RedisCampaignOutbox outboxA = RedisCampaignOutbox.builder().uri(REDIS.uri()).keyPrefix("{cf}:").build();
        RedisCampaignOutbox outboxB = RedisCampaignOutbox.builder().uri(REDIS.uri()).keyPrefix("{cf}:").build()) {
      CampaignRunner a = runner(clientA, outboxA, "instance-a");
      CampaignRunner b = runner(clientB, outboxB, "instance-b");

      // given both instances run the campaign, and Meta's sent webhooks reach instance b
      CampaignRun runA = a.start(campaign);
      CampaignRun runB = b.start(campaign);
      Set<String> fed = ConcurrentHashMap.newKeySet();
      List<RuntimeException> redelivered = new CopyOnWriteArrayList<>();
      Thread webhooks = new Thread(() -> {
        while (!Thread.currentThread().isInterrupted()) {
          feedSentStatuses(server, b, fed, redelivered);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "meta-webhooks");
      webhooks.setDaemon(true);
      webhooks.start();

      // when instance a is killed a third of the way in
      long end = System.nanoTime() + 20_000_000_000L;
      while (server.allDeliveries().size() < RECIPIENTS / 3 && System.nanoTime() < end) {
        Thread.sleep(5);
      }
      runA.shutdown();
      runB.await(Duration.ofSeconds(60));
      webhooks.interrupt();
      webhooks.join();
      // the last sent webhooks may still be on their way when the campaign ends (its answers came first)
      feedSentStatuses(server, b, fed, redelivered);
      assertThat(fed).as("statuses left undelivered after retries: %s", redelivered)
          .hasSameSizeAs(server.deliveredCallbacks().keySet());
      CampaignReport report = b.report("faults");

      // then every recipient got it exactly once, and the outbox knows each one as accepted
      Map<String, Integer> deliveries = server.allDeliveries();
      assertThat(server.injected().keySet()).contains(Fault.RESET_AFTER_READ, Fault.ERROR_131000, Fault.STALL);
      assertThat(deliveries).hasSize(RECIPIENTS);
      assertThat(deliveries).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
      assertThat(report.progress().control().state()).isEqualTo(CampaignState.FINISHED);
      assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(RECIPIENTS);
      assertThat(report.progress().statusCount("sent")).isEqualTo(RECIPIENTS);
    }
  }

  /**
   * Meta's {@code sent} webhook for every delivered message not yet acknowledged. Like Meta, a status whose handler
   * failed (say a Redis command timed out on a loaded machine) is delivered again on the next pass, not dropped.
   */
  private static void feedSentStatuses(FaultyGraphServer server, CampaignRunner runner, Set<String> fed,
      List<RuntimeException> redelivered) {
    server.deliveredCallbacks().forEach((key, wamid) -> {
      if (!fed.contains(key)) {
        try {
          runner.recordStatus(new CampaignStatusUpdate(key, wamid, DeliveryStatus.SENT, Instant.now(), null, true,
              PricingCategory.MARKETING));
          fed.add(key);
        } catch (RuntimeException e) {
          redelivered.add(e);
        }
      }
    });
  }
}
