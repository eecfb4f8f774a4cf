package dev.wabasdk.benchmarks;

import dev.wabasdk.SendInterceptor;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.campaign.Campaign;
import dev.wabasdk.campaign.CampaignRecipient;
import dev.wabasdk.campaign.CampaignReport;
import dev.wabasdk.campaign.CampaignRunner;
import dev.wabasdk.campaign.InMemoryCampaignOutbox;
import dev.wabasdk.campaign.RecipientSource;
import dev.wabasdk.campaign.SendState;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CampaignBenchmark {
  @Param("1000000")
  public int recipients;

  private WhatsApp whatsApp;
  private final AtomicLong ids = new AtomicLong();
  private int run;

  @Setup(Level.Trial)
  public void setUp() {
    // Answers at the end of the chain, as Meta would, without a network: what remains is the SDK's own work.
    SendInterceptor meta = chain -> new SendResult("wamid.B" + ids.incrementAndGet(), null,
        chain.message().recipient().value(), null, null);
    whatsApp = WhatsApp.builder().accessToken("EAAB-benchmark-token").phoneNumberId("106540352242922")
        .noRateLimit().addInterceptor(meta).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    whatsApp.close();
  }

  private Stream<CampaignRecipient> source() {
    return IntStream.range(0, recipients).mapToObj(i -> new CampaignRecipient(
        "+1" + (2_000_000_000L + i), java.util.List.of("Customer " + i), null));
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
