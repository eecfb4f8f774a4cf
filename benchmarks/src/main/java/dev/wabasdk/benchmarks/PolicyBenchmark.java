package dev.wabasdk.benchmarks;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.TextMessage;
import dev.wabasdk.policy.Decision;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Policy decisions per second on one thread with {@code users} tracked users in the in-memory store: the default
 * rules evaluate a free-form reply to a user drawn at random (whose customer service window is open). The baseline
 * is the same check written by hand for the same message: one {@link ConcurrentHashMap} lookup of its recipient's
 * last inbound time, in a map keyed by the {@code wa_id} strings an inbound webhook made (other instances than the
 * message's, as in an app), and the window check. {@link #baselineStringLookup} is the first baseline, kept for
 * comparison: it looks up the very string instance the map holds, read from an array, and never touches a message.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PolicyBenchmark {
  @Param("1000000")
  public int users;

  private PolicyEngine engine;
  private TextMessage[] replies;
  private ConcurrentHashMap<String, Long> lastInbound;
  private ConcurrentHashMap<String, Long> lastInboundByWebhookId;
  private String[] waIds;
  private long state = 0x9E3779B97F4A7C15L;

  @Setup(Level.Trial)
  public void setUp() {
    engine = PolicyEngine.builder().store(new InMemoryConversationStore(Duration.ofDays(7), users * 2)).build();
    replies = new TextMessage[users];
    waIds = new String[users];
    lastInbound = new ConcurrentHashMap<>(users * 2);
    lastInboundByWebhookId = new ConcurrentHashMap<>(users * 2);
    Instant inbound = Instant.now();
    for (int i = 0; i < users; i++) {
      waIds[i] = SendBenchmark.waId(i);
      engine.recordInbound(WhatsAppUser.ofWaId(waIds[i]), inbound);
      lastInbound.put(waIds[i], inbound.getEpochSecond());
      // The key as a webhook's parser makes it: its own string, equal to the message's recipient but not the same.
      lastInboundByWebhookId.put(SendBenchmark.waId(i), inbound.getEpochSecond());
      replies[i] = Message.text(waIds[i], "Your order shipped");
    }
  }

  /** A cheap random index (xorshift), so the draw costs next to nothing next to a decision. */
  private int nextIndex() {
    long x = state;
    x ^= x << 13;
    x ^= x >>> 7;
    x ^= x << 17;
    state = x;
    return (int) ((x >>> 1) % users);
  }

  @Benchmark
  public Decision sdkEvaluate() {
    return engine.evaluate(replies[nextIndex()]);
  }

  @Benchmark
  public boolean baselineWindowLookup() {
    Long at = lastInboundByWebhookId.get(replies[nextIndex()].recipient().value());
    return at != null && System.currentTimeMillis() / 1000 < at + 24 * 3600;
  }

  @Benchmark
  public boolean baselineStringLookup() {
    Long at = lastInbound.get(waIds[nextIndex()]);
    return at != null && System.currentTimeMillis() / 1000 < at + 24 * 3600;
  }
}
