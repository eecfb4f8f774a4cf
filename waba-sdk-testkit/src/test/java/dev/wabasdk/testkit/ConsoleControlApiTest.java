package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.cost.CostEstimator;
import dev.wabasdk.cost.PriceQuery;
import dev.wabasdk.cost.PricingCategory;
import dev.wabasdk.message.DeliveryStatus;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.testkit.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control routes the console uses, called the way curl would call them, and the page's own files. */
class ConsoleControlApiTest {
  private static final String USER = "4915112345678";
  private static final Instant START = Instant.parse("2026-11-02T09:00:00Z");

  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private Wire control;
  private Wire graph;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder()
        .approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Hi {{1}}, order {{2}} shipped.")
        .template("{\"name\":\"spring_sale\",\"language\":\"en_US\",\"category\":\"MARKETING\",\"components\":["
            + "{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Sale for {{1}}\"},"
            + "{\"type\":\"BODY\",\"text\":\"{{1}}, {{2}} off everything\"},"
            + "{\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"},"
            + "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"QUICK_REPLY\",\"text\":\"Not interested\"},"
            + "{\"type\":\"URL\",\"text\":\"Shop\",\"url\":\"https://shop.example/{{1}}\"}]}]}")
        .start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    control = new Wire(fake, "");
    graph = new Wire(fake);
  }

  @AfterEach
  void stop() {
    fake.close();
    receiver.close();
  }

  @Test
  void thePageIsServedFromTheJarWithoutNetworkAndOutsideTheJournal() throws IOException {
    Map<String, String> types = Map.of("/", "text/html; charset=UTF-8",
        "/console/console.js", "text/javascript; charset=UTF-8", "/console/api.js", "text/javascript; charset=UTF-8",
        "/console/render.js", "text/javascript; charset=UTF-8", "/console/console.css", "text/css; charset=UTF-8",
        "/console/icon.svg", "image/svg+xml");
    for (Map.Entry<String, String> asset : types.entrySet()) {
      try (Response response = Wire.CLIENT.newCall(new Request.Builder()
          .url(fake.baseUrl() + asset.getKey().substring(1)).build()).execute()) {
        assertThat(response.code()).as(asset.getKey()).isEqualTo(200);
        assertThat(response.header("Content-Type")).as(asset.getKey()).isEqualTo(asset.getValue());
        // Everything is local: no CDN, no remote fonts or scripts (the SVG namespace is a name, never fetched).
        String body = response.body().string().replace("xmlns=\"http://www.w3.org/2000/svg\"", "");
        assertThat(body).as(asset.getKey()).doesNotContain("http://", "https://", "//cdn");
        if (asset.getKey().equals("/")) {
          assertThat(body).contains("<script type=\"module\" src=\"/console/console.js\"></script>");
        }
      }
    }
    assertThat(control.get("/console/missing.js").code()).isEqualTo(404);
    assertThat(control.get("/testkit/users").code()).isEqualTo(200);

    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void usersShowTheFactsTheFakeHolds() {
    fake.user("+" + USER).named("Jane Doe").sends("hi");
    fake.clock().advance(Duration.ofMinutes(5));

    Map<String, Object> users = control.get("/testkit/users").json();

    assertThat(users).containsEntry("now", "2026-11-02T09:05:00Z").containsEntry("cost", "USD 0.00");
    assertThat(Json.map(users, "messaging_limit")).containsEntry("tier", "TIER_250")
        .containsEntry("unique_users", 0L).containsEntry("limit", 250L);
    fake.awaitWebhooks();
    assertThat(Json.map(control.get("/testkit/users").json(), "webhooks")).containsEntry("url", receiver.url())
        .containsEntry("delivered", 1L).containsEntry("not_delivered", 0L).doesNotContainKey("last_failure_status");
    Map<String, Object> jane = Json.map(Json.list(users, "data").get(0));
    assertThat(jane).containsEntry("wa_id", USER).containsEntry("name", "Jane Doe")
        .containsEntry("window_open", true).containsEntry("window_open_until", "2026-11-03T09:00:00Z")
        .containsEntry("free_entry_point_open", false).containsEntry("marketing_opt_out", false)
        .containsEntry("blocked", false).containsEntry("messages_in", 1L).containsEntry("messages_out", 0L);
  }

  @Test
  void theConversationInterleavesBothSidesWithStatusesAndRenderedTemplates() {
    UserMessage hi = fake.user("+" + USER).sends("hi");
    graph.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"template\",\"template\":"
        + "{\"name\":\"spring_sale\",\"language\":{\"code\":\"en_US\"},\"components\":["
        + "{\"type\":\"header\",\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"}]},"
        + "{\"type\":\"body\",\"parameters\":[{\"type\":\"text\",\"text\":\"Jane\"},{\"type\":\"currency\","
        + "\"currency\":{\"fallback_value\":\"$5\",\"code\":\"USD\",\"amount_1000\":5000}}]},"
        + "{\"type\":\"button\",\"sub_type\":\"quick_reply\",\"index\":\"0\",\"parameters\":[{\"type\":\"payload\","
        + "\"payload\":\"no-thanks\"}]},"
        + "{\"type\":\"button\",\"sub_type\":\"url\",\"index\":\"1\",\"parameters\":[{\"type\":\"text\","
        + "\"text\":\"spring\"}]}]}}");
    fake.user("+" + USER).reactsTo(hi.id(), "👍");

    Map<String, Object> user = control.get("/testkit/users/+" + USER).json();

    List<Object> conversation = Json.list(user, "conversation");
    assertThat(conversation).extracting(i -> Json.string(i, "direction") + " " + Json.string(i, "type"))
        .containsExactly("in text", "out template", "in reaction");
    Map<String, Object> template = Json.map(conversation.get(1));
    assertThat(template).containsEntry("status", "delivered");
    assertThat(Json.map(template, "template")).containsEntry("header", "Sale for Jane")
        .containsEntry("body", "Jane, $5 off everything").containsEntry("footer", "Reply STOP to opt out")
        .containsEntry("buttons", List.of(
            Map.of("type", "quick_reply", "text", "Not interested", "payload", "no-thanks"),
            Map.of("type", "url", "text", "Shop", "url", "https://shop.example/spring")));
    assertThat(Json.map(template, "pricing")).containsEntry("category", "marketing").containsEntry("billable", true);
    // Charged per delivered message, priced by core's CostEstimator: one source of truth.
    String price = CostEstimator.ofDefaults().priceOf(PriceQuery.of("+" + USER, PricingCategory.MARKETING).at(START))
        .price().toString();
    assertThat(template).containsEntry("price", price);
    assertThat(user).containsEntry("cost", price);
    assertThat(control.get("/testkit/users").json()).containsEntry("cost", price);
    assertThat(Json.at(conversation.get(2), "message", "reaction", "message_id")).isEqualTo(hi.id());
  }

  @Test
  void theConversationShowsTheRoutingThreadAndWhatTheOtherResponderSent() {
    assertThat(control.get("/testkit/users/+" + USER).json()).doesNotContainKey("routing");
    fake.routing().enable(RoutingConfiguration.behindAiAgent());
    fake.user("+" + USER).sends("Where is my order?");
    String wamid = fake.routing().otherResponderSends("+" + USER, "It ships today.");

    Map<String, Object> user = control.get("/testkit/users/+" + USER).json();
    assertThat(Json.map(user, "routing")).isEqualTo(Map.of("owner_role", "ai_agent", "idle", false,
        "owned_by_app", false, "standby", true, "escalation_partner", "app"));
    List<Object> conversation = Json.list(user, "conversation");
    assertThat(conversation).hasSize(2);
    Map<String, Object> echo = Json.map(conversation.get(1));
    assertThat(echo).containsEntry("direction", "out").containsEntry("sender", "other_responder")
        .containsEntry("sender_role", "ai_agent").containsEntry("id", wamid).containsEntry("type", "text")
        .containsEntry("status", "delivered").doesNotContainKeys("pricing", "price");
    assertThat(Json.string(echo, "message", "text", "body")).isEqualTo("It ships today.");
    assertThat(Json.at(conversation.get(0), "sequence")).isInstanceOf(Long.class);
    assertThat((Long) echo.get("sequence")).isGreaterThan((Long) Json.at(conversation.get(0), "sequence"));
    // Not the app's: its sent messages and the console's counts and cost leave it out.
    assertThat(fake.sentMessages()).isEmpty();
    assertThat(control.get("/testkit/messages").json()).containsEntry("data", List.of());
    assertThat(user).containsEntry("messages_out", 0L).containsEntry("cost", "USD 0.00");

    fake.routing().passToApp("+" + USER, null);
    assertThat(Json.map(control.get("/testkit/users/+" + USER).json(), "routing"))
        .containsEntry("owner_role", "escalation").containsEntry("owned_by_app", true);
    fake.reset();
    assertThat(Json.list(control.get("/testkit/users/+" + USER).json(), "conversation")).isEmpty();
  }

  @Test
  void aFailedMessageCarriesMetasError() {
    graph.send(Wire.text(USER, "Hello?"));

    Map<String, Object> failed = Json.map(Json.list(control.get("/testkit/users/" + USER).json(), "conversation")
        .get(0));

    assertThat(failed).containsEntry("status", "failed").containsEntry("price", null);
    assertThat(Json.map(Json.list(failed, "errors").get(0))).containsEntry("code", 131047L)
        .containsEntry("title", "Re-engagement message");
  }

  @Test
  void theUserTapsPicksAndReadsThroughSignedWebhooks() {
    fake.user("+" + USER).sends("menu");
    graph.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"interactive\",\"interactive\":"
        + "{\"type\":\"button\",\"body\":{\"text\":\"Keep it?\"},\"action\":{\"buttons\":[{\"type\":\"reply\","
        + "\"reply\":{\"id\":\"keep\",\"title\":\"Keep\"}}]}}}");
    graph.send("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"interactive\",\"interactive\":"
        + "{\"type\":\"list\",\"body\":{\"text\":\"Size?\"},\"action\":{\"button\":\"Sizes\",\"sections\":[{\"title\":"
        + "\"EU\",\"rows\":[{\"id\":\"size-42\",\"title\":\"42\"}]}]}}}");

    Wire.Reply tap = control.post("/testkit/users/" + USER + "/button-taps", "{\"id\":\"keep\"}");
    Wire.Reply row = control.post("/testkit/users/" + USER + "/list-selections", "{\"row_id\":\"size-42\"}");
    Wire.Reply read = control.post("/testkit/users/" + USER + "/read", "");

    assertThat(Json.at(tap.json(), "interactive", "button_reply", "id")).isEqualTo("keep");
    assertThat(Json.at(row.json(), "interactive", "list_reply", "title")).isEqualTo("42");
    assertThat(read.json()).containsEntry("success", true);
    assertThat(fake.sentMessages()).extracting(SentMessage::status)
        .containsOnly(DeliveryStatus.READ);
    fake.awaitWebhooks();
    assertThat(receiver.payloads()).anySatisfy(p -> assertThat(p).contains("\"button_reply\""))
        .anySatisfy(p -> assertThat(p).contains("\"list_reply\""))
        .anySatisfy(p -> assertThat(p).contains("\"status\":\"read\""));

    Wire.Reply unknown = control.post("/testkit/users/" + USER + "/button-taps", "{\"id\":\"nope\"}");
    assertThat(unknown.code()).isEqualTo(400);
    assertThat((String) unknown.at("error", "message")).contains("\"nope\"");
    assertThat(control.post("/testkit/users/" + USER + "/button-taps", "{}").at("error", "message"))
        .isEqualTo("id is required (a non-empty string), was null");
  }

  @Test
  void mediaFromTheDiskIsStoredForTheAppAndShownBack() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    Wire.Reply image = control.post("/testkit/users/" + USER + "/media", "{\"mime_type\":\"image/png\",\"data\":\""
        + Base64.getEncoder().encodeToString(png) + "\",\"caption\":\"the box\",\"filename\":\"box.png\"}");
    Wire.Reply pdf = control.post("/testkit/users/" + USER + "/media", "{\"mime_type\":\"application/pdf\",\"data\":\""
        + Base64.getEncoder().encodeToString(new byte[] {'%', 'P', 'D', 'F'}) + "\",\"filename\":\"invoice.pdf\"}");

    assertThat(image.json()).containsEntry("type", "image");
    assertThat(Json.map(image.json(), "image")).containsEntry("caption", "the box")
        .containsEntry("mime_type", "image/png");
    String mediaId = Json.string(image.json(), "image", "id");
    Wire.Reply bytes = control.get("/testkit/media/" + mediaId);
    assertThat(bytes.code()).isEqualTo(200);
    assertThat(bytes.body().substring(1)).isEqualTo("PNG\u0001\u0002\u0003");
    assertThat(Json.map(pdf.json(), "document")).containsEntry("filename", "invoice.pdf");
    // The app downloads it through the Graph media endpoints like any user media.
    assertThat(graph.get("/v26.0/" + mediaId).at("mime_type")).isEqualTo("image/png");

    Wire.Reply bad = control.post("/testkit/users/" + USER + "/media", "{\"mime_type\":\"image/png\",\"data\":\"**\"}");
    assertThat(bad.code()).isEqualTo(400);
    assertThat((String) bad.at("error", "message")).startsWith("data must be the file's bytes in base64");
    assertThat(control.get("/testkit/media/1").code()).isEqualTo(404);
  }

  @Test
  void aReferralMakesTheNextMessageComeFromAnAdAndTheReplyOpensTheFreeEntryPoint() {
    control.post("/testkit/users/" + USER + "/referral", "{\"source_id\":\"120201234\",\"headline\":\"Shoes\"}");
    assertThat(control.get("/testkit/users/" + USER).json()).containsEntry("referral_pending", true);

    Map<String, Object> message = control.post("/testkit/users/" + USER + "/messages",
        "{\"type\":\"text\",\"text\":{\"body\":\"Available?\"}}").json();
    graph.send(Wire.text(USER, "Yes!"));

    assertThat(Json.map(message, "referral")).containsEntry("source_id", "120201234")
        .containsEntry("headline", "Shoes").containsEntry("source_type", "ad");
    assertThat(control.get("/testkit/users/" + USER).json()).containsEntry("referral_pending", false)
        .containsEntry("free_entry_point_open", true)
        .containsEntry("free_entry_point_until", "2026-11-05T09:00:00Z");
    assertThat(control.post("/testkit/users/" + USER + "/referral", "{}").code()).isEqualTo(400);
  }

  @Test
  void marketingOptOutIsAFactAndAWebhook() {
    control.post("/testkit/users/" + USER + "/marketing", "{\"stop\":true}");

    assertThat(control.get("/testkit/users/" + USER).json()).containsEntry("marketing_opt_out", true);
    assertThat(receiver.awaitPayloads(1, Duration.ofSeconds(10)).get(0)).contains("\"user_preferences\"");
    assertThat(control.post("/testkit/users/" + USER + "/marketing", "{\"stop\":\"yes\"}").code()).isEqualTo(400);
  }

  @Test
  void faultsForTheNextCalls() {
    fake.user("+" + USER).sends("hi");

    assertThat(control.post("/testkit/faults", "{\"calls\":1,\"error_code\":131000}").json())
        .containsEntry("fault", "(#131000) Something went wrong").containsEntry("calls", 1L);
    assertThat(graph.send(Wire.text(USER, "a")).at("error", "code")).isEqualTo(131000L);
    assertThat(graph.send(Wire.text(USER, "b")).code()).isEqualTo(200);

    control.post("/testkit/faults", "{\"calls\":2,\"http_status\":503}");
    assertThat(graph.send(Wire.text(USER, "c")).code()).isEqualTo(503);
    assertThat(control.delete("/testkit/faults").json()).containsEntry("success", true);
    assertThat(graph.send(Wire.text(USER, "d")).code()).isEqualTo(200);

    Wire.Reply both = control.post("/testkit/faults", "{\"error_code\":131000,\"http_status\":500}");
    assertThat(both.code()).isEqualTo(400);
    assertThat((String) both.at("error", "message")).startsWith("give exactly one of error_code, http_status");
    assertThat(control.post("/testkit/faults", "{\"calls\":0,\"drop_connection\":true}").code()).isEqualTo(400);
  }
}
