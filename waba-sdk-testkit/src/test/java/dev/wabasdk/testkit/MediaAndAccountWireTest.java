package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.testkit.internal.Json;
import dev.wabasdk.testkit.internal.Signatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Media, phone number and business profile endpoints on the wire (cloud-api.md §3, §5). */
class MediaAndAccountWireTest {
  private static final byte[] JPEG = "fake jpeg bytes".getBytes(StandardCharsets.UTF_8);
  private FakeWhatsApp fake;
  private Wire wire;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    wire = new Wire(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
  }

  private Wire.Reply upload(String type, byte[] bytes) {
    RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("messaging_product", "whatsapp")
        .addFormDataPart("type", type)
        .addFormDataPart("file", "photo.jpg", RequestBody.create(bytes, MediaType.get(type)))
        .build();
    return wire.call(new Request.Builder().url(fake.baseUrl() + "v26.0/" + fake.phoneNumberId() + "/media")
        .post(body));
  }

  @Test
  void uploadRetrieveDownloadDelete() throws IOException {
    Wire.Reply uploaded = upload("image/jpeg", JPEG);
    assertThat(uploaded.code()).isEqualTo(200);
    String id = (String) uploaded.at("id");
    assertThat(uploaded.body()).isEqualTo("{\"id\":\"" + id + "\"}");

    Wire.Reply info = wire.get("/v26.0/" + id + "?phone_number_id=" + fake.phoneNumberId());
    assertThat(info.json()).containsEntry("messaging_product", "whatsapp").containsEntry("mime_type", "image/jpeg")
        .containsEntry("sha256", Signatures.sha256Hex(JPEG)).containsEntry("file_size", Integer.toString(JPEG.length))
        .containsEntry("id", id);
    String url = (String) info.at("url");

    try (Response withToken = Wire.CLIENT.newCall(new Request.Builder().url(url)
        .header("Authorization", "Bearer " + fake.accessToken()).build()).execute()) {
      assertThat(withToken.code()).isEqualTo(200);
      assertThat(withToken.body().bytes()).isEqualTo(JPEG);
    }
    try (Response withoutToken = Wire.CLIENT.newCall(new Request.Builder().url(url).build()).execute()) {
      assertThat(withoutToken.code()).isEqualTo(400);
    }

    assertThat(wire.delete("/v26.0/" + id).body()).isEqualTo("{\"success\":true}");
    assertThat(wire.get("/v26.0/" + id).at("error", "code")).isEqualTo(100L);
  }

  @Test
  void mediaUrlExpiresAfterFiveMinutes() throws IOException {
    String id = (String) upload("image/jpeg", JPEG).at("id");
    String url = (String) wire.get("/v26.0/" + id).at("url");

    fake.clock().advance(Duration.ofMinutes(5).plusSeconds(1));

    try (Response expired = Wire.CLIENT.newCall(new Request.Builder().url(url)
        .header("Authorization", "Bearer " + fake.accessToken()).build()).execute()) {
      assertThat(expired.code()).isEqualTo(404);
    }
  }

  @Test
  void unsupportedTypeAndMissingFieldsAreRejected() {
    Wire.Reply gif = upload("image/gif", JPEG);
    assertThat(gif.at("error", "code")).isEqualTo(100L);
    assertThat((String) gif.at("error", "error_data", "details")).startsWith("Param file must be a file with one of");

    Wire.Reply big = upload("image/webp", new byte[600 * 1024]);
    assertThat(big.at("error", "code")).isEqualTo(131053L);

    Wire.Reply notMultipart = wire.post("/v26.0/" + fake.phoneNumberId() + "/media", "{}");
    assertThat(notMultipart.at("error", "code")).isEqualTo(100L);
  }

  @Test
  void sendingAnUnknownMediaIdFailsAsynchronouslyWith131053() {
    fake.user("+16505551234").sends("hi");
    String id = (String) upload("image/jpeg", JPEG).at("id");

    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"image\",\"image\":{\"id\":\""
        + id + "\"}}");
    wire.send("{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"image\",\"image\":{\"id\":\"42\"}}");

    assertThat(fake.sentMessages()).extracting(SentMessage::status)
        .containsExactly(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED);
    assertThat(fake.sentMessages().get(1).error().code()).isEqualTo(131053);
  }

  @Test
  void phoneNumberWithDefaultAndRequestedFields() {
    Wire.Reply all = wire.get("/v26.0/" + fake.phoneNumberId());
    assertThat(all.json()).containsOnlyKeys("verified_name", "code_verification_status", "display_phone_number",
        "quality_rating", "platform_type", "throughput", "id");
    assertThat(all.json()).containsEntry("display_phone_number", "+1 555-078-3881")
        .containsEntry("throughput", Map.of("level", "STANDARD"));

    Wire.Reply some = wire.get("/v26.0/" + fake.phoneNumberId()
        + "?fields=whatsapp_business_manager_messaging_limit,quality_rating");
    assertThat(some.body()).isEqualTo("{\"whatsapp_business_manager_messaging_limit\":\"TIER_250\","
        + "\"quality_rating\":\"GREEN\",\"id\":\"" + fake.phoneNumberId() + "\"}");

    Wire.Reply unknown = wire.get("/v26.0/" + fake.phoneNumberId() + "?fields=colour");
    assertThat(unknown.at("error", "message"))
        .isEqualTo("(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessPhoneNumber)");

    Wire.Reply known = wire.get("/v26.0/" + fake.phoneNumberId() + "?fields=id,verified_name,new_name_status,"
        + "country_dial_code,account_mode");
    assertThat(known.body()).isEqualTo("{\"id\":\"" + fake.phoneNumberId() + "\",\"verified_name\":\"Fake Business\","
        + "\"account_mode\":\"LIVE\"}");

    Wire.Reply list = wire.get("/v26.0/" + fake.businessAccountId() + "/phone_numbers");
    assertThat(Json.list(list.json(), "data")).singleElement()
        .satisfies(n -> assertThat(Json.string(n, "id")).isEqualTo(fake.phoneNumberId()));
  }

  @Test
  void businessProfileGetAndUpdate() {
    String path = "/v26.0/" + fake.phoneNumberId() + "/whatsapp_business_profile";
    Wire.Reply updated = wire.post(path, "{\"messaging_product\":\"whatsapp\",\"about\":\"We sell shoes\","
        + "\"websites\":[\"https://shoes.example\"],\"vertical\":\"RETAIL\"}");
    assertThat(updated.body()).isEqualTo("{\"success\":true}");

    Wire.Reply profile = wire.get(path + "?fields=about,websites,vertical");
    assertThat(profile.body()).isEqualTo("{\"data\":[{\"about\":\"We sell shoes\",\"websites\":["
        + "\"https://shoes.example\"],\"vertical\":\"RETAIL\"}]}");

    assertThat(wire.post(path, "{\"messaging_product\":\"whatsapp\",\"about\":\"" + "x".repeat(140) + "\"}")
        .at("error", "code")).isEqualTo(100L);
    assertThat(wire.post(path, "{\"messaging_product\":\"whatsapp\",\"vertical\":\"SHOES\"}").at("error", "code"))
        .isEqualTo(100L);
    assertThat(Json.list(wire.get(path).json(), "data")).singleElement()
        .satisfies(p -> assertThat(Json.string(p, "messaging_product")).isEqualTo("whatsapp"));
  }
}
