package dev.wabasdk.upload;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static dev.wabasdk.GraphServerExtension.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.AccessTokenProvider;
import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.RetrySettings;
import dev.wabasdk.Tenant;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.error.WabaUploadException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.ByteString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ResumableUploadApiTest {
  static final String APP_ID = "584544743160774";
  // The shape of Meta's session ids, with the ?sig= part the SDK must keep as a query.
  static final String SESSION = "upload:MTphdHRhY2htZW50Ojlk2mJiZxUwLWV6MDUtNDIwMy05yTA3LWQ4ZDPmZGFkNTM0NT8=?sig=ARZqkGCA_uQMxC8nHKI";
  static final String SESSION_PATH = "/v26.0/upload:MTphdHRhY2htZW50Ojlk2mJiZxUwLWV6MDUtNDIwMy05yTA3LWQ4ZDPmZGFkNTM0NT8=";
  static final String HANDLE = "2:c2FtcGxlLm1wNA==:image/jpeg:GKAj0gAUCZmJ1voFADip2iIAAAAAbugbAAAA:e:1472075513:ARZ_3ybzrQqEaluMUdI";

  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();
  @TempDir Path dir;

  private WhatsApp client() {
    return graph.builder().appId(APP_ID).build();
  }

  /**
   * The server reads half of the upload's body, then drops the connection. MockWebServer answers nothing to a request
   * that broke and keeps this response queued, so the next request (the offset query, which has no body to break)
   * gets {@code offsetAnswer}.
   */
  private static MockResponse breaksTheUploadThenAnswers(String offsetAnswer) {
    return new MockResponse.Builder().onRequestBody(SocketEffect.ShutdownConnection.INSTANCE)
        .setHeader("Content-Type", "application/json").body(offsetAnswer).build();
  }

  private byte[] bytes(int size) {
    byte[] b = new byte[size];
    new Random(42).nextBytes(b);
    return b;
  }

  @Test
  void opensASessionThenSendsTheFileWithItsOffsetAndTheOAuthHeader() throws Exception {
    byte[] content = bytes(10_000);
    Path file = Files.write(dir.resolve("header.png"), content);
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");

    try (WhatsApp whatsApp = client()) {
      assertThat(whatsApp.uploads().upload(file)).isEqualTo(HANDLE);
    }

    RecordedRequest open = graph.take();
    assertThat(open.getMethod()).isEqualTo("POST");
    assertThat(open.getUrl().encodedPath()).isEqualTo("/v26.0/" + APP_ID + "/uploads");
    assertThat(open.getUrl().encodedQuery()).isEqualTo("file_name=header.png&file_length=10000&file_type=image%2Fpng");
    assertThat(open.getBodySize()).isZero();
    GraphServerExtension.assertHeaders(open);

    RecordedRequest transfer = graph.take();
    assertThat(transfer.getMethod()).isEqualTo("POST");
    assertThat(transfer.getUrl().encodedPath()).isEqualTo(SESSION_PATH);
    assertThat(transfer.getUrl().encodedQuery()).isEqualTo("sig=ARZqkGCA_uQMxC8nHKI");
    assertThat(transfer.getHeaders().get("Authorization")).isEqualTo("OAuth " + TOKEN);
    assertThat(transfer.getHeaders().get("file_offset")).isEqualTo("0");
    assertThat(transfer.getHeaders().get("Content-Length")).isEqualTo("10000");
    assertThat(transfer.getBody()).isEqualTo(ByteString.of(content));
  }

  @Test
  void aTransferBrokenMidWayResumesAtTheOffsetMetaReports() throws Exception {
    byte[] content = bytes(600_000);
    Path file = Files.write(dir.resolve("video.mp4"), content);
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    graph.server().enqueue(breaksTheUploadThenAnswers("{\"id\":\"" + SESSION + "\",\"file_offset\":262144}"));
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");

    try (WhatsApp whatsApp = client()) {
      assertThat(whatsApp.uploads().upload(file, "video/mp4")).isEqualTo(HANDLE);
    }

    assertThat(graph.take().getUrl().encodedQuery()).endsWith("file_type=video%2Fmp4");
    RecordedRequest broken = graph.take();
    assertThat(broken.getHeaders().get("file_offset")).isEqualTo("0");
    assertThat(broken.getBodySize()).isLessThan(content.length);
    RecordedRequest query = graph.take();
    assertThat(query.getMethod()).isEqualTo("GET");
    assertThat(query.getUrl().encodedPath()).isEqualTo(SESSION_PATH);
    assertThat(query.getUrl().encodedQuery()).isEqualTo("sig=ARZqkGCA_uQMxC8nHKI");
    assertThat(query.getHeaders().get("Authorization")).isEqualTo("OAuth " + TOKEN);
    RecordedRequest rest = graph.take();
    assertThat(rest.getHeaders().get("file_offset")).isEqualTo("262144");
    // Only the bytes Meta lacks go on the wire again.
    assertThat(rest.getBodySize()).isEqualTo(600_000 - 262_144);
    assertThat(rest.getBody()).isEqualTo(ByteString.of(Arrays.copyOfRange(content, 262_144, content.length)));
    assertThat(graph.server().getRequestCount()).isEqualTo(4);
  }

  @Test
  void aStreamUploadResumesFromTheBytesItKept() throws Exception {
    byte[] content = bytes(300_000);
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    graph.server().enqueue(breaksTheUploadThenAnswers("{\"id\":\"" + SESSION + "\",\"file_offset\":100000}"));
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");

    try (WhatsApp whatsApp = client()) {
      assertThat(whatsApp.uploads().uploadAsync(new ByteArrayInputStream(content), content.length, "terms.pdf",
          "application/pdf").get(10, TimeUnit.SECONDS)).isEqualTo(HANDLE);
    }

    assertThat(graph.take().getUrl().encodedQuery())
        .isEqualTo("file_name=terms.pdf&file_length=300000&file_type=application%2Fpdf");
    graph.take();
    graph.take();
    RecordedRequest rest = graph.take();
    assertThat(rest.getHeaders().get("file_offset")).isEqualTo("100000");
    assertThat(rest.getBody()).isEqualTo(ByteString.of(Arrays.copyOfRange(content, 100_000, content.length)));
  }

  @Test
  void anOffsetMetaRefusesIsCorrectedFromTheSessionsOffset() throws Exception {
    byte[] content = bytes(5_000);
    Path file = Files.write(dir.resolve("doc.pdf"), content);
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":4000}");
    graph.enqueueError(400, 100, "Invalid parameter");
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":4500}");
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");

    try (WhatsApp whatsApp = client()) {
      assertThat(whatsApp.uploads().resume(SESSION, file)).isEqualTo(HANDLE);
    }

    assertThat(graph.take().getMethod()).isEqualTo("GET");
    assertThat(graph.take().getHeaders().get("file_offset")).isEqualTo("4000");
    graph.take();
    RecordedRequest rest = graph.take();
    assertThat(rest.getHeaders().get("file_offset")).isEqualTo("4500");
    assertThat(rest.getBody()).isEqualTo(ByteString.of(Arrays.copyOfRange(content, 4500, 5000)));
  }

  @Test
  void givesUpAfterTheRetryAttemptsAndALaterProcessResumesTheSession() throws Exception {
    byte[] content = bytes(2_000);
    Path file = Files.write(dir.resolve("photo.jpg"), content);
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    for (int i = 0; i < 2; i++) {
      graph.enqueueError(503, 2, "Service temporarily unavailable");
      graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":0}");
    }
    graph.enqueueError(503, 2, "Service temporarily unavailable");

    try (WhatsApp whatsApp = client()) {
      assertThatThrownBy(() -> whatsApp.uploads().upload(file))
          .isInstanceOfSatisfying(WabaUploadException.class, e -> {
            assertThat(e.sessionId()).isEqualTo(SESSION);
            assertThat(e.fileOffset()).isZero();
            assertThat(e.getCause()).isInstanceOf(WabaApiException.class);
            assertThat(e.getMessage()).contains(SESSION).contains("3 transfers").doesNotContain(TOKEN);
          });
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(6);

    // Another process: a new client, only the session id and the file.
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":1024}");
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");
    try (WhatsApp later = client()) {
      assertThat(later.uploads().resume(SESSION, file)).isEqualTo(HANDLE);
    }
    for (int i = 0; i < 6; i++) {
      graph.take();
    }
    assertThat(graph.take().getMethod()).isEqualTo("GET");
    RecordedRequest rest = graph.take();
    assertThat(rest.getHeaders().get("file_offset")).isEqualTo("1024");
    assertThat(rest.getBody()).isEqualTo(ByteString.of(Arrays.copyOfRange(content, 1024, 2000)));
  }

  @Test
  void aStreamResumedInALaterProcessSkipsTheBytesMetaHas() throws Exception {
    byte[] content = bytes(70_000);
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":65537}");
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");

    try (WhatsApp whatsApp = client()) {
      assertThat(whatsApp.uploads().resume(SESSION, new ByteArrayInputStream(content), content.length))
          .isEqualTo(HANDLE);
    }

    graph.take();
    RecordedRequest rest = graph.take();
    assertThat(rest.getHeaders().get("file_offset")).isEqualTo("65537");
    assertThat(rest.getBody()).isEqualTo(ByteString.of(Arrays.copyOfRange(content, 65_537, 70_000)));
  }

  @Test
  void aRefusalThatIsNotAboutTheTransferIsNotRepeated() throws Exception {
    Path file = Files.write(dir.resolve("photo.jpg"), bytes(100));
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    graph.enqueueError(400, 100, "Invalid parameter");
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":0}");

    try (WhatsApp whatsApp = graph.builder().appId(APP_ID)
        .retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(1), Duration.ofMillis(2))).build()) {
      assertThatThrownBy(() -> whatsApp.uploads().upload(file))
          .isInstanceOfSatisfying(WabaUploadException.class, e -> assertThat(e.sessionId()).isEqualTo(SESSION))
          .hasMessageContaining("after 1 transfer ");
    }
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void aTokenRefusedMidUploadIsRenewedByTheOffsetQueryAndTheTransferGoesOn() throws Exception {
    byte[] content = bytes(3_000);
    Path file = Files.write(dir.resolve("doc.pdf"), content);
    AtomicReference<String> token = new AtomicReference<>("EAAG-old-token");
    AccessTokenProvider rotating = new AccessTokenProvider() {
      @Override
      public String accessToken(Tenant tenant) {
        return token.get();
      }

      @Override
      public void invalidate(Tenant tenant, String rejectedToken) {
        token.set("EAAG-new-token");
      }
    };
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    graph.enqueueError(401, 190, "Error validating access token: Session has expired");
    graph.enqueueError(401, 190, "Error validating access token: Session has expired");
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\",\"file_offset\":0}");
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");

    try (WhatsApp whatsApp = graph.builder().accessTokenProvider(rotating).appId(APP_ID).build()) {
      assertThat(whatsApp.uploads().upload(file)).isEqualTo(HANDLE);
    }

    assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("Bearer EAAG-old-token");
    assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("OAuth EAAG-old-token");
    assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("OAuth EAAG-old-token");
    assertThat(graph.take().getHeaders().get("Authorization")).isEqualTo("OAuth EAAG-new-token");
    RecordedRequest again = graph.take();
    assertThat(again.getHeaders().get("Authorization")).isEqualTo("OAuth EAAG-new-token");
    assertThat(again.getBody()).isEqualTo(ByteString.of(content));
  }

  @Test
  void badInputFailsBeforeAnyRequest() throws Exception {
    Path gif = Files.write(dir.resolve("anim.gif"), bytes(10));
    Path empty = Files.write(dir.resolve("empty.png"), new byte[0]);
    try (WhatsApp whatsApp = client(); WhatsApp noApp = graph.builder().build()) {
      assertThatThrownBy(() -> whatsApp.uploads().upload(gif))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("anim.gif").hasMessageContaining(".mp4");
      assertThatThrownBy(() -> whatsApp.uploads().upload(gif, "image/gif"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("fileType: must be one of [application/pdf, image/jpeg, image/jpg, image/png, video/mp4] "
              + "(Meta's Resumable Upload API), was 'image/gif'");
      assertThatThrownBy(() -> whatsApp.uploads().upload(empty))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is empty");
      assertThatThrownBy(() -> whatsApp.uploads().createSession("a.pdf", 0, "application/pdf"))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("fileLength: must be at least 1 byte, was 0");
      assertThatThrownBy(() -> whatsApp.uploads().createSession(" ", 10, "application/pdf"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("fileName:");
      assertThatThrownBy(() -> whatsApp.uploads().fileOffset("123/../messages"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("sessionId:");
      assertThatThrownBy(() -> noApp.uploads().createSession("a.pdf", 10, "application/pdf"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("appId(...)");
    }
    assertThatThrownBy(() -> graph.builder().appId("12 34"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("appId:");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void theProfilePhotoIsUploadedThenSetByItsHandle() throws Exception {
    Path photo = Files.write(dir.resolve("logo.jpg"), bytes(1_234));
    graph.enqueue(200, "{\"id\":\"" + SESSION + "\"}");
    graph.enqueue(200, "{\"h\":\"" + HANDLE + "\"}");
    graph.enqueue(200, "{\"success\":true}");

    try (WhatsApp whatsApp = client()) {
      whatsApp.businessProfile().updatePhotoAsync(photo).get(10, TimeUnit.SECONDS);
      assertThatThrownBy(() -> whatsApp.businessProfile().updatePhoto(dir.resolve("terms.pdf")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("profile picture");
    }

    assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("file_name=logo.jpg&file_length=1234&file_type=image%2Fjpeg");
    graph.take();
    RecordedRequest update = graph.take();
    assertThat(update.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/whatsapp_business_profile");
    GraphServerExtension.assertHeaders(update);
    assertThat(update.getBody().utf8())
        .isEqualTo("{\"messaging_product\":\"whatsapp\",\"profile_picture_handle\":\"" + HANDLE + "\"}");
  }
}
