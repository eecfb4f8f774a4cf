package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Template management and template sends on the wire (cloud-api.md §2.8, §4). */
class TemplatesWireTest {
  private static final String CREATE = "{\"name\":\"order_update\",\"language\":\"en_US\",\"category\":\"UTILITY\","
      + "\"components\":[{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{1}}\"},"
      + "{\"type\":\"BODY\",\"text\":\"Hi {{1}}, your order {{2}} shipped.\"},"
      + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Track it\"}]}]}";
  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private Wire wire;
  private String templates;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    wire = new Wire(fake);
    templates = "/v26.0/" + fake.businessAccountId() + "/message_templates";
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  private String sendOrderUpdate(String parameters) {
    return "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"template\",\"template\":{"
        + "\"name\":\"order_update\",\"language\":{\"code\":\"en_US\"},\"components\":[{\"type\":\"header\","
        + "\"parameters\":[{\"type\":\"text\",\"text\":\"#42\"}]},{\"type\":\"body\",\"parameters\":[" + parameters
        + "]},{\"type\":\"button\",\"sub_type\":\"quick_reply\",\"index\":\"0\",\"parameters\":[{\"type\":\"payload\","
        + "\"payload\":\"TRACK_42\"}]}]}}";
  }

  @Test
  void createdTemplatesStartPendingAndCannotBeSentUntilApproved() {
    Wire.Reply created = wire.post(templates, CREATE);

    assertThat(created.code()).isEqualTo(200);
    String id = (String) created.at("id");
    assertThat(created.body()).isEqualTo("{\"id\":\"" + id + "\",\"status\":\"PENDING\",\"category\":\"UTILITY\"}");
    Wire.Reply refused = wire.send(sendOrderUpdate("{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}"));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.at("error", "message")).isEqualTo("(#132001) Template name does not exist in the translation");

    fake.templates().approve(id);
    Wire.Reply sent = wire.send(sendOrderUpdate("{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}"));

