package dev.wabasdk.template;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.paging.Page;
import dev.wabasdk.WhatsApp;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TemplatesApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String FIELDS_QUERY = "fields=id%2Cname%2Clanguage%2Cstatus%2Ccategory%2Cprevious_category%2C"
      + "parameter_format%2Ccomponents%2Cquality_score%2Crejected_reason%2Cmessage_send_ttl_seconds%2C"
      + "correct_category%2Clibrary_template_name";

  private TemplatesApi templates() {
    return graph.client().templates();
  }

  static TemplateDefinition orderShipped() {
    return TemplateDefinition.builder("order_shipped", "en_US", TemplateCategory.UTILITY)
        .component(Component.headerText("Order {{1}}", Map.of("1", "#1234")))
        .component(Component.body("Hi {{1}}, your order shipped on {{2}}. Thanks!", Map.of("2", "May 3", "1", "Jane")))
        .component(Component.footer("Reply STOP to opt out"))
        .component(Component.buttons(
            Button.url("Track", "https://shop.example/track/{{1}}", "https://shop.example/track/1Z999"),
            Button.phoneNumber("Call us", "+16505551234"),
            Button.quickReply("Stop updates")))
        .build();
  }

  /** Meta's "flows as template" example: the FLOW button carries the Flow JSON itself ({@code flow_json}). */
  static TemplateDefinition flowJsonSignUp() {
    return TemplateDefinition.builder("example_template_name", "en_US", TemplateCategory.MARKETING)
        .component(Component.body("This is a flows as template demo"))
        .component(Component.buttons(Button.flowWithJson("Sign up", HELLO_FLOW_JSON, "navigate", "WELCOME_SCREEN")))
        .build();
  }

  private static final String HELLO_FLOW_JSON = "{\"version\":\"5.0\",\"screens\":[{\"id\":\"WELCOME_SCREEN\","
      + "\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[{\"type\":\"TextHeading\",\"text\":"
      + "\"Hello World\"},{\"type\":\"Footer\",\"label\":\"Complete\",\"on-click-action\":{\"name\":"
      + "\"complete\",\"payload\":{}}}]},\"title\":\"Welcome\",\"terminal\":true,\"success\":true,"
      + "\"data\":{}}]}";

  private void assertPost(RecordedRequest request, String path, String json) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    // Both sides normalised the same way (key order kept; integers read back as doubles).
    assertThat(compact(request.getBody().utf8())).isEqualTo(compact(json));
    assertThat(request.getBody().utf8()).doesNotContain(".0,", ".0}");
  }

  @Test
  void createsAPositionalTemplateWithExamples() throws Exception {
    graph.enqueue(200, "{\"id\":\"594425479261596\",\"status\":\"PENDING\",\"category\":\"UTILITY\"}");

    CreatedTemplate created = templates().create(orderShipped());

    assertThat(created).isEqualTo(new CreatedTemplate("594425479261596", TemplateStatus.PENDING,
        TemplateCategory.UTILITY));
    assertThat(created.status()).isSameAs(TemplateStatus.PENDING);
    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"order_shipped","language":"en_US","category":"UTILITY","parameter_format":"POSITIONAL",
         "components":[
          {"type":"HEADER","format":"TEXT","text":"Order {{1}}","example":{"header_text":["#1234"]}},
          {"type":"BODY","text":"Hi {{1}}, your order shipped on {{2}}. Thanks!","example":{"body_text":[["Jane","May 3"]]}},
          {"type":"FOOTER","text":"Reply STOP to opt out"},
          {"type":"BUTTONS","buttons":[
            {"type":"URL","text":"Track","url":"https://shop.example/track/{{1}}","example":["https://shop.example/track/1Z999"]},
            {"type":"PHONE_NUMBER","text":"Call us","phone_number":"+16505551234"},
            {"type":"QUICK_REPLY","text":"Stop updates"}]}]}""");
  }

  @Test
  void createsANamedMarketingTemplateWithMediaHeaderAndCopyCode() throws Exception {
    graph.enqueue(200, "{\"id\":\"1\",\"status\":\"APPROVED\",\"category\":\"MARKETING\"}");
    TemplateDefinition promo = TemplateDefinition.builder("summer_promo", "en", TemplateCategory.MARKETING)
        .parameterFormat(ParameterFormat.NAMED)
        .messageSendTtlSeconds(43200)
        .component(Component.headerMedia(HeaderFormat.IMAGE, "4::aW1hZ2UvanBlZw==:ARb"))
        .component(Component.body("Hello {{first_name}}, use {{code}} for {{discount}} off!",
            Map.of("first_name", "Jane", "discount", "20%", "code", "SUMMER20")))
        .component(Component.buttons(Button.copyCode("SUMMER20"), Button.catalog("View catalog")))
        .build();

    templates().createAsync(promo).get(5, TimeUnit.SECONDS);

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"summer_promo","language":"en","category":"MARKETING","parameter_format":"NAMED",
         "components":[
          {"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::aW1hZ2UvanBlZw==:ARb"]}},
          {"type":"BODY","text":"Hello {{first_name}}, use {{code}} for {{discount}} off!",
           "example":{"body_text_named_params":[{"param_name":"first_name","example":"Jane"},
             {"param_name":"code","example":"SUMMER20"},{"param_name":"discount","example":"20%"}]}},
          {"type":"BUTTONS","buttons":[{"type":"COPY_CODE","example":"SUMMER20"},{"type":"CATALOG","text":"View catalog"}]}],
         "message_send_ttl_seconds":43200}""");
  }

  @Test
  void createsAFlowButtonWithInlineFlowJson() throws Exception {
    graph.enqueue(200, "{\"id\":\"4\",\"status\":\"PENDING\",\"category\":\"MARKETING\"}");

    templates().create(flowJsonSignUp());

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"example_template_name","language":"en_US","category":"MARKETING","parameter_format":"POSITIONAL",
         "components":[
          {"type":"BODY","text":"This is a flows as template demo"},
          {"type":"BUTTONS","buttons":[{"type":"FLOW","text":"Sign up","flow_json":%s,
            "flow_action":"navigate","navigate_screen":"WELCOME_SCREEN"}]}]}"""
        .formatted(dev.wabasdk.internal.Json.write(HELLO_FLOW_JSON)));
  }

  @Test
  void createsAnAuthenticationTemplate() throws Exception {
    graph.enqueue(200, "{\"id\":\"2\",\"status\":\"PENDING\",\"category\":\"AUTHENTICATION\"}");
    TemplateDefinition otp = TemplateDefinition.builder("login_code", "en_US", TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(true))
        .component(Component.codeExpiration(10))
        .component(Component.buttons(Button.otpOneTap("Copy code", "Autofill",
            List.of(new Button.SupportedApp("com.example.app", "K8a/AINcGX7")))))
        .build();

    templates().create(otp);

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"login_code","language":"en_US","category":"AUTHENTICATION","parameter_format":"POSITIONAL",
         "components":[
          {"type":"BODY","add_security_recommendation":true},
          {"type":"FOOTER","code_expiration_minutes":10},
          {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"ONE_TAP","text":"Copy code","autofill_text":"Autofill",
            "supported_apps":[{"package_name":"com.example.app","signature_hash":"K8a/AINcGX7"}]}]}]}""");
  }

  @Test
  void createsACarouselAndALimitedTimeOffer() throws Exception {
    graph.enqueue(200, "{\"id\":\"3\",\"status\":\"PENDING\",\"category\":\"MARKETING\"}");
    Component.Card card = Component.Card.of(
        Component.headerMedia(HeaderFormat.IMAGE, "4::h1"),
        Component.body("Fresh {{1}} today", Map.of("1", "bread")),
        Component.buttons(Button.quickReply("Order")));
    TemplateDefinition carousel = TemplateDefinition.builder("daily_offer", "en_US", TemplateCategory.MARKETING)
        .component(Component.body("Our offers, {{1}}!", Map.of("1", "Jane")))
        .component(Component.limitedTimeOffer("Ends soon!", true))
        .component(Component.carousel(card, card))
        .build();

    templates().create(carousel);

    String cardJson = """
        {"components":[{"type":"HEADER","format":"IMAGE","example":{"header_handle":["4::h1"]}},
          {"type":"BODY","text":"Fresh {{1}} today","example":{"body_text":[["bread"]]}},
          {"type":"BUTTONS","buttons":[{"type":"QUICK_REPLY","text":"Order"}]}]}""";
    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"daily_offer","language":"en_US","category":"MARKETING","parameter_format":"POSITIONAL",
         "components":[
          {"type":"BODY","text":"Our offers, {{1}}!","example":{"body_text":[["Jane"]]}},
          {"type":"LIMITED_TIME_OFFER","limited_time_offer":{"text":"Ends soon!","has_expiration":true}},
          {"type":"CAROUSEL","cards":[""" + cardJson + "," + cardJson + "]}]}");
  }

  @Test
  void invalidDefinitionIsRefusedBeforeAnyRequest() {
    TemplateDefinition bad = TemplateDefinition.builder("Bad Name", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("{{1}} is here", Map.of())).build();

    assertThatThrownBy(() -> templates().create(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("template 'Bad Name' (en_US) breaks Meta's rules: name: must be 1 to 512 lowercase")
        .hasMessageContaining("components[0] (BODY): the body cannot start with a variable")
        .hasMessageContaining("components[0] (BODY): variable {{1}} needs an example");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void accountCallsWithoutBusinessAccountIdFailBeforeAnyRequest() {
    try (WhatsApp noWaba = WhatsApp.builder().accessToken("t").phoneNumberId("1")
        .baseUrl(graph.server().url("/").toString()).build()) {
      assertThatThrownBy(() -> noWaba.templates().create(orderShipped()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("businessAccountId is required for templates().create(...): set "
              + "WhatsApp.builder().businessAccountId(\"<WABA id>\")");
      assertThatThrownBy(() -> noWaba.templates().list()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("businessAccountId");
      assertThatThrownBy(() -> noWaba.templates().deleteAsync("x")).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("businessAccountId");
      assertThatThrownBy(() -> noWaba.phoneNumbers().list()).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("businessAccountId");
    }
    assertThat(graph.server().getRequestCount()).isZero();
  }

  private static String page(String name, String after, boolean next) {
    return "{\"data\":[{\"name\":\"" + name + "_a\",\"language\":\"en_US\",\"status\":\"APPROVED\",\"category\":\"UTILITY\","
        + "\"id\":\"" + name + "1\"},{\"name\":\"" + name + "_b\",\"language\":\"de\",\"status\":\"PAUSED\","
        + "\"category\":\"MARKETING\",\"id\":\"" + name + "2\"}],"
        + "\"paging\":{\"cursors\":{\"before\":\"B\",\"after\":\"" + after + "\"}"
        + (next ? ",\"next\":\"https://graph.facebook.com/v26.0/x?after=" + after + "\"" : "") + "}}";
  }

  @Test
  void listFollowsCursorsLazilyAcrossThreePages() throws Exception {
    graph.enqueue(200, page("p1", "MjQZD", true));
    graph.enqueue(200, page("p2", "MjUZD", true));
    graph.enqueue(200, page("p3", "MjYZD", false));

    Iterator<Template> it = templates().list(TemplateFilter.all().withPageSize(2)).iterator();
    assertThat(graph.server().getRequestCount()).as("nothing fetched before iteration").isZero();
    assertThat(it.next().name()).isEqualTo("p1_a");
    assertThat(graph.server().getRequestCount()).as("one page at a time").isEqualTo(1);
    List<String> rest = new java.util.ArrayList<>();
    it.forEachRemaining(t -> rest.add(t.name() + "/" + t.status()));

    assertThat(rest).containsExactly("p1_b/PAUSED", "p2_a/APPROVED", "p2_b/PAUSED", "p3_a/APPROVED", "p3_b/PAUSED");
    assertThat(graph.server().getRequestCount()).isEqualTo(3);
    String base = "/v26.0/" + WABA_ID + "/message_templates?" + FIELDS_QUERY + "&limit=2";
    assertThat(target(graph.take())).isEqualTo(base);
    assertThat(target(graph.take())).isEqualTo(base + "&after=MjQZD");
    assertThat(target(graph.take())).isEqualTo(base + "&after=MjUZD");
  }

  @Test
  void listSendsFiltersAndCursorsExactly() throws Exception {
    graph.enqueue(200, page("p1", "MjQZD", true));
    graph.enqueue(200, page("p2", "MjUZD", true));
    graph.enqueue(200, page("p3", "MjYZD", false));

    List<Template> approved = templates().list(TemplateFilter.all()
            .withName("order").withStatus(TemplateStatus.APPROVED).withCategory(TemplateCategory.UTILITY)
            .withLanguage("en_US"))
        .stream().filter(Template::isApproved).toList();

    assertThat(approved).extracting(Template::id).containsExactly("p11", "p21", "p31");
    String base = "/v26.0/" + WABA_ID + "/message_templates?" + FIELDS_QUERY
        + "&name=order&status=APPROVED&category=UTILITY&language=en_US";
    assertThat(target(graph.take())).isEqualTo(base);
    assertThat(target(graph.take())).isEqualTo(base + "&after=MjQZD");
    assertThat(target(graph.take())).isEqualTo(base + "&after=MjUZD");
  }

  @Test
  void listPageAsyncReturnsTheCursor() throws Exception {
    graph.enqueue(200, page("p1", "MjQZD", true));
    Page<Template> first = templates().listPageAsync(TemplateFilter.all(), null).get(5, TimeUnit.SECONDS);
    assertThat(first.items()).hasSize(2);
    assertThat(first.after()).isEqualTo("MjQZD");
    assertThat(first.hasNext()).isTrue();
  }

  @Test
  void anEmptyListMakesOneRequest() {
    graph.enqueue(200, "{\"data\":[],\"paging\":{\"cursors\":{\"before\":\"\",\"after\":\"\"}}}");
    assertThat(templates().list().stream().count()).isZero();
    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  private static String target(RecordedRequest request) {
    return request.getUrl().encodedPath() + "?" + request.getUrl().encodedQuery();
  }

  @Test
  void getsATemplateWithQualityRejectionAndUnknownValues() throws Exception {
    graph.enqueue(200, """
        {"id":"1667192013751005","name":"order_delivery_update","language":"en_US","status":"UNDER_REVIEW_2027",
         "category":"TRANSACTIONAL","previous_category":"MARKETING","parameter_format":"NAMED",
         "quality_score":{"score":"YELLOW","date":1700000000},"rejected_reason":"NEW_REASON",
         "message_send_ttl_seconds":600,
         "components":[{"type":"BODY","text":"Hi {{name}}, bye","example":{"body_text_named_params":
           [{"param_name":"name","example":"Jane"}]}},
           {"type":"HOLOGRAM","depth":3},
           {"type":"BUTTONS","buttons":[{"type":"TELEPORT","text":"Go"},{"type":"COPY_CODE","example":["SAVE"]}]}]}""");

    Template t = templates().get("1667192013751005");

    assertThat(target(graph.take())).isEqualTo("/v26.0/1667192013751005?" + FIELDS_QUERY);
    assertThat(t.status().value()).isEqualTo("UNDER_REVIEW_2027");
    assertThat(t.status().isKnown()).isFalse();
    assertThat(t.isApproved()).isFalse();
    assertThat(t.category()).isEqualTo(new TemplateCategory("TRANSACTIONAL"));
    assertThat(t.category().isKnown()).isFalse();
    assertThat(t.previousCategory()).isSameAs(TemplateCategory.MARKETING);
    assertThat(t.qualityScore()).isSameAs(QualityScore.YELLOW);
    assertThat(t.rejectedReason()).isEqualTo(new RejectionReason("NEW_REASON"));
    assertThat(t.parameterFormat()).isEqualTo(ParameterFormat.NAMED);
    assertThat(t.messageSendTtlSeconds()).isEqualTo(600);
    assertThat(t.components()).containsExactly(
        new Component.Body("Hi {{name}}, bye", Map.of("name", "Jane"), null),
        new Component.Unknown("HOLOGRAM", Map.of("type", "HOLOGRAM", "depth", 3.0)),
        new Component.Buttons(List.of(new Button.Other("TELEPORT", Map.of("text", "Go")),
            new Button.CopyCode("SAVE"))));
  }

  @Test
  void aCreatedDefinitionReadsBackEqual() throws Exception {
    for (TemplateDefinition d : List.of(orderShipped(), TemplateDefinitionTest.namedPromo(),
        TemplateDefinitionTest.authentication(), flowJsonSignUp())) {
      // The JSON create() wrote is what Meta answers a look-up with, plus the id and status.
      graph.enqueue(200, "{\"id\":\"42\",\"status\":\"PENDING\",\"category\":\"UTILITY\"}");
      templates().create(d);
      Map<String, Object> json = new java.util.LinkedHashMap<>(
          dev.wabasdk.internal.Json.readObject(graph.take().getBody().utf8()));
      json.put("id", "42");
      json.put("status", "APPROVED");
      graph.enqueue(200, dev.wabasdk.internal.Json.write(json));

      assertThat(templates().getAsync("42").get(5, TimeUnit.SECONDS).definition()).isEqualTo(d);
      graph.take(); // the look-up
    }
  }

  @Test
  void editsComponentsAndCategory() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    templates().edit("594425479261596", TemplateEdit.components(ParameterFormat.POSITIONAL,
        List.of(Component.body("Your code ships {{1}}.", Map.of("1", "today")))));
    templates().editAsync("594425479261596", TemplateEdit.category(TemplateCategory.MARKETING)).get(5, TimeUnit.SECONDS);

    assertPost(graph.take(), "/v26.0/594425479261596", """
        {"parameter_format":"POSITIONAL","components":[{"type":"BODY","text":"Your code ships {{1}}.",
         "example":{"body_text":[["today"]]}}]}""");
    assertPost(graph.take(), "/v26.0/594425479261596", "{\"category\":\"MARKETING\"}");
  }

  @Test
  void editWithInvalidComponentsIsRefusedLocally() {
    assertThatThrownBy(() -> templates().edit("5", TemplateEdit.components(ParameterFormat.POSITIONAL,
        List.of(Component.footer("x".repeat(61))))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("components[0] (FOOTER) text: is 61 characters, over Meta's limit of 60");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void aUtilityTemplateAsksForThirtyDaysWithMinusOne() throws Exception {
    graph.enqueue(200, "{\"id\":\"3\",\"status\":\"PENDING\",\"category\":\"UTILITY\"}");

    templates().create(TemplateDefinition.builder("order_update", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("Your order has shipped and is on its way to you."))
        .messageSendTtlSeconds(-1)
        .build());

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"order_update","language":"en_US","category":"UTILITY","parameter_format":"POSITIONAL",
         "components":[{"type":"BODY","text":"Your order has shipped and is on its way to you."}],
         "message_send_ttl_seconds":-1}""");
  }

  @Test
  void aTimeToLiveOutsideTheCategorysRangeIsRefusedLocally() {
    TemplateDefinition flashSale = TemplateDefinition.builder("flash_sale", "en_US", TemplateCategory.MARKETING)
        .component(Component.body("Our flash sale ends soon, shop now."))
        .messageSendTtlSeconds(600)
        .build();

    assertThatThrownBy(() -> templates().create(flashSale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("template 'flash_sale' (en_US) breaks Meta's rules: message_send_ttl_seconds: must be 43200 to"
            + " 2592000 seconds (12 hours to 30 days) for MARKETING templates, was 600");
    assertThatThrownBy(() -> templates().edit("5", new TemplateEdit(TemplateCategory.AUTHENTICATION, null, null,
        3600))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("message_send_ttl_seconds: must be"
            + " 30 to 900 seconds, or -1 for 30 days, for AUTHENTICATION templates, was 3600");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void deletesByNameOrByNameAndId() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    graph.enqueue(200, "{\"success\":true}");

    templates().delete("order_shipped");
    templates().deleteAsync("order_shipped", "594425479261596").get(5, TimeUnit.SECONDS);

    RecordedRequest byName = graph.take();
    assertThat(byName.getMethod()).isEqualTo("DELETE");
    GraphServerExtension.assertHeaders(byName);
    assertThat(target(byName)).isEqualTo("/v26.0/" + WABA_ID + "/message_templates?name=order_shipped");
    assertThat(target(graph.take()))
        .isEqualTo("/v26.0/" + WABA_ID + "/message_templates?name=order_shipped&hsm_id=594425479261596");
  }

  @Test
  void successFalseIsAnError() {
    graph.enqueue(200, "{\"success\":false}");
    assertThatThrownBy(() -> templates().delete("x"))
        .isInstanceOf(dev.wabasdk.error.WabaException.class)
        .hasMessageContaining("answered success: false");
  }
}
