package dev.wabasdk.template;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.paging.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Unpause, archive, compare and the Template Library, against Meta's documented requests and answers. */
class TemplateLifecycleApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private TemplatesApi templates() {
    return graph.client().templates();
  }

  private WhatsApp noBusinessAccount() {
    return WhatsApp.builder().accessToken(GraphServerExtension.TOKEN).phoneNumberId("1")
        .baseUrl(graph.server().url("/").toString()).build();
  }

  private static void assertPost(RecordedRequest request, String path, String json) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    GraphServerExtension.assertHeaders(request);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
    // Both sides normalised the same way (key order kept; integers read back as doubles).
    assertThat(compact(request.getBody().utf8())).isEqualTo(compact(json));
    assertThat(request.getBody().utf8()).doesNotContain(".0,", ".0}");
  }

  // ---- unpause

  @Test
  void unpausePostsToTheTemplatesUnpauseEdge() throws Exception {
    graph.enqueue(200, "{\"success\":true}");
    templates().unpause("1387372356726668");
    assertPost(graph.take(), "/v26.0/1387372356726668/unpause", "{}");

    graph.enqueue(200, "{\"success\":true}");
    templates().unpauseAsync("1387372356726668").get(5, TimeUnit.SECONDS);
    assertThat(graph.take().getUrl().encodedPath()).isEqualTo("/v26.0/1387372356726668/unpause");
  }

  @Test
  void unpauseSurfacesMetasRefusalTyped() {
    graph.enqueueError(400, 100, "Invalid parameter");
    assertThatThrownBy(() -> templates().unpause("1387372356726668"))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.outcome()).isEqualTo(Outcome.REJECTED);
        });
  }

  @Test
  void unpauseRefusesANonIdBeforeAnyRequest() {
    assertThatThrownBy(() -> templates().unpause("1/../2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templateId");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  // ---- archive

  @Test
  void archiveSendsMetasDocumentedBodyAndReadsBothOutcomes() throws Exception {
    // Meta's documented example answer (template archival page).
    graph.enqueue(200, """
        {"archived_templates":["1387372356726668"],
         "failed_templates":{"594425479261596":"Only approved or rejected templates can be archived"}}""");

    ArchiveResult result = templates().archive(List.of("1387372356726668", "594425479261596"));

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates/archive",
        "{\"hsm_ids\":[\"1387372356726668\",\"594425479261596\"]}");
    assertThat(result.succeeded()).containsExactly("1387372356726668");
    assertThat(result.failed())
        .containsExactly(Map.entry("594425479261596", "Only approved or rejected templates can be archived"));
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void unarchiveReadsUnarchivedTemplates() throws Exception {
    graph.enqueue(200, "{\"unarchived_templates\":[\"1387372356726668\"],\"failed_templates\":{}}");

    ArchiveResult result = templates().unarchiveAsync(List.of("1387372356726668")).get(5, TimeUnit.SECONDS);

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates/unarchive",
        "{\"hsm_ids\":[\"1387372356726668\"]}");
    assertThat(result.succeeded()).containsExactly("1387372356726668");
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void archiveChecksItsIdsBeforeAnyRequest() {
    List<String> many = IntStream.rangeClosed(1, 101).mapToObj(Integer::toString).toList();
    assertThatThrownBy(() -> templates().archive(List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("templateIds: must hold 1 to 100 ids, has 0");
    assertThatThrownBy(() -> templates().unarchive(many))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("templateIds: must hold 1 to 100 ids, has 101");
    assertThatThrownBy(() -> templates().archive(List.of("1", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("templateIds: '1' is given twice");
    assertThatThrownBy(() -> templates().archiveAsync(List.of("1?x=2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("templateIds");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  @Test
  void archiveNeedsTheBusinessAccountId() {
    try (WhatsApp noWaba = noBusinessAccount()) {
      assertThatThrownBy(() -> noWaba.templates().archive(List.of("1")))
          .isInstanceOf(IllegalStateException.class).hasMessage("businessAccountId is required for templates().archive(...): set "
              + "WhatsApp.builder().businessAccountId(\"<WABA id>\")");
    }
  }

  // ---- compare

  /** Meta's documented example answer (template comparison page). */
  private static final String COMPARISON = """
      {"data":[
        {"metric":"BLOCK_RATE","type":"RELATIVE","order_by_relative_metric":["1533406637136032","5289179717853347"]},
        {"metric":"MESSAGE_SENDS","type":"NUMBER_VALUES","number_values":[
          {"key":"5289179717853347","value":1273},{"key":"1533406637136032","value":1042}]},
        {"metric":"TOP_BLOCK_REASON","type":"STRING_VALUES","string_values":[
          {"key":"5289179717853347","value":"UNKNOWN_BLOCK_REASON"},
          {"key":"1533406637136032","value":"UNKNOWN_BLOCK_REASON"}]}]}""";

  @Test
  void compareSendsTheWindowInUnixSecondsAndReadsMetasExample() throws Exception {
    graph.enqueue(200, COMPARISON);
    Instant end = Instant.ofEpochSecond(1674845395L);
    Instant start = end.minusSeconds(604800);

    TemplateComparison c = templates().compare("5289179717853347", "1533406637136032", start, end);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v26.0/5289179717853347/compare");
    assertThat(request.getUrl().queryParameter("template_ids")).isEqualTo("[1533406637136032]");
    assertThat(request.getUrl().queryParameter("start")).isEqualTo("1674240595");
    assertThat(request.getUrl().queryParameter("end")).isEqualTo("1674845395");
    assertThat(c.blockRateOrder()).containsExactly("1533406637136032", "5289179717853347");
    assertThat(c.lowerBlockRate()).isEqualTo("1533406637136032");
    assertThat(c.sends("5289179717853347")).isEqualTo(1273);
    assertThat(c.sends("1533406637136032")).isEqualTo(1042);
    assertThat(c.topBlockReasons().get("5289179717853347")).isSameAs(TemplateBlockReason.UNKNOWN_BLOCK_REASON);
  }

  @Test
  void compareWithALookbackEndsAtTheClientsClock() throws Exception {
    Instant now = Instant.parse("2026-03-01T10:15:30.750Z");
    try (WhatsApp client = graph.builder().clock(Clock.fixed(now, ZoneOffset.UTC)).build()) {
      graph.enqueue(200, COMPARISON);
      client.templates().compareAsync("5289179717853347", "1533406637136032", ComparisonLookback.DAYS_30)
          .get(5, TimeUnit.SECONDS);
      RecordedRequest request = graph.take();
      long end = Instant.parse("2026-03-01T10:15:30Z").getEpochSecond();
      assertThat(request.getUrl().queryParameter("end")).isEqualTo(Long.toString(end));
      assertThat(request.getUrl().queryParameter("start")).isEqualTo(Long.toString(end - 2592000));
    }
  }

  @Test
  void compareRefusesWindowsMetaDoesNotOffer() {
    Instant end = Instant.ofEpochSecond(1674845395L);
    assertThatThrownBy(() -> templates().compare("1", "2", end.minusSeconds(8 * 86400), end))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("end - start: must be exactly 7, 30, 60 or 90 days (Meta's lookbacks), was PT192H");
    assertThatThrownBy(() -> templates().compare("1", "2", end, end.minusSeconds(604800)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("was PT-168H");
    assertThatThrownBy(() -> templates().compare("1", "1", ComparisonLookback.DAYS_7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("otherTemplateId: must differ from templateId, both were 1");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  // ---- Template Library

  /** Meta's documented library entry (template library page), in a page with a next cursor. */
  private static final String LIBRARY_PAGE = """
      {"data":[{"name":"low_balance_warning_1","language":"en_US","category":"UTILITY","topic":"PAYMENTS",
        "usecase":"LOW_BALANCE_WARNING","industry":["FINANCIAL_SERVICES"],"header":"Your account balance is low",
        "body":"Hi {{1}},\\nThis is to notify you that your {{2}} in your {{3}} account, ending in {{4}} is below your pre-set {{5}} of {{6}}.\\nClick the button to deposit more {{7}}.\\n{{8}}",
        "body_params":["Jim","available funds","CS Mutual checking plus","1234","limit","$75.00","funds","CS Mutual"],
        "buttons":[{"type":"URL","text":"Make a deposit","url":"https://www.example.com/"},
                   {"type":"PHONE_NUMBER","text":"Call us","phone_number":"+18005551234"}],
        "id":"7147013345418927"}],
       "paging":{"cursors":{"before":"QVFIUk","after":"QVFIUl"},"next":"https://graph.facebook.com/next"}}""";

  @Test
  void libraryBrowsesWithEveryFilterAndFollowsTheCursor() throws Exception {
    graph.enqueue(200, LIBRARY_PAGE);
    graph.enqueue(200, """
        {"data":[{"name":"delivery_failed_2_form","language":"en_US","category":"UTILITY",
          "topic":"ORDER_MANAGEMENT","usecase":"DELIVERY_FAILED","industry":["E_COMMERCE"],
          "body":"We were unable to deliver order {{1}} today.\\n\\nPlease {{2}} to schedule another delivery attempt.",
          "body_params":["#12345","try a redelivery"],"body_param_types":["TEXT","TEXT"],
          "buttons":[{"type":"FLOW","text":"Reschedule"}],"id":"7138055039625658"}]}""");

    List<LibraryTemplate> found = templates().library(LibraryFilter.all().withSearch("payments")
            .withTopic(LibraryTopic.PAYMENTS).withUseCase(LibraryUseCase.LOW_BALANCE_WARNING)
            .withIndustry(LibraryIndustry.FINANCIAL_SERVICES).withLanguage("en_US").withPageSize(1))
        .stream().toList();

    String base = "/v26.0/message_template_library?search=payments&topic=PAYMENTS&usecase=LOW_BALANCE_WARNING"
        + "&industry=FINANCIAL_SERVICES&language=en_US&limit=1";
    RecordedRequest first = graph.take();
    GraphServerExtension.assertHeaders(first);
    assertThat(first.getUrl().encodedPath() + "?" + first.getUrl().encodedQuery()).isEqualTo(base);
    RecordedRequest second = graph.take();
    assertThat(second.getUrl().encodedPath() + "?" + second.getUrl().encodedQuery()).isEqualTo(base + "&after=QVFIUl");

    assertThat(found).hasSize(2);
    LibraryTemplate low = found.get(0);
    assertThat(low.name()).isEqualTo("low_balance_warning_1");
    assertThat(low.category()).isSameAs(TemplateCategory.UTILITY);
    assertThat(low.topic()).isSameAs(LibraryTopic.PAYMENTS);
    assertThat(low.useCase()).isSameAs(LibraryUseCase.LOW_BALANCE_WARNING);
    assertThat(low.industries()).containsExactly(LibraryIndustry.FINANCIAL_SERVICES);
    assertThat(low.header()).isEqualTo("Your account balance is low");
    assertThat(low.bodyParams()).hasSize(8).startsWith("Jim", "available funds");
    assertThat(low.buttons()).containsExactly(
        new LibraryButton(LibraryButtonType.URL, "Make a deposit", "https://www.example.com/", null),
        new LibraryButton(LibraryButtonType.PHONE_NUMBER, "Call us", null, "+18005551234"));
    assertThat(low.needsButtonInputs()).isTrue();
    LibraryTemplate form = found.get(1);
    assertThat(form.header()).isNull();
    assertThat(form.bodyParamTypes()).containsExactly(LibraryParameterType.TEXT, LibraryParameterType.TEXT);
    assertThat(form.buttons().get(0).type()).isSameAs(LibraryButtonType.FLOW);
    assertThat(form.needsButtonInputs()).isFalse();
  }

  @Test
  void libraryPageAsyncNeedsNoBusinessAccount() throws Exception {
    try (WhatsApp noWaba = noBusinessAccount()) {
      graph.enqueue(200, LIBRARY_PAGE);
      Page<LibraryTemplate> page = noWaba.templates().libraryPageAsync(LibraryFilter.all().withName(
          "low_balance_warning_1"), null).get(5, TimeUnit.SECONDS);
      assertThat(page.after()).isEqualTo("QVFIUl");
      assertThat(graph.take().getUrl().encodedQuery()).isEqualTo("name=low_balance_warning_1");
    }
  }

  @Test
  void libraryFilterRefusesBlankValues() {
    assertThatThrownBy(() -> LibraryFilter.all().withSearch(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("search: must not be blank when given, was ' '");
    assertThatThrownBy(() -> LibraryFilter.all().withPageSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("pageSize: must be at least 1, was 0");
  }

  @Test
  void createFromLibraryWritesMetasDocumentedFields() throws Exception {
    graph.enqueue(200, "{\"id\":\"987654321\",\"status\":\"APPROVED\",\"category\":\"UTILITY\"}");

    CreatedTemplate created = templates().createFromLibrary(
        LibraryTemplateRequest.of("my_delivery_update", "en_US", "delivery_update_1")
            .withButtonInputs(LibraryButtonInput.url("https://www.example.com/{{1}}",
                "https://www.example.com/order_update"), LibraryButtonInput.phoneNumber("+16315551010")));

    // Meta's example request; Meta's page quotes the button array as a string, Graph takes the JSON array.
    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"my_delivery_update","language":"en_US","category":"UTILITY",
         "library_template_name":"delivery_update_1",
         "library_template_button_inputs":[
           {"type":"URL","url":{"base_url":"https://www.example.com/{{1}}",
                                "url_suffix_example":"https://www.example.com/order_update"}},
           {"type":"PHONE_NUMBER","phone_number":"+16315551010"}]}""");
    assertThat(created).isEqualTo(new CreatedTemplate("987654321", TemplateStatus.APPROVED,
        TemplateCategory.UTILITY));
  }

  @Test
  void createFromAnAuthenticationLibraryTemplateWithBodyInputs() throws Exception {
    graph.enqueue(200, "{\"id\":\"1\",\"status\":\"APPROVED\",\"category\":\"AUTHENTICATION\"}");

    templates().createFromLibraryAsync(LibraryTemplateRequest.of("login_code", "en_US", "verify_otp_usecase")
        .withCategory(TemplateCategory.AUTHENTICATION)
        .withButtonInputs(new LibraryButtonInput.Otp(Button.Otp.ONE_TAP,
            List.of(new Button.SupportedApp("com.example.luckyshrub", "K8a/AINcGX7")), null))
        .withBodyInputs(LibraryBodyInputs.none().withSecurityRecommendation(true).withCodeExpirationMinutes(5)))
        .get(5, TimeUnit.SECONDS);

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/message_templates", """
        {"name":"login_code","language":"en_US","category":"AUTHENTICATION",
         "library_template_name":"verify_otp_usecase",
         "library_template_button_inputs":[{"type":"OTP","otp_type":"ONE_TAP",
           "supported_apps":[{"package_name":"com.example.luckyshrub","signature_hash":"K8a/AINcGX7"}]}],
         "library_template_body_inputs":{"add_security_recommendation":true,"code_expiration_minutes":5}}""");
  }

  @Test
  void createFromLibraryListsEveryProblemBeforeAnyRequest() {
    LibraryTemplateRequest bad = new LibraryTemplateRequest("My Template", "english", "delivery update",
        TemplateCategory.MARKETING, List.of(LibraryButtonInput.url("www.example.com/{{1}}", null),
            LibraryButtonInput.phoneNumber("call me")), LibraryBodyInputs.none());

    assertThatThrownBy(() -> templates().createFromLibrary(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("library template request 'My Template' (english) breaks Meta's rules: "
            + "name: must be 1 to 512 lowercase letters, digits or underscores, was 'My Template'; "
            + "language: must be a language code such as en_US, was 'english'; "
            + "libraryTemplateName: must be a library template's name (lowercase letters, digits or underscores), "
            + "was 'delivery update'; "
            + "category: library templates are UTILITY or AUTHENTICATION, was MARKETING; "
            + "buttonInputs[0]: base_url must start with https:// or http://, was 'www.example.com/{{1}}'; "
            + "buttonInputs[0]: a base_url with {{1}} needs url_suffix_example (a full sample URL); "
            + "buttonInputs[1]: phone_number must be a phone number such as +16315551010, was 'call me'");
    assertThat(LibraryTemplateRequest.of("a", "en_US", "b").withButtonInputs(
            LibraryButtonInput.url("https://a.example/{{1}}", "https://b.example/x")).problems())
        .containsExactly("buttonInputs[0]: url_suffix_example must start with the base_url before {{1}}, "
            + "was 'https://b.example/x'");
    assertThatThrownBy(() -> LibraryBodyInputs.none().withCodeExpirationMinutes(91))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codeExpirationMinutes: must be 1 to 90, was 91");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  // ---- category change notices on Template

  @Test
  void aTemplateCarriesMetasCategoryChangeFieldsAndLibraryOrigin() throws Exception {
    graph.enqueue(200, """
        {"id":"278077987957091","name":"welcome_template","language":"en_US","status":"APPROVED",
         "category":"UTILITY","correct_category":"MARKETING","library_template_name":"delivery_update_1",
         "components":[{"type":"BODY","text":"Welcome!"}]}""");
    Template t = templates().get("278077987957091");
    assertThat(t.correctCategory()).isSameAs(TemplateCategory.MARKETING);
    assertThat(t.isCategoryChangePending()).isTrue();
    assertThat(t.libraryTemplateName()).isEqualTo("delivery_update_1");
    assertThat(t.isFromLibrary()).isTrue();
    assertThat(graph.take().getUrl().queryParameter("fields")).endsWith(",correct_category,library_template_name");

    graph.enqueue(200, """
        {"id":"1","name":"n","language":"en_US","status":"APPROVED","category":"MARKETING",
         "previous_category":"UTILITY","correct_category":"MARKETING"}""");
    Template done = templates().get("1");
    assertThat(done.previousCategory()).isSameAs(TemplateCategory.UTILITY);
    assertThat(done.isCategoryChangePending()).isFalse();
    assertThat(done.isFromLibrary()).isFalse();
    assertThat(done.requestsCallPermission()).isFalse();
  }

  @Test
  void aCallPermissionRequestTemplateSaysSo() throws Exception {
    // As Meta lists one (Call permission request templates): a body and the call permission request component.
    graph.enqueue(200, """
        {"id":"1048271930427613","name":"callback_offer","language":"en_US","status":"APPROVED",
         "category":"UTILITY","parameter_format":"NAMED","components":[
          {"type":"BODY","text":"Hi {{first_name}}, may we call you about your order?",
           "example":{"body_text_named_params":[{"param_name":"first_name","example":"Pablo"}]}},
          {"type":"CALL_PERMISSION_REQUEST"}]}""");
    Template t = templates().get("1048271930427613");
    assertThat(t.components()).contains(Component.callPermissionRequest());
    assertThat(t.requestsCallPermission()).isTrue();
  }
}
