package dev.wabasdk.webhook.flow;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.wabasdk.internal.Json;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The "The Flow endpoint" section of waba-sdk-webhooks/README.md, compiled and run; keep both in step. */
class FlowEndpointReadmeExampleTest {

  @Test
  void theReadmeEndpointServesAnEncryptedBookingOverHttp() throws Exception {
    String appSecret = FlowEndpointProcessorTest.APP_SECRET;
    FlowEndpointProcessorTest.keys();
    String privateKeyPem = FlowEndpointProcessorTest.opensslEncrypted;
    char[] keyPassword = FlowEndpointProcessorTest.PASSWORD.toCharArray();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);

    // --- README ---
    FlowEndpointProcessor endpoint = FlowEndpointProcessor.builder()
        .appSecret(appSecret)
        .privateKeyPem(privateKeyPem, keyPassword)     // or privateKeyPem(pem) for an unencrypted key
        .handler(request -> {
          if (request.action() == FlowAction.INIT) {
            return FlowResponse.screen("APPOINTMENT", Map.of("department", List.of(
                Map.of("id", "beauty", "title", "Beauty & Personal Care"))));
          }
          if ("APPOINTMENT".equals(request.screen())) {
            return FlowResponse.screen("SUMMARY", Map.of("department", request.string("department")));
          }
          return FlowResponse.close(request.flowToken(), Map.of("booking_id", "B-17"));
        })
        .build();

    server.createContext("/flows/booking", exchange -> {
      FlowEndpointResponse r = endpoint.handle(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
      byte[] body = r.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", r.contentType());
      exchange.sendResponseHeaders(r.statusCode(), body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    // --- end ---

    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains("""
        FlowEndpointProcessor endpoint = FlowEndpointProcessor.builder()
            .appSecret(appSecret)
            .privateKeyPem(privateKeyPem, keyPassword)     // or privateKeyPem(pem) for an unencrypted key
        """);
    assertThat(readme).contains("""
          FlowEndpointResponse r = endpoint.handle(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes());
        """);

    server.start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      URI uri = URI.create("http://localhost:" + server.getAddress().getPort() + "/flows/booking");
      Object first = post(client, uri, "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"tok\"}");
      Object second = post(client, uri, "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"APPOINTMENT\","
          + "\"data\":{\"department\":\"beauty\"},\"flow_token\":\"tok\"}");
      Object last = post(client, uri, "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"SUMMARY\","
          + "\"data\":{},\"flow_token\":\"tok\"}");

      assertThat(first).isEqualTo(Json.parse("""
          {"screen": "APPOINTMENT", "data": {"department": [{"id": "beauty", "title": "Beauty & Personal Care"}]}}"""));
      assertThat(second).isEqualTo(Json.parse("{\"screen\": \"SUMMARY\", \"data\": {\"department\": \"beauty\"}}"));
      assertThat(last).isEqualTo(Json.parse("""
          {"screen": "SUCCESS", "data": {"extension_message_response":
            {"params": {"flow_token": "tok", "booking_id": "B-17"}}}}"""));
    } finally {
      server.stop(0);
    }
  }

  private static Object post(HttpClient client, URI uri, String json) throws Exception {
    FlowEndpointProcessorTest.Sent sent = FlowEndpointProcessorTest.opensslRequest(json);
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofByteArray(sent.body()));
    sent.headers().forEach((name, values) -> request.header(name, values.get(0)));
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return FlowEndpointProcessorTest.answer(sent,
        new FlowEndpointResponse(response.statusCode(), response.body(), "text/plain"));
  }
}
