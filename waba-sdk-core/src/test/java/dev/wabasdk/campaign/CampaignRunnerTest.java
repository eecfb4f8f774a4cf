package dev.wabasdk.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.Market;
import dev.wabasdk.cost.Money;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.OptOut;
import dev.wabasdk.policy.MarketingMarketsRule;
import dev.wabasdk.policy.PolicyEngine;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns through the real client against MockWebServer: the exact wire, exactly-once, preflight, stops. */
class CampaignRunnerTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private final Map<String, Integer> received = new ConcurrentHashMap<>();
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** Answers each send by the recipient's number: OK unless {@code fault} returns an error response. */
  private void answer(Function<String, MockResponse> fault) {
    graph.server().setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().utf8();
        bodies.add(body);
        String to = body.replaceAll(".*\"to\":\"(\\d+)\".*", "$1");
        received.merge(to, 1, Integer::sum);
        MockResponse error = fault.apply(to);
        if (error != null) {
          return error;
        }
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
            .body("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+" + to + "\",\"wa_id\":\"" + to
                + "\"}],\"messages\":[{\"id\":\"wamid.C" + ids.incrementAndGet() + "\"}]}").build();
      }
    });
  }

  private static MockResponse graphError(int http, int code, String message) {
    return new MockResponse.Builder().code(http).setHeader("Content-Type", "application/json")
        .body("{\"error\":{\"message\":\"(#" + code + ") " + message + "\",\"type\":\"OAuthException\",\"code\":"
            + code + ",\"fbtrace_id\":\"AbCdEf123\"}}").build();
  }

  private CampaignRunner.Builder runner(WhatsApp client) {
    return CampaignRunner.builder(client).messagesPerSecond(1000).concurrency(4)
        .resolveTimeout(Duration.ofMillis(400));
  }

  @Test
  void sendsEachRecipientTheTemplateWithTheirParametersAndTheSendKeyAsCallbackData() {
    // given two recipients with their own body parameters
    answer(to -> null);
    Campaign campaign = Campaign.builder("spring-sale").template("spring_sale", "en_US")
        .recipients(RecipientSource.of(List.of(CampaignRecipient.of("+16505551234", "Jane", "20%"),
            CampaignRecipient.of("+16505550000", "Joe", "15%"))))
        .build();
    CampaignRunner runner = runner(graph.client()).concurrency(1).build();

    // when the campaign runs
    CampaignReport report = runner.start(campaign).await(Duration.ofSeconds(10));

    // then each got exactly Meta's template body, with the stable key in biz_opaque_callback_data
    assertThat(bodies).containsExactlyInAnyOrder(
        "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505551234\","
            + "\"biz_opaque_callback_data\":\"wabacampaign:spring-sale:16505551234\",\"type\":\"template\","
            + "\"template\":{\"name\":\"spring_sale\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":"
            + "\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"20%\"}]}]}}",
        "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"16505550000\","
            + "\"biz_opaque_callback_data\":\"wabacampaign:spring-sale:16505550000\",\"type\":\"template\","
            + "\"template\":{\"name\":\"spring_sale\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":"
            + "\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Joe\"},{\"type\":\"text\",\"text\":\"15%\"}]}]}}");
    assertThat(report.progress().control().state()).isEqualTo(CampaignState.FINISHED);
    assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(2);
    assertThat(report.progress().queued()).isEqualTo(2);
    assertThat(runner.outbox().record("spring-sale", "wabacampaign:spring-sale:16505551234").messageId())
        .startsWith("wamid.C");
  }

  @Test
  void anUnknownOutcomeIsResolvedFromTheStatusWebhookAndNeverResent() {
    // given Meta answers 131000 (ambiguous: it may have accepted) to one recipient and never answers another
    answer(to -> to.equals("16505550001") ? graphError(500, 131000, "Something went wrong")
        : to.equals("16505550002") ? graphError(500, 1, "An unknown error occurred") : null);
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      list.add(CampaignRecipient.of(String.format("+165055500%02d", i), "n" + i));
    }
    Campaign campaign = Campaign.builder("unknowns").template("sale", "en_US")
        .recipients(RecipientSource.of(list)).build();
    CampaignRunner runner = runner(graph.client()).build();

    // when the first one's sent webhook (with the key) arrives while the campaign waits
    CampaignRun run = runner.start(campaign);
    await(() -> runner.outbox().record("unknowns", "wabacampaign:unknowns:16505550001") != null
        && runner.outbox().record("unknowns", "wabacampaign:unknowns:16505550001").state() == SendState.UNKNOWN);
    assertThat(runner.recordStatus(new CampaignStatusUpdate("wabacampaign:unknowns:16505550001", "wamid.LATE",
        DeliveryStatus.SENT, Instant.now(), null, true, PricingCategory.MARKETING))).isTrue();
    CampaignReport report = run.await(Duration.ofSeconds(10));

    // then nobody got two requests; the resolved one is accepted, the other reported unresolved, not resent
    assertThat(received).hasSize(20).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    assertThat(runner.outbox().record("unknowns", "wabacampaign:unknowns:16505550001").state())
        .isEqualTo(SendState.ACCEPTED);
    assertThat(runner.outbox().record("unknowns", "wabacampaign:unknowns:16505550001").messageId())
        .isEqualTo("wamid.LATE");
    assertThat(runner.outbox().record("unknowns", "wabacampaign:unknowns:16505550002").state())
        .isEqualTo(SendState.UNRESOLVED);
    assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(19);
    assertThat(report.progress().count(SendState.UNRESOLVED)).isEqualTo(1);
    assertThat(report.progress().statusCount("sent")).isEqualTo(1);
  }

  @Test
  void aCampaignWhoseUnknownOutcomeIsResolvedByAWebhookFinishesWithoutWaitingForTheResolveTimeout() {
    // given Meta answers 131000 (ambiguous) to one recipient, and a resolve timeout of ten minutes
    answer(to -> to.equals("16505550001") ? graphError(500, 131000, "Something went wrong") : null);
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      list.add(CampaignRecipient.of(String.format("+165055500%02d", i), "n" + i));
    }
    Campaign campaign = Campaign.builder("late-sent").template("sale", "en_US")
        .recipients(RecipientSource.of(list)).build();
    CampaignRunner runner = runner(graph.client()).resolveTimeout(Duration.ofMinutes(10)).build();

    // when its sent webhook arrives while the campaign waits
    CampaignRun run = runner.start(campaign);
    String key = "wabacampaign:late-sent:16505550001";
    await(() -> runner.outbox().record("late-sent", key) != null
        && runner.outbox().record("late-sent", key).state() == SendState.UNKNOWN);
    runner.recordStatus(new CampaignStatusUpdate(key, "wamid.LATE", DeliveryStatus.SENT, Instant.now(), null, true,
        PricingCategory.MARKETING));

    // then the campaign finishes within seconds, with everyone accepted once and nobody left unresolved
    CampaignReport report = run.await(Duration.ofSeconds(10));
    assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(5);
    assertThat(report.progress().count(SendState.UNRESOLVED)).isZero();
    assertThat(received).hasSize(5).allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
  }

  @Test
  void theBudgetStopsTheCampaignBeforeTheMessageThatWouldPassItEvenWithManySendersAtOnce() {
    // given a budget of three and a half Indian marketing messages, and eight senders at once
    answer(to -> null);
    CostEstimator estimator = CostEstimator.ofDefaults();
    Money unit = estimator.priceOf(dev.wabasdk.cost.PriceQuery.of("+919812300000", PricingCategory.MARKETING)
        .at(Instant.now())).total();
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      list.add(CampaignRecipient.of(String.format("+9198123000%02d", i), "n" + i));
    }
    CampaignRunner runner = runner(graph.client()).concurrency(8).costEstimator(estimator).build();
    CampaignRun run = runner.start(Campaign.builder("budget").template("sale", "en_US")
        .recipients(RecipientSource.of(list))
        .budget(Money.of(unit.amount().multiply(new java.math.BigDecimal("3.5")), unit.currency())).build());

    // when it runs
    await(() -> run.control().state() == CampaignState.STOPPED);
    // (the sends already admitted finish after the stop; wait for them, however loaded the machine)
    await(() -> run.progress().count(SendState.ATTEMPTING) == 0
        && received.size() == run.progress().count(SendState.ACCEPTED));

    // then three were sent and the campaign says why it stopped
    assertThat(received).hasSize(3);
    assertThat(run.control().reason()).isSameAs(StopReason.BUDGET_REACHED);
    assertThat(run.control().detail()).startsWith("the next message would pass the budget ");
    assertThat(run.progress().count(SendState.ACCEPTED)).isEqualTo(3);
    run.cancel();
  }

  @Test
  void actualCostComesFromChargedStatusesOncePerRecipientNextToTheEstimate() {
    // given a finished two-recipient campaign priced by the estimator
    answer(to -> null);
    CostEstimator estimator = CostEstimator.ofDefaults();
    CampaignRunner runner = runner(graph.client()).costEstimator(estimator).build();
    CampaignReport done = runner.start(Campaign.builder("cost").template("sale", "en_US")
        .recipients(RecipientSource.of(List.of(CampaignRecipient.of("+16505550000"),
            CampaignRecipient.of("+919812300000")))).build()).await(Duration.ofSeconds(10));
    Instant at = Instant.now();
    dev.wabasdk.cost.BilledPricing regular = new dev.wabasdk.cost.BilledPricing(
        dev.wabasdk.cost.PricingModel.PMP, PricingCategory.MARKETING, "regular", null);
    dev.wabasdk.cost.BilledPricing free = new dev.wabasdk.cost.BilledPricing(
        dev.wabasdk.cost.PricingModel.PMP, PricingCategory.MARKETING, "free_entry_point", true);

    // when the US message's sent and delivered statuses both carry charged pricing (Meta sends it twice), and a
    // redelivered webhook repeats one; the Indian one is free
    String us = "wabacampaign:cost:16505550000";
    String in = "wabacampaign:cost:919812300000";
    runner.recordStatus(CampaignStatusUpdate.of(us, "wamid.1", DeliveryStatus.SENT, at, null, regular));
    runner.recordStatus(CampaignStatusUpdate.of(us, "wamid.1", DeliveryStatus.DELIVERED, at, null, regular));
    runner.recordStatus(CampaignStatusUpdate.of(us, "wamid.1", DeliveryStatus.DELIVERED, at, null, regular));
    runner.recordStatus(CampaignStatusUpdate.of(in, "wamid.2", DeliveryStatus.READ, at, null, free));
    assertThat(runner.recordStatus(CampaignStatusUpdate.of("order-42", "wamid.3", DeliveryStatus.READ, at, null,
        regular))).as("not a campaign's").isFalse();

    // then the US message is charged once, and read implies delivered and sent for the Indian one
    CampaignReport report = runner.report("cost");
    Money usPrice = estimator.priceOf(dev.wabasdk.cost.PriceQuery.of("+16505550000", PricingCategory.MARKETING)
        .at(at)).total();
    Money inPrice = estimator.priceOf(dev.wabasdk.cost.PriceQuery.of("+919812300000", PricingCategory.MARKETING)
        .at(at)).total();
    assertThat(report.actualCost()).isEqualTo(usPrice);
    assertThat(report.expectedCost()).isEqualTo(usPrice.plus(inPrice));
    assertThat(report.progress().statusCount("sent")).isEqualTo(2);
    assertThat(report.progress().statusCount("delivered")).isEqualTo(2);
    assertThat(report.progress().statusCount("read")).isEqualTo(1);
    assertThat(done.progress().count(SendState.ACCEPTED)).isEqualTo(2);
    assertThat(report.toTable()).contains("| actual cost").contains("| accepted                   |            2 |");
  }

  @Test
  void policyRefusalsAreSkippedWithTheirReasonAndInvalidNumbersNeverReachMeta() {
    answer(to -> null);
    // US recipients: marketing to them is not delivered since 2025-04-01; this test is about the other rules.
    PolicyEngine policy = PolicyEngine.builder().withoutRule(MarketingMarketsRule.class).build();
    policy.recordOptOut(WhatsAppUser.ofWaId("16505550001"), OptOut.MARKETING, Instant.now().minusSeconds(60));
    WhatsApp client = graph.builder().addInterceptor(policy).build();
    Campaign campaign = Campaign.builder("refusals").template("sale", "en_US")
        .recipients(RecipientSource.of(List.of(CampaignRecipient.of("+16505550000"),
            CampaignRecipient.of("+16505550001"), CampaignRecipient.of("not-a-number"))))
        .build();
    CampaignRunner runner = runner(client).policy(policy).build();

    Preflight preflight = runner.preflight(campaign);
    CampaignReport report = runner.start(campaign).await(Duration.ofSeconds(10));

    assertThat(preflight.refusedByReason()).containsOnly(Map.entry("opted_out_of_marketing", 1L),
        Map.entry(Preflight.INVALID_NUMBER, 1L));
    assertThat(preflight.sendable()).isEqualTo(1);
    assertThat(received).containsOnlyKeys("16505550000");
    assertThat(report.skippedByReason()).containsOnly(Map.entry("opted_out_of_marketing", 1L),
        Map.entry(Preflight.INVALID_NUMBER, 1L));
    StringWriter csv = new StringWriter();
    report.writeCsv(csv);
    assertThat(csv.toString()).startsWith("key,state,message_id,detail,at\n")
        .contains("wabacampaign:refusals:16505550001,SKIPPED,,opted_out_of_marketing,");
    client.close();
  }

  @Test
  void preflightFitsTheMessagingLimitPricesEachMarketAndChecksTheBudget() {
    // given a TIER_250 portfolio, 300 new Canadian users and 100 Indian users, and a budget (Canada, not the US:
    // Meta delivers no marketing templates to US numbers since 2025-04-01, and the estimator prices them at zero)
    PolicyEngine policy = PolicyEngine.builder().build();
    policy.recordTier(MessagingLimitTier.TIER_250);
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      list.add(CampaignRecipient.of(String.format("+1416555%04d", i)));
    }
    for (int i = 0; i < 100; i++) {
      list.add(CampaignRecipient.of(String.format("+9198123%05d", i)));
    }
    list.add(CampaignRecipient.of("+14165550000")); // a duplicate row
    CostEstimator estimator = CostEstimator.ofDefaults();
    Campaign campaign = Campaign.builder("preflight").template("sale", "en_US")
        .recipients(RecipientSource.of(list)).budget(Money.of("5.00", "USD")).build();
    CampaignRunner runner = runner(graph.client()).policy(policy).costEstimator(estimator)
        .messagesPerSecond(80).build();

    Preflight p = runner.preflight(campaign);

    Money us = estimator.priceOf(dev.wabasdk.cost.PriceQuery.of("+14165550000", PricingCategory.MARKETING)
        .at(p.evaluatedAt())).total();
    Money in = estimator.priceOf(dev.wabasdk.cost.PriceQuery.of("+919812300000", PricingCategory.MARKETING)
        .at(p.evaluatedAt())).total();
    assertThat(p.recipients()).isEqualTo(401);
    assertThat(p.refusedByReason()).containsOnly(Map.entry(Preflight.DUPLICATE, 1L));
    assertThat(p.sendable()).isEqualTo(400);
    assertThat(p.tier()).isEqualTo(MessagingLimitTier.TIER_250);
    assertThat(p.fitNow()).isEqualTo(250);
    assertThat(p.restFrom()).isEqualTo(p.evaluatedAt().plus(Duration.ofDays(1)));
    assertThat(p.sendingTime()).isEqualTo(Duration.ofSeconds(5));
    assertThat(p.expectedCostByMarket()).containsOnlyKeys(estimator.marketOf("+14165550000", p.evaluatedAt()),
        estimator.marketOf("+919812300000", p.evaluatedAt()));
    Money total = us.times(300).plus(in.times(100));
    assertThat(p.expectedCost()).isEqualTo(total);
    assertThat(p.fitsBudget()).isEqualTo(total.compareTo(Money.of("5.00", "USD")) <= 0);
    assertThat(p.summary()).contains("400 sendable").contains("250 fit now");
    Market cheaper = us.compareTo(in) <= 0 ? estimator.marketOf("+14165550000", p.evaluatedAt())
        : estimator.marketOf("+919812300000", p.evaluatedAt());
    assertThat(cheaper).isNotNull();
    assertThat(p.fitBudget()).isLessThan(400).isGreaterThan(0);
  }

  @Test
  void aSpikeOf131049StopsTheCampaignAndSaysWhy() {
    answer(to -> graphError(400, 131049, "This message was not delivered to maintain healthy ecosystem"
        + " engagement."));
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      list.add(CampaignRecipient.of(String.format("+165055500%02d", i)));
    }
    List<CampaignControl> changes = new CopyOnWriteArrayList<>();
    CampaignRunner runner = runner(graph.client()).concurrency(1).stopOn131049(0.5, 5)
        .listener(new CampaignListener() {
          @Override
          public void onStateChange(String campaignId, CampaignControl control) {
            changes.add(control);
          }
        }).build();
    CampaignRun run = runner.start(Campaign.builder("spike").template("sale", "en_US")
        .recipients(RecipientSource.of(list)).build());

    await(() -> run.control().state() == CampaignState.STOPPED);
    int sentWhenStopped = received.size();
    sleep(300);

    assertThat(run.control().reason()).isEqualTo(StopReason.MARKETING_LIMIT_SPIKE);
    assertThat(run.control().detail()).contains("131049");
    assertThat(changes).extracting(CampaignControl::reason).contains(StopReason.MARKETING_LIMIT_SPIKE);
    assertThat(received.size()).isEqualTo(sentWhenStopped).isLessThan(10);
    assertThat(runner.outbox().counters("spike")).containsEntry("state:FAILED", (long) sentWhenStopped);
    run.cancel();
    assertThat(run.await(Duration.ofSeconds(5)).progress().control().state()).isEqualTo(CampaignState.CANCELLED);
  }

  @Test
  void pausedCampaignsSendNothingUntilResumed() {
    answer(to -> null);
    List<CampaignRecipient> list = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      list.add(CampaignRecipient.of(String.format("+165055500%02d", i)));
    }
    CampaignRunner runner = runner(graph.client()).messagesPerSecond(50).concurrency(1).build();
    CampaignRun run = runner.start(Campaign.builder("pause").template("sale", "en_US")
        .recipients(RecipientSource.of(list)).build());
    await(() -> received.size() >= 3);
    run.pause();
    await(() -> run.progress().count(SendState.ATTEMPTING) == 0); // the send in flight at the pause ends
    int atPause = received.size();
    sleep(300);
    assertThat(received.size()).isEqualTo(atPause).isLessThan(30);
    run.resume();
    CampaignReport report = run.await(Duration.ofSeconds(10));
    assertThat(received).hasSize(30).allSatisfy((to, n) -> assertThat(n).isEqualTo(1));
    assertThat(report.progress().count(SendState.ACCEPTED)).isEqualTo(30);
  }

  @Test
  void quietHoursDeferARecipientUntilTheirMorning() {
    answer(to -> null);
    // quiet the whole day but one minute from now, in the recipient's own zone
    java.time.ZoneId zone = java.time.ZoneId.of("Asia/Kolkata");
    java.time.LocalTime local = Instant.now().atZone(zone).toLocalTime().withSecond(0).withNano(0);
    QuietHours quiet = new QuietHours(local.minusMinutes(1), local.plusMinutes(30));
    assertThat(quiet.isQuiet(Instant.now(), zone)).isTrue();
    assertThat(quiet.nextAllowed(Instant.now(), zone).atZone(zone).toLocalTime()).isEqualTo(local.plusMinutes(30));
    CampaignRunner runner = runner(graph.client()).build();
    CampaignRun run = runner.start(Campaign.builder("quiet").template("sale", "en_US")
        .recipients(RecipientSource.of(List.of(new CampaignRecipient("+919812300000", List.of(), zone),
            new CampaignRecipient("+16505550000", List.of(), java.time.ZoneId.of("UTC")))))
        .quietHours(quiet).build());
    await(() -> received.containsKey("16505550000") || Duration.ofMinutes(31).isZero());
    sleep(300);
    assertThat(received).doesNotContainKey("919812300000");
    assertThat(runner.outbox().backlog("quiet")).isEqualTo(1);
    run.cancel();
  }

  @Test
  void readsACsvLazilyWithQuotedParametersAndZones(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("r.csv");
    Files.writeString(csv, "phone_number,name,time_zone,offer\n+16505551234,\"Doe, Jane\",America/Chicago,20%\n"
        + "\n+4915112345678,\"Max \"\"M\"\"\",,10%\n");
    List<CampaignRecipient> rows;
    try (var s = RecipientSource.csv(csv).open()) {
      rows = s.toList();
    }
    assertThat(rows).containsExactly(
        new CampaignRecipient("+16505551234", List.of("Doe, Jane", "20%"), java.time.ZoneId.of("America/Chicago")),
        new CampaignRecipient("+4915112345678", List.of("Max \"M\"", "10%"), null));
  }

  static void await(java.util.function.BooleanSupplier condition) {
    long end = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("condition not met within 10 s");
      }
      sleep(10);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
