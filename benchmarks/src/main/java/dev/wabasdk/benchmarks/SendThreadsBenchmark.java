package dev.wabasdk.benchmarks;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.MediaType;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;

/**
 * Blocking sends from {@value #THREADS} threads through ONE client (the SDK, as {@link SendBenchmark} sets it up)
 * versus raw OkHttp with a hand-written JSON string through one {@code OkHttpClient}, on the same loopback server.
 * Next to throughput it reports the CPU time the sending threads spent per send ({@code cpuNanos}, read from
 * {@link ThreadMXBean} around each call and normalised like the throughput, so {@code cpuNanos / score} is
 * nanoseconds per send): a blocking OkHttp call does all its client work on the calling thread, so this is the
 * library's CPU cost, which a loopback round trip hides from throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(SendThreadsBenchmark.THREADS)
public class SendThreadsBenchmark {
  static final int THREADS = 16;
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final ThreadMXBean THREAD_CPU = ManagementFactory.getThreadMXBean();

  @Param("200000")
  public int users;

  private LoopbackGraphServer server;
  private OkHttpClient http;
  private WhatsApp client;
  private String[] waIds;
  private String messagesUrl;
  private final AtomicInteger threadIndex = new AtomicInteger();

  /** Each thread's position in the recipients and its CPU counter. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class PerThread {
    /** CPU nanoseconds of this thread inside the calls, normalised per second like the score. */
    public long cpuNanos;
    int next;
    int step;

    @Setup(Level.Trial)
    public void setUp(SendThreadsBenchmark benchmark) {
      int index = benchmark.threadIndex.getAndIncrement();
      step = THREADS;
      next = index % benchmark.waIds.length;
    }

    @Setup(Level.Iteration)
    public void reset() {
      cpuNanos = 0;
    }

    String nextWaId(String[] waIds) {
      int i = next;
      next = (i + step) % waIds.length;
      return waIds[i];
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackGraphServer.start();
    http = SendBenchmark.okHttp();
    waIds = SendBenchmark.waIds(users);
    client = SendBenchmark.enforcingClient(server.baseUrl(), http, waIds);
    messagesUrl = server.baseUrl() + WhatsApp.DEFAULT_API_VERSION + "/" + SendBenchmark.PHONE_NUMBER_ID + "/messages";
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public SendResult sdkSend(PerThread thread) {
    long start = THREAD_CPU.getCurrentThreadCpuTime();
    SendResult result = client.messages().send(Message.text(thread.nextWaId(waIds), SendBenchmark.BODY));
    thread.cpuNanos += THREAD_CPU.getCurrentThreadCpuTime() - start;
    return result;
  }

  @Benchmark
  public String rawOkHttpSend(PerThread thread) throws IOException {
    long start = THREAD_CPU.getCurrentThreadCpuTime();
    Request request = new Request.Builder()
        .url(messagesUrl)
        .header("Authorization", "Bearer " + SendBenchmark.TOKEN)
        .post(RequestBody.create(SendBenchmark.rawJson(thread.nextWaId(waIds)), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      thread.cpuNanos += THREAD_CPU.getCurrentThreadCpuTime() - start;
      return body;
    }
  }
}
