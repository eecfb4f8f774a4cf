package dev.wabasdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.internal.Json;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer per test standing in for graph.facebook.com, with a client pointed at it and helpers to assert
 * the exact request the client wrote. Register with {@code @RegisterExtension}.
 */
public final class GraphServerExtension implements BeforeEachCallback, AfterEachCallback {
  public static final String TOKEN = "EAAG-test-token-5f1c2b";
  public static final String PHONE_NUMBER_ID = "106540352242922";
  public static final String WABA_ID = "102290129340398";

  private MockWebServer server;
  private WhatsApp client;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.start(0);
    client = builder().build();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    client.close();
    server.close();
  }

  /** A builder pointed at the server with test ids, no rate limit and fast retries. */
  public WhatsApp.Builder builder() {
    return WhatsApp.builder()
        .accessToken(TOKEN)
        .phoneNumberId(PHONE_NUMBER_ID)
        .businessAccountId(WABA_ID)
        .baseUrl(server.url("/").toString())
        .noRateLimit()
        .retry(RetrySettings.DEFAULT.withBackoff(java.time.Duration.ofMillis(5), java.time.Duration.ofMillis(20)));
  }

  public MockWebServer server() {
    return server;
  }

  public WhatsApp client() {
    return client;
  }

  /** Queues a JSON answer. */
  public void enqueue(int code, String json) {
    server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(json).build());
  }

  /** Queues Meta's usual answer to a send. */
  public void enqueueSent(String waId, String wamid) {
    enqueue(200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"+" + waId + "\",\"wa_id\":\"" + waId
        + "\"}],\"messages\":[{\"id\":\"" + wamid + "\"}]}");
  }

  /** Queues a Graph error answer. */
  public void enqueueError(int httpStatus, int code, String message) {
    enqueue(httpStatus, "{\"error\":{\"message\":\"(#" + code + ") " + message + "\",\"type\":\"OAuthException\",\"code\":"
        + code + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + message
        + "\"},\"fbtrace_id\":\"AbCdEf123\"}}");
  }

  /** The next request the server received (fails after 5 s). */
  public RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request reached the server").isNotNull();
    return request;
  }

  /**
   * Asserts that the request is a POST of exactly this JSON (compact, in this key order) to
   * {@code /v26.0/{phone-number-id}/messages} with the SDK's headers.
   */
  public void assertSent(RecordedRequest request, String expectedJson) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/messages");
    assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(request.getBody().utf8()).isEqualTo(compact(expectedJson));
  }

  /** Asserts the SDK's authentication and User-Agent headers. */
  public static void assertHeaders(RecordedRequest request) {
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    assertThat(request.getHeaders().get("User-Agent")).matches("waba-sdk-java/\\S+");
  }

  /** The JSON text without insignificant whitespace, keys in the written order. */
  public static String compact(String json) {
    return Json.write(Json.read(json));
  }
}
