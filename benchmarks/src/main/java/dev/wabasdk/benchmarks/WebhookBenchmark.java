package dev.wabasdk.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.wabasdk.webhook.InMemoryDeduplicationStore;
import dev.wabasdk.webhook.WebhookEvent;
import dev.wabasdk.webhook.WebhookListener;
import dev.wabasdk.webhook.WebhookProcessor;
import dev.wabasdk.webhook.WebhookResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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

/**
 * Webhook processing on one thread: {@link WebhookProcessor#handle} (signature check, parse, de-duplication,
 * dispatch to a listener that only counts) on a realistic 1 KB inbound text payload and on a status payload
 * with pricing, versus the HMAC alone, a Moshi parse into maps alone, and both together (the signature checked
 * against its header, then the parse: the limit); and the SDK's parse alone versus Jackson data-binding into plain
 * classes (the incumbent Java library's approach).
 *
 * <p>Each payload in the pool has its own message id and signature; the de-duplication store holds fewer keys
 * than the pool, so every payload handled is new to it (the store evicts as it does in steady state) and each
 * call pays for the full dispatch.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WebhookBenchmark {
  static final String APP_SECRET = "4f1c2a6be2f84d3f9c1a7e0d5b3c8a21";
  private static final int POOL = 8192;
  private static final HexFormat HEX = HexFormat.of();
  private static final String SIGNATURE_PREFIX = "sha256=";

  @Param({"text", "status"})
  public String payload;

  private WebhookProcessor processor;
  private byte[][] bodies;
  private List<Map<String, List<String>>> headers;
  private Mac mac;
  private JsonAdapter<Object> moshi;
  private int next;
  private long dispatched;

  @Setup(Level.Trial)
  public void setUp() throws GeneralSecurityException {
    processor = WebhookProcessor.builder()
        .appSecret(APP_SECRET)
        .verifyToken("benchmark-verify-token")
        .deduplicationStore(new InMemoryDeduplicationStore(POOL / 2, Clock.systemUTC()))
        .listener(new WebhookListener() {
          @Override
          public void onEvent(WebhookEvent event) {
            dispatched++; // next to free; lets the test check that nothing was dropped as a duplicate
          }
        })
        .build();
    bodies = new byte[POOL][];
    headers = new ArrayList<>(POOL);
    for (int i = 0; i < POOL; i++) {
      bodies[i] = (payload.equals("text") ? textPayload(i) : statusPayload(i)).getBytes(StandardCharsets.UTF_8);
      headers.add(Map.of(WebhookProcessor.SIGNATURE_HEADER,
          List.of(WebhookProcessor.signatureFor(APP_SECRET, bodies[i])), "Content-Type", List.of("application/json")));
    }
    mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(APP_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    moshi = new Moshi.Builder().build().adapter(Object.class);
  }

  /** An inbound text message as Meta sends it (compact JSON), about 1 KB, with message id number {@code n}. */
  static String textPayload(int n) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
        + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"106540352242922\"},\"contacts\":[{\"profile\":{\"name\":\"Sheena Nelson\"},"
        + "\"wa_id\":\"16505551234\"}],\"messages\":[{\"from\":\"16505551234\","
        + "\"id\":\"wamid.HBgLMTY1MDM4Nzk0MzkVAgASGBQz" + String.format("%010d", n) + "RTg1NzFDMTAA\","
        + "\"timestamp\":\"1749416383\",\"type\":\"text\",\"text\":{\"body\":"
        + "\"Hi! I ordered the blue rain jacket last week (order 4711) and the tracking page still says the parcel is "
        + "waiting at the depot. Could you check whether it has left yet and when it should arrive? I am travelling on "
        + "Friday and would really like to take it with me. Also, does the jacket come in another color, maybe green "
        + "or dark grey, in size M? If it does, I would happily swap it when it arrives, or keep this one and order "
        + "a second one for my partner. Thanks a lot for your help, and sorry for the long message!\"}}]},"
        + "\"field\":\"messages\"}]}]}";
  }

  /** A delivered status with pricing and conversation (per-message pricing), with status id number {@code n}. */
  static String statusPayload(int n) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"102290129340398\",\"changes\":[{\"value\":{"
        + "\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550783881\","
        + "\"phone_number_id\":\"106540352242922\"},\"statuses\":[{\"id\":\"wamid.HBgNNTUxNjk5MjMxODIyMhUCABEYEjgx"
        + String.format("%010d", n) + "MTk4NzEA\",\"status\":\"delivered\",\"timestamp\":\"1750857390\","
        + "\"recipient_id\":\"16505551234\",\"biz_opaque_callback_data\":\"order-4711\",\"conversation\":{"
        + "\"id\":\"a75d17ad06104c51166f948319b03c6a\",\"origin\":{\"type\":\"utility\"}},\"pricing\":{"
        + "\"billable\":true,\"pricing_model\":\"PMP\",\"type\":\"regular\",\"category\":\"utility\"}}]},"
        + "\"field\":\"messages\"}]}]}";
  }

  /** Events that reached the listener. */
  long dispatched() {
    return dispatched;
  }

  private int nextIndex() {
    int i = next;
    next = i + 1 == POOL ? 0 : i + 1;
    return i;
  }

  @Benchmark
  public WebhookResponse sdkHandle() {
    int i = nextIndex();
    WebhookResponse response = processor.handle(headers.get(i), bodies[i]);
    if (response.statusCode() != 200) {
      throw new IllegalStateException("webhook answered " + response);
    }
    return response;
  }

  @Benchmark
  public byte[] hmacOnly() {
    return mac.doFinal(bodies[nextIndex()]);
  }

  @Benchmark
  public Object moshiParseOnly() throws IOException {
    return moshi.fromJson(new Buffer().write(bodies[nextIndex()]));
  }

  /** The SDK's parse alone: bytes to typed events. */
  @Benchmark
  public List<WebhookEvent> sdkParseOnly() {
    return WebhookProcessor.parse(bodies[nextIndex()]);
  }

  /** The incumbent's approach: Jackson data-binding into plain classes. */
  @Benchmark
  public Object jacksonParseOnly() throws IOException {
    return JacksonWebhook.read(bodies[nextIndex()]);
  }

  /**
   * What the incumbent's user does per webhook: checks the signature (the HMAC, compared with the header's) and
   * binds the body with Jackson.
   */
  @Benchmark
  public Object hmacAndJacksonParse() throws IOException {
    int i = nextIndex();
    byte[] body = bodies[i];
    verify(headers.get(i), body);
    return JacksonWebhook.read(body);
  }

  @Benchmark
  public Object hmacAndMoshiParse() throws IOException {
    int i = nextIndex();
    byte[] body = bodies[i];
    verify(headers.get(i), body);
    return moshi.fromJson(new Buffer().write(body));
  }

  /**
   * The signature check as a careful user writes it by hand: the header's hex digest after {@code sha256=}, compared
   * in constant time with the body's HMAC. Computing the HMAC without comparing it would check nothing.
   */
  private void verify(Map<String, List<String>> headers, byte[] body) {
    String signature = headers.get(WebhookProcessor.SIGNATURE_HEADER).get(0);
    if (!signature.startsWith(SIGNATURE_PREFIX) || !MessageDigest.isEqual(
        HEX.parseHex(signature, SIGNATURE_PREFIX.length(), signature.length()), mac.doFinal(body))) {
      throw new IllegalStateException("bad signature");
    }
  }
}