    assertThat(sent.code()).isEqualTo(200);
    fake.awaitWebhooks();
    Map<String, Object> update = receiver.events().get(0);
    Map<String, Object> entry = Json.map(Json.list(update, "entry").get(0));
    assertThat(entry).containsEntry("id", fake.businessAccountId())
        .containsEntry("time", fake.clock().instant().getEpochSecond());
    Map<String, Object> change = Json.map(Json.list(entry, "changes").get(0));
    assertThat(change).containsEntry("field", "message_template_status_update");
    assertThat(change.get("value")).isEqualTo(Map.of("event", "APPROVED", "message_template_id", Long.parseLong(id),
        "message_template_name", "order_update", "message_template_language", "en_US", "reason", "NONE",
        "message_template_category", "UTILITY"));
  }

  @Test
  void unknownTemplateIs132001() {
    Wire.Reply reply = wire.send(sendOrderUpdate(""));

    assertThat(reply.at("error", "code")).isEqualTo(132001L);
    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("template name (order_update) does not exist in en_US");
  }

  @Test
  void wrongParameterCountIs132000() {
    fake.templates().preload(CREATE);
    Wire.Reply reply = wire.send(sendOrderUpdate("{\"type\":\"text\",\"text\":\"Jane\"}"));

    assertThat(reply.code()).isEqualTo(400);
    assertThat(reply.at("error", "message"))
        .isEqualTo("(#132000) Number of parameters does not match the expected number of params");
    assertThat(reply.at("error", "error_data", "details"))
        .isEqualTo("body: number of localizable_params (1) does not match the expected number of params (2)");
  }

  @Test
  void namedTemplatesNeedParameterNames() {
    fake.templates().preload("{\"name\":\"welcome\",\"language\":\"en\",\"category\":\"MARKETING\","
        + "\"parameter_format\":\"NAMED\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hi {{first_name}}\"}]}");
    String positional = "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"template\",\"template\":{"
        + "\"name\":\"welcome\",\"language\":{\"code\":\"en\"},\"components\":[{\"type\":\"body\",\"parameters\":["
        + "{\"type\":\"text\",\"text\":\"Jane\"}]}]}}";

    assertThat(wire.send(positional).at("error", "code")).isEqualTo(132012L);
    assertThat(wire.send(positional.replace("\"text\":\"Jane\"}", "\"text\":\"Jane\",\"parameter_name\":\"first_name\"}"))
        .code()).isEqualTo(200);
  }

  @Test
  void mediaHeadersAndUrlButtonsNeedTheirParameters() {
    fake.templates().preload("{\"name\":\"receipt\",\"language\":\"en\",\"category\":\"UTILITY\",\"components\":["
        + "{\"type\":\"HEADER\",\"format\":\"DOCUMENT\"},{\"type\":\"BODY\",\"text\":\"Your receipt\"},"
        + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Open\","
        + "\"url\":\"https://shop.example/r/{{1}}\"}]}]}");
    String base = "{\"messaging_product\":\"whatsapp\",\"to\":\"16505551234\",\"type\":\"template\",\"template\":{"
        + "\"name\":\"receipt\",\"language\":{\"code\":\"en\"},\"components\":[%s]}}";
    String header = "{\"type\":\"header\",\"parameters\":[{\"type\":\"document\",\"document\":"
        + "{\"link\":\"https://shop.example/r.pdf\"}}]}";
    String button = "{\"type\":\"button\",\"sub_type\":\"url\",\"index\":\"0\",\"parameters\":[{\"type\":\"text\","
        + "\"text\":\"r-42\"}]}";

    Wire.Reply noHeader = wire.send(base.formatted(button));
    assertThat(noHeader.at("error", "code")).isEqualTo(132012L);
    assertThat(noHeader.at("error", "error_data", "details"))
        .isEqualTo("header: Format mismatch, expected DOCUMENT, received NOTHING");
    Wire.Reply noButton = wire.send(base.formatted(header));
    assertThat(noButton.at("error", "code")).isEqualTo(132000L);
    assertThat(noButton.at("error", "error_data", "details")).isEqualTo(
        "button at index 0: number of localizable_params (0) does not match the expected number of params (1)");
    assertThat(wire.send(base.formatted(header + "," + button)).code()).isEqualTo(200);
  }

  @Test
  void pausedTemplateIs132015AndEmitsTheWebhook() {
    FakeTemplate t = fake.templates().preload(CREATE);
    fake.templates().pause(t.id());

    Wire.Reply reply = wire.send(sendOrderUpdate("{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}"));

    assertThat(reply.at("error", "code")).isEqualTo(132015L);
    fake.awaitWebhooks();
    assertThat(Json.at(Json.list(Json.list(receiver.events().get(0), "entry").get(0), "changes").get(0),
        "value", "other_info", "title")).isEqualTo("FIRST_PAUSE");
  }

  @Test
  void reviewDelayApprovesOnTheFakeClock() {
    try (FakeWhatsApp delayed = FakeWhatsApp.builder().templateReviewDelay(Duration.ofMinutes(30)).start()) {
      Wire w = new Wire(delayed);
      String id = (String) w.post("/v26.0/" + delayed.businessAccountId() + "/message_templates", CREATE).at("id");

      delayed.clock().advance(Duration.ofMinutes(29));
      assertThat(w.get("/v26.0/" + id).at("status")).isEqualTo("PENDING");
      delayed.clock().advance(Duration.ofMinutes(1));
      assertThat(w.get("/v26.0/" + id).at("status")).isEqualTo("APPROVED");
      assertThat(delayed.webhooks()).extracting(WebhookDelivery::field)
          .containsExactly("message_template_status_update");
    }
  }

  @Test
  void listIsPagedWithCursors() {
    for (int i = 0; i < 5; i++) {
      fake.templates().approved("t" + i, "en_US", TemplateCategory.MARKETING, "Hello " + i);
    }
    Wire.Reply first = wire.get(templates + "?limit=2&fields=name,status");

    assertThat(Json.list(first.json(), "data")).hasSize(2);
    assertThat(Json.list(first.json(), "data").get(0)).isEqualTo(Map.of("name", "t0", "status", "APPROVED",
        "id", fake.templates().get("t0", "en_US").id()));
    String next = (String) first.at("paging", "next");
    assertThat(next).contains("after=");
    Wire.Reply second = wire.get(next.substring(next.indexOf("/v26.0")));
    assertThat(Json.list(second.json(), "data")).extracting(d -> Json.string(d, "name")).containsExactly("t2", "t3");
    String after = (String) second.at("paging", "cursors", "after");
    Wire.Reply last = wire.get(templates + "?limit=2&after=" + after);
    assertThat(Json.list(last.json(), "data")).extracting(d -> Json.string(d, "name")).containsExactly("t4");
    assertThat(last.at("paging", "next")).isNull();
    assertThat(last.at("paging", "previous")).isNotNull();
  }

  @Test
  void listFiltersByStatusAndName() {
    fake.templates().approved("a", "en_US", TemplateCategory.MARKETING, "A");
    wire.post(templates, CREATE);

    assertThat(Json.list(wire.get(templates + "?status=PENDING").json(), "data"))
        .extracting(d -> Json.string(d, "name")).containsExactly("order_update");
    assertThat(Json.list(wire.get(templates + "?name=a").json(), "data")).hasSize(1);
  }

  @Test
  void getEditAndDelete() {
    FakeTemplate t = fake.templates().preload(CREATE);
    Wire.Reply node = wire.get("/v26.0/" + t.id());
    assertThat(node.json()).containsEntry("name", "order_update").containsEntry("status", "APPROVED")
        .containsEntry("category", "UTILITY").containsEntry("language", "en_US")
        .containsEntry("parameter_format", "POSITIONAL").containsEntry("id", t.id());

    Wire.Reply withKnownFields = wire.get("/v26.0/" + t.id() + "?fields=id,name,status,quality_score,"
        + "rejected_reason,message_send_ttl_seconds");
    assertThat(withKnownFields.body()).isEqualTo("{\"id\":\"" + t.id()
        + "\",\"name\":\"order_update\",\"status\":\"APPROVED\"}");
    assertThat(wire.get("/v26.0/" + t.id() + "?fields=colour").at("error", "message"))
        .isEqualTo("(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessHSM)");

    Wire.Reply edited = wire.post("/v26.0/" + t.id(), "{\"components\":[{\"type\":\"BODY\",\"text\":\"Hi {{1}}\"}]}");
    assertThat(edited.body()).isEqualTo("{\"success\":true}");
    assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.PENDING);
    assertThat(wire.post("/v26.0/" + t.id(), "{\"category\":\"MARKETING\"}").at("error", "code")).isEqualTo(100L);

    assertThat(wire.delete(templates + "?name=order_update&hsm_id=" + t.id()).body()).isEqualTo("{\"success\":true}");
    assertThat(wire.delete(templates + "?name=order_update").at("error", "code")).isEqualTo(100L);
    assertThat(wire.get("/v26.0/" + t.id()).at("error", "type")).isEqualTo("GraphMethodException");
  }

  @Test
  void invalidDefinitionsAndDuplicatesAreRejected() {
    assertThat(wire.post(templates, CREATE.replace("order_update", "Order Update")).at("error", "code"))
        .isEqualTo(100L);
    assertThat(wire.post(templates, CREATE.replace("UTILITY", "PROMO")).at("error", "error_data", "details"))
        .isEqualTo("Param category must be one of MARKETING, UTILITY, AUTHENTICATION, was PROMO.");
    wire.post(templates, CREATE);
    assertThat((String) wire.post(templates, CREATE).at("error", "error_data", "details")).contains("already exists");
    assertThat(fake.templates().all()).hasSize(1);
  }

  /**
   * Meta, "Configure message time-to-live": AUTHENTICATION 30 to 900 s, UTILITY 30 to 43200 s (both also -1 for 30
   * days), MARKETING 43200 to 2592000 s.
   */
  @Test
  void theTimeToLiveMustFitTheCategory() {
    String utility = CREATE.replace("\"category\":\"UTILITY\",", "\"category\":\"UTILITY\","
        + "\"message_send_ttl_seconds\":-1,");
    String id = (String) wire.post(templates, utility).at("id");
    assertThat(wire.get("/v26.0/" + id + "?fields=message_send_ttl_seconds").body())
        .isEqualTo("{\"message_send_ttl_seconds\":-1,\"id\":\"" + id + "\"}");

    String marketing = CREATE.replace("order_update", "flash_sale").replace("\"category\":\"UTILITY\",",
        "\"category\":\"MARKETING\",\"message_send_ttl_seconds\":600,");
    assertThat(wire.post(templates, marketing).at("error", "error_data", "details")).isEqualTo(
        "Param message_send_ttl_seconds must be between 43200 and 2592000 for MARKETING templates, was 600.");
    assertThat(wire.post(templates, marketing.replace("\"message_send_ttl_seconds\":600",
        "\"message_send_ttl_seconds\":-1")).at("error", "code")).isEqualTo(100L);

    fake.templates().approve(id);
    assertThat(wire.post("/v26.0/" + id, "{\"message_send_ttl_seconds\":86400}").at("error", "error_data",
        "details")).isEqualTo("Param message_send_ttl_seconds must be between 30 and 43200 or -1 for UTILITY"
            + " templates, was 86400.");
    assertThat(wire.post("/v26.0/" + id, "{\"category\":\"AUTHENTICATION\",\"message_send_ttl_seconds\":901}")
        .at("error", "error_data", "details")).isEqualTo("Param message_send_ttl_seconds must be between 30 and 900"
            + " or -1 for AUTHENTICATION templates, was 901.");
    assertThat(wire.post("/v26.0/" + id, "{\"message_send_ttl_seconds\":43200}").body())
        .isEqualTo("{\"success\":true}");
    assertThat(wire.get("/v26.0/" + id + "?fields=message_send_ttl_seconds").at("message_send_ttl_seconds"))
        .isEqualTo(43_200L);
  }

  /** Meta, "Limited-time offer templates": the body "Maximum 600 characters" (1024 in other templates). */
  @Test
  void aLimitedTimeOfferBodyIsAtMost600Characters() {
    String offer = """
        {"name":"holiday_offer","language":"en_US","category":"MARKETING","components":[
          {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Expiring offer!","has_expiration":true}},
          {"type":"BODY","text":"%s"},
          {"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"CARIBE25"}]}]}""";

    assertThat(wire.post(templates, offer.formatted("x".repeat(601))).at("error", "error_data", "details"))
        .isEqualTo("BODY text must be at most 600 characters, was 601.");
    assertThat(wire.post(templates, offer.formatted("x".repeat(600))).code()).isEqualTo(200);
  }

  @Test
  void templateQuickReplyTapCarriesThePayload() {
    fake.templates().preload(CREATE);
    String wamid = (String) Json.at(Json.list(wire.send(sendOrderUpdate(
        "{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"text\",\"text\":\"#42\"}")).json(), "messages").get(0), "id");

    UserMessage tap = fake.user("+16505551234").tapsButton("TRACK_42");

    assertThat(tap.json()).containsEntry("type", "button")
        .containsEntry("button", Map.of("payload", "TRACK_42", "text", "Track it"))
        .containsEntry("context", Map.of("from", "15550783881", "id", wamid));
    assertThat(fake.isWindowOpen("+16505551234")).isTrue();
  }

  @Test
  void templatesCanBePreloadedFromJsonWithAStatus() {
    FakeTemplate rejected = fake.templates().preload("{\"name\":\"promo\",\"language\":\"de\",\"category\":\"MARKETING\","
        + "\"status\":\"REJECTED\",\"id\":\"777\",\"components\":[{\"type\":\"BODY\",\"text\":\"Hallo\"}]}");

    assertThat(rejected.id()).isEqualTo("777");
    assertThat(rejected.status()).isEqualTo(TemplateStatus.REJECTED);
    assertThat(List.of(rejected.json().get("rejected_reason"))).containsExactly("NONE");
  }
}
