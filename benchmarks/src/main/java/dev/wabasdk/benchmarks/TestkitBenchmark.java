package dev.wabasdk.benchmarks;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.testkit.FakeWhatsApp;
import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The testkit's fake: how long {@link FakeWhatsApp#start()} plus {@code close()} takes (against a bare
 * {@link MockWebServer}, which the fake runs on), and text sends per second through the SDK client against the
 * fake (against the same client on the minimal loopback server). The fake keeps every request for assertions; it
 * is reset before each iteration so memory stays flat.
 */
@State(Scope.Benchmark)
public class TestkitBenchmark {
  private static final int USERS = 10_000;

  private FakeWhatsApp fake;
  private WhatsApp fakeClient;
  private LoopbackGraphServer loopback;
  private WhatsApp loopbackClient;
  private String[] waIds;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    fake = FakeWhatsApp.builder()
        .throughputMps(0)
        .pairRate(0, Duration.ofSeconds(6))
        .messagingLimit(MessagingLimitTier.TIER_UNLIMITED)
        .enforceCustomerServiceWindow(false)
        .autoDeliver(false)
        .start();
    fakeClient = fake.clientBuilder().noRateLimit().build();
    loopback = LoopbackGraphServer.start();
    loopbackClient = WhatsApp.builder()
        .accessToken(fake.accessToken())
        .phoneNumberId(fake.phoneNumberId())
        .baseUrl(loopback.baseUrl())
        .noRateLimit()
        .build();
    waIds = new String[USERS];
    for (int i = 0; i < USERS; i++) {
      waIds[i] = SendBenchmark.waId(i);
    }
  }

  @Setup(Level.Iteration)
  public void resetFake() {
    fake.reset();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    fakeClient.close();
    fake.close();
    loopbackClient.close();
    loopback.close();
  }

  private String nextWaId() {
    int i = next;
    next = i + 1 == USERS ? 0 : i + 1;
    return waIds[i];
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void fakeStartAndClose() {
    FakeWhatsApp.start().close();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public void mockWebServerStartAndClose() throws IOException {
    MockWebServer server = new MockWebServer();
    server.start(InetAddress.getLoopbackAddress(), 0);
    server.close();
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SendResult sdkSendToFake() {
    return fakeClient.messages().send(Message.text(nextWaId(), SendBenchmark.BODY));
  }

  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public SendResult sdkSendToLoopback() {
    return loopbackClient.messages().send(Message.text(nextWaId(), SendBenchmark.BODY));
  }
}
