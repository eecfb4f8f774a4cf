package dev.wabasdk.media;

import static dev.wabasdk.GraphServerExtension.PHONE_NUMBER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.error.WabaDownloadException;
import dev.wabasdk.error.WabaException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import okhttp3.HttpUrl;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class MediaApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();
  @TempDir Path dir;

  private static final byte[] PHOTO = "\u00ff\u00d8\u00ffJPEG-bytes-of-a-cat".getBytes(StandardCharsets.ISO_8859_1);

  private MediaApi media() {
    return graph.client().media();
  }

  // ---- upload

  @Test
  void uploadsAFileAsMetasMultipartForm() throws Exception {
    Path file = dir.resolve("cat.jpg");
    Files.write(file, PHOTO);
    graph.enqueue(200, "{\"id\":\"1037543291543636\"}");

    String id = media().upload(file, "image/jpeg");

    assertThat(id).isEqualTo("1037543291543636");
    assertMultipart(graph.take(), "image/jpeg", "cat.jpg", PHOTO);
  }

  @Test
  void uploadsBytesAndStreamsWithTheGivenFilename() throws Exception {
    byte[] pdf = "%PDF-1.7 invoice".getBytes(StandardCharsets.US_ASCII);
    graph.enqueue(200, "{\"id\":\"111\"}");
    graph.enqueue(200, "{\"id\":\"222\"}");
    graph.enqueue(200, "{\"id\":\"333\"}");

    assertThat(media().upload(pdf, "application/pdf", "invoice-42.pdf")).isEqualTo("111");
    assertThat(media().upload(new ByteArrayInputStream(pdf), pdf.length, "application/pdf", "invoice-43.pdf"))
        .isEqualTo("222");
    assertThat(media().uploadAsync(pdf, "Application/PDF", "invoice-44.pdf").get(5, TimeUnit.SECONDS))
        .isEqualTo("333");

    assertMultipart(graph.take(), "application/pdf", "invoice-42.pdf", pdf);
    assertMultipart(graph.take(), "application/pdf", "invoice-43.pdf", pdf);
    assertMultipart(graph.take(), "application/pdf", "invoice-44.pdf", pdf);
  }

  @Test
  void mimeParametersAreDroppedFromTheTypeField() throws Exception {
    graph.enqueue(200, "{\"id\":\"9\"}");
    media().upload(new byte[] {1, 2, 3}, "audio/ogg; codecs=opus", "voice.ogg");
    assertMultipart(graph.take(), "audio/ogg", "voice.ogg", new byte[] {1, 2, 3});
  }

  /** The exact body OkHttp must write for Meta's three form fields, with the request's own boundary. */
  private static void assertMultipart(RecordedRequest request, String type, String filename, byte[] content) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/" + PHONE_NUMBER_ID + "/media");
    GraphServerExtension.assertHeaders(request);
    String contentType = request.getHeaders().get("Content-Type");
    assertThat(contentType).startsWith("multipart/form-data; boundary=");
    String boundary = contentType.substring("multipart/form-data; boundary=".length());
    String expected = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"messaging_product\"\r\n\r\n"
        + "whatsapp\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"type\"\r\n\r\n"
        + type + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: " + type + "\r\n\r\n"
        + new String(content, StandardCharsets.ISO_8859_1) + "\r\n"
        + "--" + boundary + "--\r\n";
    assertThat(new String(request.getBody().toByteArray(), StandardCharsets.ISO_8859_1)).isEqualTo(expected);
  }

  @Test
  void unsupportedTypeIsRefusedBeforeUpload() {
    assertThatThrownBy(() -> media().upload(new byte[10], "image/gif", "a.gif"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type")
        .hasMessageContaining("'image/gif'")
        .hasMessageContaining("image/jpeg");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void oversizedImageNamesTypeSizeAndLimit() {
    byte[] big = new byte[5 * 1024 * 1024 + 1];
    assertThatThrownBy(() -> media().upload(big, "image/png", "big.png"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("file: image media of type image/png is 5242881 bytes, over Meta's limit of 5242880 bytes (5 MB)");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void stickerLimitIs500KbAndEmptyFilesAreRefused() {
    assertThatThrownBy(() -> media().upload(new byte[500 * 1024 + 1], "image/webp", "s.webp"))
        .hasMessageContaining("sticker media of type image/webp is 512001 bytes, over Meta's limit of 512000 bytes");
    assertThatThrownBy(() -> media().upload(new byte[0], "image/webp", "s.webp"))
        .hasMessageContaining("empty");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void oversizedFileIsRefusedFromItsSizeWithoutReadingIt() throws Exception {
    Path video = dir.resolve("long.mp4");
    try (RandomAccessFile f = new RandomAccessFile(video.toFile(), "rw")) {
      f.setLength(16L * 1024 * 1024 + 1); // sparse: nothing is written
    }
    assertThatThrownBy(() -> media().upload(video, "video/mp4"))
        .hasMessageContaining("video media of type video/mp4 is 16777217 bytes, over Meta's limit of 16777216 bytes");
    assertThatThrownBy(() -> media().upload(new ByteArrayInputStream(new byte[0]), 101L * 1024 * 1024,
        "application/pdf", "x.pdf"))
        .hasMessageContaining("document media of type application/pdf is 105906176 bytes");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void streamShorterThanItsDeclaredSizeFails() {
    graph.enqueue(200, "{\"id\":\"never\"}");
    WabaException e = catchThrowableOfType(WabaException.class,
        () -> media().upload(new ByteArrayInputStream(new byte[3]), 10, "image/png", "p.png"));
    assertThat(e).hasMessageContaining("POST /v26.0/" + PHONE_NUMBER_ID + "/media failed");
    assertThat(e.getCause()).hasMessageContaining("ended before the 10 bytes given as size");
  }

  @Test
  void aStreamUploadIsNotRetriedBecauseTheStreamIsGone() {
    graph.enqueueError(400, 130429, "Rate limit hit");
    graph.enqueue(200, "{\"id\":\"never\"}");

    assertThatThrownBy(() -> media().upload(new ByteArrayInputStream(PHOTO), PHOTO.length, "image/jpeg", "c.jpg"))
        .isInstanceOf(dev.wabasdk.error.WabaRateLimitException.class);
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aFileUploadIsRetriedOnATemporaryError() throws Exception {
    Path file = dir.resolve("again.jpg");
    Files.write(file, PHOTO);
    graph.enqueueError(400, 130429, "Rate limit hit");
    graph.enqueue(200, "{\"id\":\"42\"}");

    assertThat(media().upload(file, "image/jpeg")).isEqualTo("42");
    graph.take();
    assertMultipart(graph.take(), "image/jpeg", "again.jpg", PHOTO);
  }

  @Test
  void mediaKindTableFollowsMeta() {
    assertThat(MediaKind.of("audio/OGG; codecs=opus")).isEqualTo(MediaKind.AUDIO);
    assertThat(MediaKind.of("video/3gp")).isEqualTo(MediaKind.VIDEO);
    assertThat(MediaKind.of(
        "application/vnd.openxmlformats-officedocument.presentationml.presentation")).isEqualTo(MediaKind.DOCUMENT);
    assertThat(MediaKind.of("image/webp")).isEqualTo(MediaKind.STICKER);
    assertThat(MediaKind.of("image/heic")).isNull();
    assertThat(MediaKind.DOCUMENT.maxBytes()).isEqualTo(100L * 1024 * 1024);
    assertThat(MediaKind.AUDIO.maxBytes()).isEqualTo(16L * 1024 * 1024);
  }

  // ---- retrieve, download, delete

  private String cdnUrl(String path) {
    return graph.server().url(path).toString();
  }

  private void enqueueInfo(String id, String url, byte[] content, String sha256) {
    graph.enqueue(200, "{\"messaging_product\":\"whatsapp\",\"url\":\"" + url + "\",\"mime_type\":\"image/jpeg\","
        + "\"sha256\":\"" + sha256 + "\",\"file_size\":\"" + content.length + "\",\"id\":\"" + id + "\"}");
  }

  private void enqueueBody(byte[] content) {
    graph.server().enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/jpeg")
        .body(new okio.Buffer().write(content)).build());
  }

  private static String sha256Hex(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }

  @Test
  void retrievesTheUrlWithFileSizeAsString() throws Exception {
    enqueueInfo("2621233374848975", "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", PHOTO, "abc");

    MediaInfo info = media().retrieveUrl("2621233374848975");

    assertThat(info).isEqualTo(new MediaInfo("2621233374848975",
        "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1", "image/jpeg", "abc",
        (long) PHOTO.length));
    assertThat(info.toString()).doesNotContain("lookaside");
    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/2621233374848975");
    GraphServerExtension.assertHeaders(request);
  }

  @Test
  void downloadsToAFileWithTheTokenAndVerifiesSizeAndSha256() throws Exception {
    enqueueInfo("555", cdnUrl("/cdn/attachments/?mid=555&ext=1"), PHOTO, sha256Hex(PHOTO));
    enqueueBody(PHOTO);
    Path target = dir.resolve("in.jpg");

    DownloadedMedia done = media().download("555", target);

    assertThat(done).isEqualTo(new DownloadedMedia("555", "image/jpeg", PHOTO.length, sha256Hex(PHOTO)));
    assertThat(Files.readAllBytes(target)).isEqualTo(PHOTO);
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/555");
    RecordedRequest download = graph.take();
    assertThat(download.getMethod()).isEqualTo("GET");
    assertThat(download.getUrl().encodedPath()).isEqualTo("/cdn/attachments/");
    assertThat(download.getUrl().query()).isEqualTo("mid=555&ext=1");
    GraphServerExtension.assertHeaders(download);
  }

  @Test
  void downloadsToAStreamAcceptingABase64Sha256() throws Exception {
    String base64 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(PHOTO));
    enqueueInfo("556", cdnUrl("/cdn/556"), PHOTO, base64);
    enqueueBody(PHOTO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    DownloadedMedia done = media().downloadAsync("556", out).get(5, TimeUnit.SECONDS);

    assertThat(out.toByteArray()).isEqualTo(PHOTO);
    assertThat(done.size()).isEqualTo(PHOTO.length);
  }

  @Test
  void sha256MismatchDeletesThePartialFile() throws Exception {
    enqueueInfo("557", cdnUrl("/cdn/557"), PHOTO, sha256Hex("something else".getBytes(StandardCharsets.UTF_8)));
    enqueueBody(PHOTO);
    Path target = dir.resolve("bad.jpg");

    WabaDownloadException e = catchThrowableOfType(WabaDownloadException.class,
        () -> media().download("557", target));

    assertThat(e.problem()).isEqualTo(WabaDownloadException.Problem.SHA256_MISMATCH);
    assertThat(e.mediaId()).isEqualTo("557");
    assertThat(e).hasMessageContaining("has sha256 " + sha256Hex(PHOTO) + " but Meta announced");
    assertThat(target).doesNotExist();
    assertThat(graph.server().getRequestCount()).as("a corrupt body is not downloaded again").isEqualTo(2);
  }

  @Test
  void sizeMismatchIsReported() throws Exception {
    graph.enqueue(200, "{\"url\":\"" + cdnUrl("/cdn/558") + "\",\"mime_type\":\"image/jpeg\",\"file_size\":999,"
        + "\"id\":\"558\"}");
    enqueueBody(PHOTO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    WabaDownloadException e = catchThrowableOfType(WabaDownloadException.class, () -> media().download("558", out));

    assertThat(e.problem()).isEqualTo(WabaDownloadException.Problem.SIZE_MISMATCH);
    assertThat(e).hasMessageContaining("is " + PHOTO.length + " bytes but Meta announced file_size 999");
  }

  @Test
  void expiredUrlIsRefreshedOnceAndTheDownloadRepeated() throws Exception {
    enqueueInfo("559", cdnUrl("/cdn/old"), PHOTO, sha256Hex(PHOTO));
    graph.server().enqueue(new MockResponse.Builder().code(404).body("URL signature expired").build());
    enqueueInfo("559", cdnUrl("/cdn/new"), PHOTO, sha256Hex(PHOTO));
    enqueueBody(PHOTO);
    Path target = dir.resolve("refreshed.jpg");

    media().download("559", target);

    assertThat(Files.readAllBytes(target)).isEqualTo(PHOTO);
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/559");
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/cdn/old");
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/559");
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/cdn/new");
  }

  @Test
  void expiredUrlIsRefreshedInTheAsyncTwinToo() throws Exception {
    enqueueInfo("560", cdnUrl("/cdn/old"), PHOTO, sha256Hex(PHOTO));
    graph.server().enqueue(new MockResponse.Builder().code(401).body("").build());
    enqueueInfo("560", cdnUrl("/cdn/new"), PHOTO, sha256Hex(PHOTO));
    enqueueBody(PHOTO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    media().downloadAsync("560", out).get(5, TimeUnit.SECONDS);

    assertThat(out.toByteArray()).isEqualTo(PHOTO);
    assertThat(graph.server().getRequestCount()).isEqualTo(4);
  }

  @Test
  void aUrlThatKeepsFailingIsRefreshedOnlyOnce() {
    enqueueInfo("561", cdnUrl("/cdn/a"), PHOTO, "x");
    graph.server().enqueue(new MockResponse.Builder().code(403).body("denied").build());
    enqueueInfo("561", cdnUrl("/cdn/b"), PHOTO, "x");
    graph.server().enqueue(new MockResponse.Builder().code(403).body("denied").build());

    assertThatThrownBy(() -> media().download("561", new ByteArrayOutputStream()))
        .isInstanceOf(dev.wabasdk.error.WabaHttpException.class)
        .hasMessageContaining("HTTP 403");
    assertThat(graph.server().getRequestCount()).isEqualTo(4);
  }

  @Test
  void downloadFromAnEarlierRetrievedUrl() throws Exception {
    MediaInfo info = new MediaInfo("562", cdnUrl("/cdn/562"), "image/jpeg", null, null);
    enqueueBody(PHOTO);
    Path target = dir.resolve("direct.jpg");

    DownloadedMedia done = media().download(info, target);

    assertThat(done.sha256()).isEqualTo(sha256Hex(PHOTO));
    assertThat(Files.readAllBytes(target)).isEqualTo(PHOTO);
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  private void enqueueBrokenBody(byte[] content) {
    // Half of the body, then the connection drops.
    graph.server().enqueue(new MockResponse.Builder().code(200).body(new okio.Buffer().write(content))
        .onResponseBody(new mockwebserver3.SocketEffect.CloseSocket()).build());
  }

  @Test
  void aFileDownloadThatBreaksMidwayIsRetriedFromTheStart() throws Exception {
    enqueueInfo("564", cdnUrl("/cdn/564"), PHOTO, sha256Hex(PHOTO));
    enqueueBrokenBody(PHOTO);
    enqueueBody(PHOTO);
    Path target = dir.resolve("retried.jpg");

    DownloadedMedia done = media().download("564", target);

    assertThat(done.size()).isEqualTo(PHOTO.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(PHOTO);
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void aStreamDownloadThatBreaksAfterWritingIsNotRetried() throws Exception {
    enqueueInfo("565", cdnUrl("/cdn/565"), PHOTO, sha256Hex(PHOTO));
    enqueueBrokenBody(PHOTO);
    enqueueBody(PHOTO);
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    WabaDownloadException e = catchThrowableOfType(WabaDownloadException.class, () -> media().download("565", out));

    assertThat(e.problem()).isEqualTo(WabaDownloadException.Problem.INTERRUPTED);
    assertThat(e.isRetryable()).isFalse();
    assertThat(e).hasMessageContaining("download of media 565 broke after");
    assertThat(out.size()).isBetween(1, PHOTO.length - 1);
    assertThat(graph.server().getRequestCount()).as("no second download into a stream that holds bytes").isEqualTo(2);
  }

  @Test
  void theTokenGoesOnlyToMetasMediaHostsOrTheConfiguredGraphOrigin() {
    // Issue 17: an https host that is not Meta's, named in a media URL or passed to download(MediaInfo).
    MediaInfo attacker = new MediaInfo("564", "https://attacker.example/media.jpg", "image/jpeg", null, null);
    assertThatThrownBy(() -> media().download(attacker, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("media.url: the access token goes only to Meta's media hosts")
        .hasMessageContaining("refusing attacker.example:443 for media 564");
    // A look-alike is not Meta's either.
    MediaInfo lookAlike = new MediaInfo("566", "https://lookaside.fbsbx.com.attacker.example/x", "image/jpeg", null,
        null);
    assertThatThrownBy(() -> media().download(lookAlike, new ByteArrayOutputStream()))
        .hasMessageContaining("refusing lookaside.fbsbx.com.attacker.example:443");
    // Another port of the Graph host, in clear text.
    HttpUrl graphRoot = graph.server().url("/");
    MediaInfo otherPort = new MediaInfo("567", "http://" + graphRoot.host() + ":" + (graphRoot.port() + 1) + "/m",
        "image/jpeg", null, null);
    assertThatThrownBy(() -> media().download(otherPort, new ByteArrayOutputStream()))
        .hasMessageStartingWith("media.url: must be https to receive the access token");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void metasMediaHostsAreTrustedOnlyOverHttpsOnTheDefaultPort() {
    assertThat(dev.wabasdk.internal.MediaHostsProbe.isMetaMediaHost(
        "https://lookaside.fbsbx.com/whatsapp_business/attachments/?mid=1")).isTrue();
    assertThat(dev.wabasdk.internal.MediaHostsProbe.isMetaMediaHost("https://scontent.xx.fbcdn.net/v/t61/x")).isTrue();
    assertThat(dev.wabasdk.internal.MediaHostsProbe.isMetaMediaHost("http://lookaside.fbsbx.com/x")).isFalse();
    assertThat(dev.wabasdk.internal.MediaHostsProbe.isMetaMediaHost("https://lookaside.fbsbx.com:8443/x")).isFalse();
    assertThat(dev.wabasdk.internal.MediaHostsProbe.isMetaMediaHost("https://fbsbx.com.evil.example/x")).isFalse();
    assertThat(dev.wabasdk.internal.MediaHostsProbe.isMetaMediaHost("https://evilfbsbx.com/x")).isFalse();
  }

  @Test
  void theTokenIsNeverSentInClearTextToAnotherHost() {
    MediaInfo info = new MediaInfo("563", "http://evil.example/steal", "image/jpeg", null, null);
    assertThatThrownBy(() -> media().download(info, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("media.url: must be https to receive the access token, was http://evil.example for media 563");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void deletesMedia() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");
    media().delete("1037543291543636");
    media().deleteAsync("1037543291543637").get(5, TimeUnit.SECONDS);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("DELETE");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/1037543291543636");
    GraphServerExtension.assertHeaders(request);
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/1037543291543637");
  }

  @Test
  void badMediaIdIsRefusedLocally() {
    assertThatThrownBy(() -> media().retrieveUrl("../me")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("media id");
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
