package dev.wabasdk.benchmarks;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.message.Message;
import dev.wabasdk.message.SendResult;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
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
 * The same sends as {@link SendBenchmark}'s blocking ones, SDK and raw, with no network: the OkHttp client ends in an
 * interceptor that reads the request body and answers Meta's send JSON from memory. What is left is CPU on the
 * calling thread, the library's own cost per send, which a loopback round trip (25 to 45 µs of kernel and scheduler
 * on 2 cores) hides in the other send rows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InMemorySendBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String BASE_URL = "http://127.0.0.1:9/";

  @Param("200000")
  public int users;

  private OkHttpClient http;
  private WhatsApp client;
  private String[] waIds;
  private String messagesUrl;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    http = SendBenchmark.okHttp().newBuilder().addInterceptor(InMemorySendBenchmark::answer).build();
    waIds = SendBenchmark.waIds(users);
    client = SendBenchmark.enforcingClient(BASE_URL, http, waIds);
    messagesUrl = BASE_URL + WhatsApp.DEFAULT_API_VERSION + "/" + SendBenchmark.PHONE_NUMBER_ID + "/messages";
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    client.close();
    http.dispatcher().executorService().shutdown();
  }

  /**
   * Reads the request body as a server would, and answers with Meta's send JSON for its recipient (the policy engine
   * counts each send against the {@code wa_id} answered, so it must be the recipient's).
   */
  static Response answer(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    Buffer body = new Buffer();
    request.body().writeTo(body);
    String to = LoopbackGraphServer.recipient(body.readByteArray());
    return new Response.Builder()
        .request(request)
        .protocol(Protocol.HTTP_1_1)
        .code(200)
        .message("OK")
        .body(ResponseBody.create(LoopbackGraphServer.sendResponse(to), JSON))
        .build();
  }

  private String nextWaId() {
    int i = next;
    next = i + 1 == waIds.length ? 0 : i + 1;
    return waIds[i];
  }

  @Benchmark
  public SendResult sdkSend() {
    return client.messages().send(Message.text(nextWaId(), SendBenchmark.BODY));
  }

  @Benchmark
  public String rawOkHttpSend() throws IOException {
    Request request = new Request.Builder()
        .url(messagesUrl)
        .header("Authorization", "Bearer " + SendBenchmark.TOKEN)
        .post(RequestBody.create(SendBenchmark.rawJson(nextWaId()), JSON))
        .build();
    try (Response response = http.newCall(request).execute()) {
      return response.body().string();
    }
  }
}
