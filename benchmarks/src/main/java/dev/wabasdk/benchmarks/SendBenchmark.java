package dev.wabasdk.benchmarks;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import dev.wabasdk.policy.InMemoryConversationStore;
import dev.wabasdk.policy.PolicyEngine;
import dev.wabasdk.policy.PolicyMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Send throughput: {@code messages().send(text)} through the full client (message validation, JSON, the policy
 * engine in ENFORCE with the in-memory store, no client-side rate limiter, retries on) against a loopback server,
 * versus the same request made with raw OkHttp and a hand-written JSON string (the limit). Both share one OkHttp
 * configuration and one server. The async variants keep {@value #IN_FLIGHT} requests in flight.
 *
 * <p>Recipients rotate over {@code users} users whose customer service window is open, so the pair rate (one
 * message per user every 6 seconds) never denies a send below {@code users / 6} sends per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SendBenchmark {
  static final int IN_FLIGHT = 64;
  static final String BODY = "Your order 4711 has shipped and arrives tomorrow between 9:00 and 12:00.";

  /** The {@code wa_id} of the benchmarks' user number {@code i} (German mobile numbers), a new string each call. */
  static String waId(int i) {
    return String.valueOf(4915110000000L + i);
  }
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  static final String TOKEN = "EAAB-benchmark-token";
  static final String PHONE_NUMBER_ID = "106540352242922";

  @Param("1000000")
  public int users;

  private LoopbackGraphServer server;
  private OkHttpClient http;
  private WhatsApp client;
  private String[] waIds;
  private String messagesUrl;
  private int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = LoopbackGraphServer.start();
    http = okHttp();
    waIds = waIds(users);
    client = enforcingClient(server.baseUrl(), http, waIds);
    messagesUrl = server.baseUrl() + WhatsApp.DEFAULT_API_VERSION + "/" + PHONE_NUMBER_ID + "/messages";
  }

  /** The {@code wa_id}s of users 0 to {@code users - 1}. */
  static String[] waIds(int users) {
    String[] waIds = new String[users];
    for (int i = 0; i < users; i++) {
      waIds[i] = waId(i);
    }
    return waIds;
  }

  /**
   * The client every send benchmark measures: the policy engine in ENFORCE with the in-memory store, which has seen
   * an inbound message from each of {@code waIds} (their customer service windows are open), retries on, no rate
   * limiter.
   */
  static WhatsApp enforcingClient(String baseUrl, OkHttpClient http, String[] waIds) {
    InMemoryConversationStore store = new InMemoryConversationStore(Duration.ofDays(7), Math.max(waIds.length, 1) * 2);
    PolicyEngine policy = PolicyEngine.builder().mode(PolicyMode.ENFORCE).store(store).build();
    Instant inbound = Instant.now();
    for (String waId : waIds) {
      policy.recordInbound(WhatsAppUser.ofWaId(waId), inbound);
    }
    return WhatsApp.builder()
        .accessToken(TOKEN)
        .phoneNumberId(PHONE_NUMBER_ID)
        .baseUrl(baseUrl)
        .okHttpClient(http)
        .addInterceptor(policy)
        .retry(RetrySettings.DEFAULT)
        .noRateLimit()
        .build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    client.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.close();
  }

  /** One OkHttp configuration for both sides: up to {@value #IN_FLIGHT} concurrent calls and pooled connections. */
  static OkHttpClient okHttp() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(IN_FLIGHT);
    dispatcher.setMaxRequestsPerHost(IN_FLIGHT);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(IN_FLIGHT, 5, TimeUnit.MINUTES))
        .build();
  }

  private String nextWaId() {
    int i = next;
    next = i + 1 == waIds.length ? 0 : i + 1;
    return waIds[i];
  }

  /** The JSON the SDK sends for a text message, written by hand. */
  static String rawJson(String waId) {
    return "{\"messaging_product\":\"whatsapp\",\"recipient_type\":\"individual\",\"to\":\"" + waId
        + "\",\"type\":\"text\",\"text\":{\"body\":\"" + BODY + "\"}}";
  }

  private Request rawRequest(String waId) {
    return new Request.Builder()
        .url(messagesUrl)
        .header("Authorization", "Bearer " + TOKEN)
        .post(RequestBody.create(rawJson(waId), JSON))
        .build();
  }

  @Benchmark
  public SendResult sdkSend() {
    return client.messages().send(Message.text(nextWaId(), BODY));
  }

  @Benchmark
  public String rawOkHttpSend() throws IOException {
    try (Response response = http.newCall(rawRequest(nextWaId())).execute()) {
      return response.body().string();
    }
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public Object sdkSendAsync64() {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      futures[i] = client.messages().sendAsync(Message.text(nextWaId(), BODY));
    }
    return CompletableFuture.allOf(futures).join();
  }

  @Benchmark
  @OperationsPerInvocation(IN_FLIGHT)
  public Object rawOkHttpSendAsync64() {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[IN_FLIGHT];
    for (int i = 0; i < IN_FLIGHT; i++) {
      CompletableFuture<String> future = new CompletableFuture<>();
      http.newCall(rawRequest(nextWaId())).enqueue(new Callback() {
        @Override
        public void onResponse(Call call, Response response) {
          try (ResponseBody body = response.body()) {
            future.complete(body.string());
          } catch (IOException e) {
            future.completeExceptionally(e);
          }
        }

        @Override
        public void onFailure(Call call, IOException e) {
          future.completeExceptionally(new UncheckedIOException(e));
        }
      });
      futures[i] = future;
    }
    return CompletableFuture.allOf(futures).join();
  }
}
