package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.MediaSource;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.message.TemplateParameter;
import dev.wabasdk.phone.BusinessProfileUpdate;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.HeaderFormat;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.upload.UploadSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fake's Resumable Upload API, end to end with the SDK: sessions, offsets, handles in templates and the profile. */
class ResumableUploadFakeTest {
  private FakeWhatsApp fake;
  private WhatsApp client;
  @TempDir Path dir;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    client = fake.clientBuilder()
        .retry(RetrySettings.DEFAULT.withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)))
        .build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private Path file(String name, int size) throws Exception {
    byte[] bytes = new byte[size];
    new Random(3).nextBytes(bytes);
    return Files.write(dir.resolve(name), bytes);
  }

  private static TemplateDefinition imageTemplate(String handle) {
    return TemplateDefinition.builder("summer_sale", "en_US", TemplateCategory.MARKETING)
        .component(Component.headerMedia(HeaderFormat.IMAGE, handle))
        .component(Component.body("Our summer sale starts today!"))
        .build();
  }

  @Test
  void anUploadedImageMakesAMediaHeaderTemplateThatIsApprovedAndSent() throws Exception {
    String handle = client.uploads().upload(file("header.png", 50_000));
    assertThat(handle).startsWith("4::");

    CreatedTemplate created = client.templates().create(imageTemplate(handle));
    assertThat(created.status()).isEqualTo(TemplateStatus.PENDING);
    fake.templates().approve(created.id());
    client.messages().send(TemplateMessage.builder().to("+16505551234").name("summer_sale").language("en_US")
        .header(TemplateParameter.image(MediaSource.link("https://shop.example/sale.png")))
        .build());

    assertThat(fake.sentMessages()).singleElement()
        .satisfies(m -> assertThat(m.templateName()).isEqualTo("summer_sale"));
    FakeRequest open = fake.requests().get(0);
    assertThat(open.method() + " " + open.path() + "?" + open.query())
        .isEqualTo("POST /v26.0/" + fake.appId() + "/uploads?file_name=header.png&file_length=50000&file_type=image%2Fpng");
    FakeRequest transfer = fake.requests().get(1);
    assertThat(transfer.path()).startsWith("/v26.0/upload:");
    assertThat(transfer.query()).startsWith("sig=");
    assertThat(transfer.body()).isEqualTo("[file bytes, 50000 bytes]");
  }

  @Test
  void aDroppedTransferKeepsWhatArrivedAndTheSdkSendsOnlyTheRest() throws Exception {
    AtomicBoolean once = new AtomicBoolean();
    fake.faults().matching(r -> r.method().equals("POST") && r.path().startsWith("/v26.0/upload:")
        && once.compareAndSet(false, true)).dropConnection();

    String handle = client.uploads().upload(file("brochure.pdf", 40_001));

    List<FakeRequest> requests = fake.requests();
    assertThat(requests).extracting(FakeRequest::method).containsExactly("POST", "POST", "GET", "POST");
    assertThat(requests.get(1).body()).isEqualTo("[file bytes, 40001 bytes]");
    assertThat(requests.get(3).body()).isEqualTo("[file bytes, 20001 bytes]"); // the fake kept the first 20,000
    assertThat(requests.get(3).responseCode()).isEqualTo(200);
    // A PDF is a DOCUMENT header's example, not an IMAGE's.
    assertThatThrownBy(() -> client.templates().create(imageTemplate(handle)))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100))
        .hasMessageContaining("the handle is a application/pdf");
    assertThat(client.templates().create(TemplateDefinition.builder("terms", "en_US", TemplateCategory.UTILITY)
        .component(Component.headerMedia(HeaderFormat.DOCUMENT, handle))
        .component(Component.body("Our new terms"))
        .build()).status()).isEqualTo(TemplateStatus.PENDING);
  }

  @Test
  void aSessionKeepsPartialUploadsReportsItsOffsetAndRefusesAnotherOffset() throws Exception {
    Path video = file("clip.mp4", 30_000);
    byte[] bytes = Files.readAllBytes(video);
    UploadSession session = client.uploads().createSession("clip.mp4", bytes.length, "video/mp4");
    assertThat(session.id()).startsWith("upload:").contains("?sig=");
    OkHttpClient http = new OkHttpClient();
    String url = fake.baseUrl() + "v26.0/" + session.id();

    try (Response wrong = http.newCall(transfer(url, "OAuth " + fake.accessToken(), 5, bytes, 5, 100)).execute();
        Response part = http.newCall(transfer(url, "OAuth " + fake.accessToken(), 0, bytes, 0, 12_000)).execute();
        Response noHeaderToken = http.newCall(new Request.Builder().url(url + "&access_token=" + fake.accessToken())
            .build()).execute()) {
      assertThat(wrong.code()).isEqualTo(400);
      assertThat(wrong.body().string()).contains("\"code\":100")
          .contains("file_offset must be the session's file_offset 0");
      assertThat(part.code()).isEqualTo(200);
      assertThat(noHeaderToken.code()).isEqualTo(401);
    }
    assertThat(client.uploads().fileOffset(session.id())).isEqualTo(12_000);

    String handle = client.uploads().resume(session.id(), video);

    assertThat(fake.requests().get(fake.requests().size() - 1).body()).isEqualTo("[file bytes, 18000 bytes]");
    assertThat(client.templates().create(TemplateDefinition.builder("clip", "en_US", TemplateCategory.MARKETING)
        .component(Component.headerMedia(HeaderFormat.VIDEO, handle))
        .component(Component.body("Watch our new clip"))
        .build()).status()).isEqualTo(TemplateStatus.PENDING);
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private static Request transfer(String url, String authorization, long offset, byte[] bytes, int from, int to) {
    return new Request.Builder().url(url).header("Authorization", authorization)
        .header("file_offset", Long.toString(offset))
        .post(RequestBody.create(java.util.Arrays.copyOfRange(bytes, from, to), (MediaType) null)).build();
  }

  @Test
  void aMediaHeaderNeedsAHandleFromAnUpload() {
    assertThatThrownBy(() -> client.templates().create(imageTemplate("4::bWFkZS11cA==:ARZ")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100))
        .hasMessageContaining("not a file handle from the Resumable Upload API");
  }

  @Test
  void theProfilePhotoIsUploadedAndShown() throws Exception {
    client.businessProfile().updatePhoto(file("logo.jpg", 2_000));

    assertThat(client.businessProfile().get().profilePictureUrl()).startsWith("https://pps.whatsapp.net/fake/");
    assertThatThrownBy(() -> client.businessProfile().update(BusinessProfileUpdate.builder()
        .profilePictureHandle("4::bWFkZS11cA==:ARZ").build()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100))
        .hasMessageContaining("profile_picture_handle");
  }
}
