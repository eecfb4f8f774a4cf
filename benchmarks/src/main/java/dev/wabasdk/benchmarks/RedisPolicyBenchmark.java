package dev.wabasdk.benchmarks;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.redis.RedisConversationStore;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Policy decisions per second against Redis on loopback, through {@link RedisConversationStore}: a free-form
 * reply inside the customer service window ({@code evaluate}, one script) and a business-initiated template that
 * claims its pair-rate slot and messaging-limit place ({@code admit}, the client's path in ENFORCE mode).
 *
 * <p>Uses the Redis at {@code -Dwaba.redis.uri=redis://host:port} when given; otherwise starts {@code redis-server}
 * on a free loopback port without persistence. Run with more client threads with {@code -t 4}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RedisPolicyBenchmark {
  /** Users with an open window for the replies, and as many template recipients. */
  @Param("100000")
  public int users;

  private Process server;
  private RedisConversationStore store;
  private PolicyEngine engine;
  private TextMessage[] replies;
  private TemplateMessage[] templates;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String uri = System.getProperty("waba.redis.uri");
    if (uri == null) {
      uri = startRedis();
    }
    store = RedisConversationStore.builder().uri(uri).keyPrefix("{bench}:").build();
    engine = PolicyEngine.builder().store(store).build();
    engine.recordTier(MessagingLimitTier.TIER_UNLIMITED);
    engine.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    replies = new TextMessage[users];
    templates = new TemplateMessage[users];
    Instant inbound = Instant.now().minusSeconds(60);
    for (int i = 0; i < users; i++) {
      String waId = SendBenchmark.waId(i);
      engine.recordInbound(WhatsAppUser.ofWaId(waId), inbound); // window open for the replies
      replies[i] = Message.text(waId, "Your order shipped");
      templates[i] = Message.template(String.valueOf(4917610000000L + i), "order_update", "en_US");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws InterruptedException {
    store.close();
    if (server != null) {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** A reply inside the customer service window: one round trip (the user's state). */
  @Benchmark
  public Decision evaluateReply() {
    return engine.evaluate(replies[ThreadLocalRandom.current().nextInt(users)]);
  }

  /**
   * A template outside the window, admitted as the client does before sending: reads plus the atomic pair-rate
   * and messaging-limit claims (a user is denied by the pair rate when drawn again within 6 seconds).
   */
  @Benchmark
  public Decision admitTemplate() {
    return engine.admit(templates[ThreadLocalRandom.current().nextInt(users)]);
  }

  /** Whether this benchmark can run here: a Redis URI was given or {@code redis-server} is on the PATH. */
  static boolean redisAvailable() {
    if (System.getProperty("waba.redis.uri") != null) {
      return true;
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "redis-server"))) {
        return true;
      }
    }
    return false;
  }

  private String startRedis() throws IOException, InterruptedException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    server = new ProcessBuilder(List.of("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
        "--save", "", "--appendonly", "no")).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    for (int i = 0; i < 500; i++) {
      try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return "redis://127.0.0.1:" + port;
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("redis-server did not start on port " + port);
  }
}
