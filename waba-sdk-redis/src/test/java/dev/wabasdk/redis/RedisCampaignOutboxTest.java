package dev.wabasdk.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignControl;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRun;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.CampaignState;
import dev.wabasdk.campaign.CampaignStatusUpdate;
import dev.wabasdk.campaign.OutboxEntry;
import dev.wabasdk.campaign.OutboxRecord;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.campaign.StopReason;
import dev.wabasdk.campaign.Transition;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis outbox: its atomic steps, and two instances sharing a campaign while one of them dies. */
class RedisCampaignOutboxTest {
  @RegisterExtension
  static final RedisServer REDIS = new RedisServer();

  private static final AtomicInteger PREFIXES = new AtomicInteger();
  private static final Pattern TO = Pattern.compile("\"to\":\"(\\d+)\"");
  private static final Pattern KEY = Pattern.compile("\"biz_opaque_callback_data\":\"([^\"]+)\"");

  private String prefix;
  private RedisCampaignOutbox outboxA;
  private RedisCampaignOutbox outboxB;
  private MockWebServer server;
  private final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
  private final Map<String, String> delivered = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();

  @BeforeEach
  void setUp() throws Exception {
    prefix = "{camp" + PREFIXES.incrementAndGet() + "}:";
    outboxA = RedisCampaignOutbox.builder().uri(REDIS.uri()).keyPrefix(prefix).build();
    outboxB = RedisCampaignOutbox.builder().uri(REDIS.uri()).keyPrefix(prefix).build();
    server = new MockWebServer();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String body = request.getBody().utf8();
        Matcher to = TO.matcher(body);
        Matcher key = KEY.matcher(body);
        String recipient = to.find() ? to.group(1) : "?";
        deliveries.merge(recipient, 1, Integer::sum);
        String wamid = "wamid.R" + ids.incrementAndGet();
        if (key.find()) {
          delivered.put(key.group(1), wamid);
        }
        Thread.sleep(5); // Meta takes a moment: instances overlap
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .body("{\"contacts\":[{\"input\":\"" + recipient + "\",\"wa_id\":\"" + recipient
                + "\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}").build();
      }
    });
    server.start(0);
  }

  @AfterEach
  void tearDown() {
    outboxA.close();
    outboxB.close();
    server.close();
  }

  private WhatsApp client() {
    return WhatsApp.builder().accessToken("EAAG-test").phoneNumberId("106540352242922")
        .baseUrl(server.url("/").toString()).noRateLimit().build();
  }

  @Test
  void onlyOneInstanceWinsTheAttemptAndRecordsRoundTrip() {
    String key = "wabacampaign:c1:16505551234";
    OutboxRecord attempt = new OutboxRecord(key, SendState.ATTEMPTING, "a", Instant.ofEpochMilli(1000), null, "");

    Transition a = outboxA.transition("c1", key, Set.of(SendState.PENDING), null, attempt);
    Transition b = outboxB.transition("c1", key, Set.of(SendState.PENDING), null,
        new OutboxRecord(key, SendState.ATTEMPTING, "b", Instant.ofEpochMilli(1001), null, ""));
    Transition wrongOwner = outboxB.transition("c1", key, Set.of(SendState.ATTEMPTING), "b", null);
    Transition accepted = outboxA.transition("c1", key, Set.of(SendState.ATTEMPTING), "a", new OutboxRecord(key,
        SendState.ACCEPTED, "a", Instant.ofEpochMilli(2000), "wamid.X", "detail | with bar"));

    assertThat(a.applied()).isTrue();
    assertThat(b.applied()).isFalse();
    assertThat(b.record()).isEqualTo(attempt);
    assertThat(wrongOwner.applied()).isFalse();
    assertThat(accepted.applied()).isTrue();
    assertThat(outboxB.record("c1", key)).isEqualTo(new OutboxRecord(key, SendState.ACCEPTED, "a",
        Instant.ofEpochMilli(2000), "wamid.X", "detail | with bar"));
    assertThat(outboxB.counters("c1")).containsEntry("state:ACCEPTED", 1L).doesNotContainKey("state:ATTEMPTING");
    assertThat(outboxA.records("c1").toList()).hasSize(1);
  }

  @Test
  void queueLoadsOnceClaimsDefersAndReclaimsEntriesOfADeadInstance() throws Exception {
    Duration lease = Duration.ofMillis(300);
    assertThat(outboxA.acquireLoader("c2", "a", Duration.ofSeconds(30))).isZero();
    assertThat(outboxB.acquireLoader("c2", "b", Duration.ofSeconds(30))).isEqualTo(-1);
    CampaignRecipient jane = new CampaignRecipient("+16505551234", List.of("Jane", "x|y"), ZoneId.of("UTC"));
    assertThat(outboxA.enqueue("c2", "a", 0, List.of(jane, CampaignRecipient.of("+16505550000")), false, lease))
        .isTrue();
    assertThat(outboxA.enqueue("c2", "a", 0, List.of(jane), true, lease)).as("offset moved").isFalse();
    assertThat(outboxA.enqueue("c2", "a", 2, List.of(), true, lease)).isTrue();
    assertThat(outboxA.loaded("c2")).isTrue();
    assertThat(outboxB.acquireLoader("c2", "b", lease)).isEqualTo(-1);

    List<OutboxEntry> claimedByA = outboxA.claim("c2", "a", 1, lease);
    assertThat(claimedByA).extracting(OutboxEntry::recipient).containsExactly(jane);
    List<OutboxEntry> claimedByB = outboxB.claim("c2", "b", 10, lease);
    assertThat(claimedByB).hasSize(1);
    outboxB.defer("c2", claimedByB.get(0), Instant.ofEpochMilli(5000));
    assertThat(outboxA.backlog("c2")).isEqualTo(2);

    // a dies holding jane: after the lease, b reclaims her (XAUTOCLAIM) along with the deferred copy
    Thread.sleep(lease.toMillis() + 100);
    List<OutboxEntry> reclaimed = outboxB.claim("c2", "b", 10, lease);
    assertThat(reclaimed).extracting(e -> e.recipient().phoneNumber())
        .containsExactlyInAnyOrder("+16505551234", "+16505550000");
    assertThat(reclaimed).filteredOn(e -> e.recipient().phoneNumber().equals("+16505550000"))
        .extracting(OutboxEntry::notBefore).containsExactly(Instant.ofEpochMilli(5000));
    reclaimed.forEach(e -> outboxB.ack("c2", e));
    assertThat(outboxA.backlog("c2")).isZero();
    assertThat(outboxA.counters("c2")).containsEntry("queued", 2L);
  }

  @Test
  void statusesCountOncePerRecipientAndControlIsShared() {
    String key = "wabacampaign:c3:1";
    assertThat(outboxA.recordStatus("c3", key, "read", 3, null, "North America|marketing", "USD", 25_000))
        .isTrue();
    assertThat(outboxB.recordStatus("c3", key, "delivered", 2, null, "North America|marketing", "USD", 25_000))
        .isFalse();
    assertThat(outboxA.counters("c3")).containsEntry("status:sent", 1L).containsEntry("status:delivered", 1L)
        .containsEntry("status:read", 1L).containsEntry("billable:North America|marketing", 1L)
        .containsEntry("cost_micros:USD", 25_000L);

    outboxA.control("c3", new CampaignControl(CampaignState.STOPPED, StopReason.QUALITY_DROP, "quality RED"));
    assertThat(outboxB.control("c3")).isEqualTo(new CampaignControl(CampaignState.STOPPED,
        StopReason.QUALITY_DROP, "quality RED"));
    outboxB.control("c3", new CampaignControl(CampaignState.CANCELLED, null, ""));
    assertThat(outboxA.control("c3", CampaignControl.RUNNING).state()).as("cancelled is final")
        .isEqualTo(CampaignState.CANCELLED);
  }

  @Test
  void twoInstancesShareACampaignAndEveryRecipientGetsItExactlyOnceWhenOneDies() throws Exception {
    // given 400 recipients and two instances on one Redis, with a short lease
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      list.add(CampaignRecipient.of(String.format("+1650555%04d", i), "n" + i));
    }
    Campaign campaign = Campaign.builder("two").template("sale", "en_US").recipients(RecipientSource.of(list))
        .build();
    WhatsApp clientA = client();
    WhatsApp clientB = client();
    CampaignRunner a = CampaignRunner.builder(clientA).outbox(outboxA).instanceId("a").messagesPerSecond(400)
        .concurrency(8).lease(Duration.ofSeconds(1)).resolveTimeout(Duration.ofSeconds(1)).resendUnresolved(true)
        .build();
    CampaignRunner b = CampaignRunner.builder(clientB).outbox(outboxB).instanceId("b").messagesPerSecond(400)
        .concurrency(8).lease(Duration.ofSeconds(1)).resolveTimeout(Duration.ofSeconds(1)).resendUnresolved(true)
        .build();

    // when both run it, a dies a third of the way in, and Meta's sent webhooks reach b
    CampaignRun runA = a.start(campaign);
    CampaignRun runB = b.start(campaign);
    long end = System.nanoTime() + 10_000_000_000L;
    while (deliveries.size() < 130 && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    runA.shutdown();
    Thread webhooks = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        delivered.forEach((key, wamid) -> b.recordStatus(new CampaignStatusUpdate(key, wamid, DeliveryStatus.SENT,
            Instant.now(), null, true, PricingCategory.MARKETING)));
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    webhooks.start();
    CampaignReport report = runB.await(Duration.ofSeconds(30));
    webhooks.interrupt();

    // then each of the 400 got the message exactly once, and every record says ACCEPTED
    assertThat(deliveries).hasSize(400);
    assertThat(deliveries).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    assertThat(report.progress().control().state()).isEqualTo(CampaignState.FINISHED);
    assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(400);
    assertThat(report.progress().queued()).isEqualTo(400);
    assertThat(outboxB.backlog("two")).isZero();
    clientA.close();
    clientB.close();
  }
}
