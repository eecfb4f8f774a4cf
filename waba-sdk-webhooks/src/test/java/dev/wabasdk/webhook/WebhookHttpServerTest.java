package dev.wabasdk.webhook;

import static dev.wabasdk.webhook.Fixtures.APP_SECRET;
import static dev.wabasdk.webhook.Fixtures.VERIFY_TOKEN;
import static dev.wabasdk.webhook.Fixtures.bytes;
import static dev.wabasdk.webhook.Fixtures.sign;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plain-JDK adapter, over real loopback HTTP. */
class WebhookHttpServerTest {

  private final List<WebhookEvent> received = new CopyOnWriteArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();
  private WebhookHttpServer server;

  @BeforeEach
  void start() {
    WebhookProcessor processor =
        WebhookProcessor.builder()
            .appSecret(APP_SECRET)
            .verifyToken(VERIFY_TOKEN)
            .maxBodyBytes(64 * 1024)
            .listener(
                new WebhookListener() {
                  @Override
                  public void onEvent(WebhookEvent event) {
                    received.add(event);
                  }
                })
            .build();
    server =
        WebhookHttpServer.start(
            processor, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "/webhooks/whatsapp");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  @Test
  void getAnswersTheHandshake() throws Exception {
    HttpResponse<String> ok =
        client.send(
            HttpRequest.newBuilder(
                    uri("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token="
                        + VERIFY_TOKEN))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("1158201444");
    assertThat(ok.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");

    HttpResponse<String> forbidden =
        client.send(
            HttpRequest.newBuilder(
                    uri("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=nope"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(forbidden.statusCode()).isEqualTo(403);
  }

  @Test
  void postWithValidSignatureIsDispatched() throws Exception {
    byte[] body = bytes("multi-entry.json");
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/webhooks/whatsapp"))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(received).hasSize(6);
  }

  @Test
  void postWithBadSignatureIs401() throws Exception {
    byte[] body = bytes("text.json");
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/webhooks/whatsapp"))
                .header("X-Hub-Signature-256", sign("other".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(received).isEmpty();
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    byte[] body = new byte[64 * 1024 + 1];
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(uri("/webhooks/whatsapp"))
                .header("X-Hub-Signature-256", sign(body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void oversizedChunkedBodyIs413WithoutContentLength() throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
      OutputStream out = socket.getOutputStream();
      StringBuilder request =
          new StringBuilder(
              "POST /webhooks/whatsapp HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n"
                  + "Connection: close\r\n\r\n");
      String chunk = "x".repeat(8192);
      for (int i = 0; i < 9; i++) {
        request.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
      }
      request.append("0\r\n\r\n");
      out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 413");
    }
  }

  @Test
  void otherMethodsAre405AndOtherPathsAre404() throws Exception {
    HttpResponse<String> put =
        client.send(
            HttpRequest.newBuilder(uri("/webhooks/whatsapp")).PUT(HttpRequest.BodyPublishers.noBody()).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("GET, POST");

    HttpResponse<String> other =
        client.send(
            HttpRequest.newBuilder(uri("/webhooks/whatsapp/extra")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(other.statusCode()).isEqualTo(404);
  }
}
