package dev.wabasdk.benchmarks;

import dev.wabasdk.SendInterceptor;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.InMemoryCampaignOutbox;
import dev.wabasdk.campaign.Preflight;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.policy.PolicyEngine;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A campaign of {@code recipients} (1,000,000 by default) through the in-memory outbox, next to a bare loop of the
 * same sends: the difference is the campaign's overhead per recipient (queueing, the attempt record and result,
 * claims, acknowledgements). Both send through the client's real send path (message building and validation, the
 * interceptor chain) ending in an interceptor that answers like Meta without HTTP, so neither measures the network.
 * Pacing is off ({@code withoutPacing()}). One operation is a whole campaign; divide by {@code recipients}.
 *
 * <p>{@link #preflight} asks the policy engine (in-memory store, default rules) about every recipient and prices
 * them in ten markets with the default rate card, next to {@link #bareEvaluateLoop}: the same messages built and
 * evaluated by the engine, nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CampaignBenchmark {
  @Param("1000000")
  public int recipients;

  /** Ten markets; each prefix plus seven digits is a possible mobile number there. */
  private static final String[] PREFIXES = {"+49151", "+91981", "+55119", "+44771", "+3361", "+39347", "+3461",
      "+52155", "+62812", "+234803"};

  private WhatsApp whatsApp;
  private PolicyEngine policy;
  private CostEstimator estimator;
  private final AtomicLong ids = new AtomicLong();
  private int run;

  @Setup(Level.Trial)
  public void setUp() {
    // Answers at the end of the chain, as Meta would, without a network: what remains is the SDK's own work.
    SendInterceptor meta = chain -> new SendResult("wamid.B" + ids.incrementAndGet(), null,
        chain.message().recipient().value(), null, null);
    whatsApp = WhatsApp.builder().accessToken("EAAB-benchmark-token").phoneNumberId("106540352242922")
        .noRateLimit().addInterceptor(meta).build();
    policy = PolicyEngine.builder().build();
    estimator = CostEstimator.ofDefaults();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    whatsApp.close();
  }

  private Stream<CampaignRecipient> source() {
    return IntStream.range(0, recipients).mapToObj(i -> new CampaignRecipient(
        "+1" + (2_000_000_000L + i), java.util.List.of("Customer " + i), null));
  }

  private Stream<CampaignRecipient> markets() {
    return IntStream.range(0, recipients).mapToObj(i -> new CampaignRecipient(
        PREFIXES[i % PREFIXES.length] + String.format("%07d", i / PREFIXES.length), java.util.List.of("Customer " + i),
        null));
  }

  /** The preflight of a campaign in ten markets: policy refusals, messaging limit fit, cost per market. */
  @Benchmark
  public long preflight() {
    CampaignRunner runner = CampaignRunner.builder(whatsApp).policy(policy).costEstimator(estimator).build();
    Campaign c = Campaign.builder("preflight").template("spring_sale", "en_US")
        .recipients(RecipientSource.of(this::markets)).build();
    Preflight p = runner.preflight(c);
    if (p.recipients() != recipients) {
      throw new IllegalStateException("preflight read " + p.recipients() + " of " + recipients);
    }
    return p.sendable();
  }

  /** The preflight's baseline: each recipient's message built and evaluated by the policy engine, nothing else. */
  @Benchmark
  public long bareEvaluateLoop() {
    long allowed = 0;
    try (Stream<CampaignRecipient> s = markets()) {
      for (CampaignRecipient r : (Iterable<CampaignRecipient>) s::iterator) {
        TemplateMessage m = TemplateMessage.builder().to(r.phoneNumber()).name("spring_sale").language("en_US")
            .body(TemplateParameter.text(r.parameters().get(0))).bizOpaqueCallbackData("k").build();
        if (policy.evaluate(m).isAllowed()) {
          allowed++;
        }
      }
    }
    return allowed;
  }

  /** The bare loop: one template send per recipient, nothing recorded. */
  @Benchmark
  public long bareLoop() {
    long n = 0;
    try (Stream<CampaignRecipient> s = source()) {
      for (CampaignRecipient r : (Iterable<CampaignRecipient>) s::iterator) {
        TemplateMessage m = TemplateMessage.builder().to(r.phoneNumber()).name("spring_sale").language("en_US")
            .body(TemplateParameter.text(r.parameters().get(0))).bizOpaqueCallbackData("k" + n).build();
        Message sent = m;
        n += whatsApp.messages().send(sent).messageId().length();
      }
    }
    return n;
  }

  /** The campaign: preflight-free start, load, claim, attempt, send, result, acknowledgement, per recipient. */
  @Benchmark
  public long campaign() {
    CampaignRunner runner = CampaignRunner.builder(whatsApp).outbox(new InMemoryCampaignOutbox()).withoutPacing()
        .concurrency(Runtime.getRuntime().availableProcessors()).build();
    Campaign c = Campaign.builder("bench-" + (run++)).template("spring_sale", "en_US")
        .recipients(RecipientSource.of(this::source)).build();
    CampaignReport report = runner.start(c).await(Duration.ofHours(1));
    long accepted = report.progress().count(SendState.ACCEPTED);
    if (accepted != recipients) {
      throw new IllegalStateException("accepted " + accepted + " of " + recipients);
    }
    runner.close();
    return accepted;
  }
}
