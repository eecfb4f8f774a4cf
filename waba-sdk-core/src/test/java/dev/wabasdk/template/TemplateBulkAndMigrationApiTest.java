package dev.wabasdk.template;

import static dev.wabasdk.GraphServerExtension.WABA_ID;
import static dev.wabasdk.GraphServerExtension.compact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.GraphServerExtension;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.Outcome;
import dev.wabasdk.error.WabaApiException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bulk management of authentication templates ({@code upsert_message_templates}, Meta's "Bulk management" guide) and
 * template migration between accounts ({@code migrate_message_templates}, "Template migration"), against Meta's
 * documented requests and answers.
 */
class TemplateBulkAndMigrationApiTest {
  @RegisterExtension final GraphServerExtension graph = new GraphServerExtension();

  private static final String SOURCE_WABA = "104996122399160";

  private TemplatesApi templates() {
    return graph.client().templates();
  }

  private static TemplateDefinition copyCode(String language) {
    return TemplateDefinition.builder("authentication_code_copy_code_button", language,
            TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(true))
        .component(Component.codeExpiration(10))
        .component(Component.buttons(Button.otpCopyCode()))
        .build();
  }

  private static void assertPost(RecordedRequest request, String path, String json) {
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    GraphServerExtension.assertHeaders(request);
    assertThat(compact(request.getBody().utf8())).isEqualTo(compact(json));
  }

  // ---- upsert

  @Test
  void upsertSendsMetasCopyCodeExampleAndReadsEveryLanguage() throws Exception {
    // Meta's example answer (bulk management guide).
    graph.enqueue(200, """
        {"data":[{"id":"954638012257287","status":"APPROVED","language":"en_US"},
                 {"id":"969725527415202","status":"APPROVED","language":"es_ES"},
                 {"id":"969725530748535","status":"APPROVED","language":"fr"}]}""");

    List<UpsertedTemplate> upserted = templates().upsert(TemplateUpsert.of(copyCode("en_US"),
        List.of("en_US", "es_ES", "fr")));

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/upsert_message_templates", """
        {"name":"authentication_code_copy_code_button","languages":["en_US","es_ES","fr"],"category":"AUTHENTICATION",
         "components":[{"type":"BODY","add_security_recommendation":true},
                       {"type":"FOOTER","code_expiration_minutes":10},
                       {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"COPY_CODE"}]}]}""");
    assertThat(upserted).containsExactly(
        new UpsertedTemplate("954638012257287", TemplateStatus.APPROVED, "en_US"),
        new UpsertedTemplate("969725527415202", TemplateStatus.APPROVED, "es_ES"),
        new UpsertedTemplate("969725530748535", TemplateStatus.APPROVED, "fr"));
  }

  @Test
  void upsertOfAOneTapButtonCarriesItsAppsAsInMetasExample() throws Exception {
    graph.enqueue(200, "{\"data\":[{\"id\":\"1\",\"status\":\"APPROVED\",\"language\":\"en_US\"}]}");
    TemplateDefinition oneTap = TemplateDefinition.builder("authentication_code_autofill_button", "en_US",
            TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(true))
        .component(Component.codeExpiration(15))
        .component(Component.buttons(Button.otpOneTap(
            List.of(new Button.SupportedApp("com.example.luckyshrub", "K8a/AINcGX7")))))
        .build();

    templates().upsertAsync(TemplateUpsert.of(oneTap, List.of("en_US", "es_ES", "fr"))).get(5, TimeUnit.SECONDS);

    assertThat(compact(graph.take().getBody().utf8())).isEqualTo(compact("""
        {"name":"authentication_code_autofill_button","languages":["en_US","es_ES","fr"],"category":"AUTHENTICATION",
         "components":[{"type":"BODY","add_security_recommendation":true},
                       {"type":"FOOTER","code_expiration_minutes":15},
                       {"type":"BUTTONS","buttons":[{"type":"OTP","otp_type":"ONE_TAP","supported_apps":[
                         {"package_name":"com.example.luckyshrub","signature_hash":"K8a/AINcGX7"}]}]}]}"""));
  }

  @Test
  void upsertIsRepeatedAfterAServerErrorBecauseItCreatesOrUpdatesTheSameTemplates() throws Exception {
    graph.enqueueError(500, 1, "An unknown error occurred");
    graph.enqueue(200, "{\"data\":[{\"id\":\"1\",\"status\":\"APPROVED\",\"language\":\"en_US\"}]}");

    assertThat(templates().upsert(TemplateUpsert.of(copyCode("en_US"), List.of("en_US")))).hasSize(1);

    assertThat(graph.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void upsertRefusesWhatMetaDoesNotTakeBeforeAnyRequest() {
    TemplateDefinition labelled = TemplateDefinition.builder("login_code", "en_US", TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(false))
        .component(Component.buttons(Button.otpCopyCode("Copy code")))
        .build();
    TemplateDefinition utility = TemplateDefinition.builder("order_update", "en_US", TemplateCategory.UTILITY)
        .component(Component.body("Your order shipped.", Map.of()))
        .build();

    assertThatThrownBy(() -> templates().upsert(TemplateUpsert.of(labelled, List.of("en_US", "xx-YY", "en_US"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("languages[1]: must be a language code such as 'en' or 'en_US', was 'xx-YY'")
        .hasMessageContaining("languages[2]: 'en_US' is given twice")
        .hasMessageContaining("components[1].buttons[0]: upsert_message_templates takes no text or autofill_text");
    assertThatThrownBy(() -> templates().upsert(TemplateUpsert.of(utility, List.of("en_US"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category: upsert_message_templates takes authentication templates only, was UTILITY");
    assertThatThrownBy(() -> templates().upsert(TemplateUpsert.of(copyCode("de"), List.of("en_US"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("languages: must include the template's language 'de', were [en_US]");
    assertThatThrownBy(() -> templates().upsert(TemplateUpsert.of(copyCode("en_US"), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("languages: at least one language");
    assertThat(graph.server().getRequestCount()).isZero();
  }

  // ---- migrate

  @Test
  void migrateSendsTheSourceAndPageAndReadsMetasExampleAnswer() throws Exception {
    // Meta's example answer (template migration guide).
    graph.enqueue(200, """
        {"migrated_templates":["1473688840035974","6162904357082268","6147830171896170"],
         "failed_templates":{"1019496902803242":"Incorrect category",
                             "259672276895259":"Formatting error - dangling parameter",
                             "572279198452421":"Incorrect category"}}""");

    MigrationResult result = templates().migrate(TemplateMigration.from(SOURCE_WABA).page(0));

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/migrate_message_templates",
        "{\"source_waba_id\":\"104996122399160\",\"page_number\":0}");
    assertThat(result.migrated()).containsExactly("1473688840035974", "6162904357082268", "6147830171896170");
    assertThat(result.failed()).containsOnly(Map.entry("1019496902803242", "Incorrect category"),
        Map.entry("259672276895259", "Formatting error - dangling parameter"),
        Map.entry("572279198452421", "Incorrect category"));
    assertThat(result.isComplete()).isFalse();
  }

  @Test
  void migrateOfSomeTemplatesWithACountSendsThemAll() throws Exception {
    graph.enqueue(200, "{\"migrated_templates\":[\"1\",\"2\"],\"failed_templates\":{}}");

    MigrationResult result = templates().migrateAsync(TemplateMigration.from(SOURCE_WABA).count(200)
        .onlyTemplates(List.of("35002248699842", "351234565148"))).get(5, TimeUnit.SECONDS);

    assertPost(graph.take(), "/v26.0/" + WABA_ID + "/migrate_message_templates",
        "{\"source_waba_id\":\"104996122399160\",\"count\":200,"
            + "\"template_ids\":[\"35002248699842\",\"351234565148\"]}");
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void migrateIsNotRepeatedAfterAnUnclearFailure() {
    graph.enqueueError(500, 1, "An unknown error occurred");
    graph.enqueue(200, "{\"migrated_templates\":[],\"failed_templates\":{}}");

    assertThatThrownBy(() -> templates().migrate(TemplateMigration.from(SOURCE_WABA)))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.outcome()).isNotEqualTo(Outcome.REJECTED));

    assertThat(graph.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void migrateChecksItsInputBeforeAnyRequest() {
    List<String> many = IntStream.rangeClosed(1, 501).mapToObj(Integer::toString).toList();
    assertThatThrownBy(() -> templates().migrate(TemplateMigration.from(WABA_ID)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sourceBusinessAccountId: must be another account than the client's");
    assertThatThrownBy(() -> TemplateMigration.from("waba 1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceBusinessAccountId: must be a WhatsApp Business Account id (digits), was 'waba 1'");
    assertThatThrownBy(() -> TemplateMigration.from(SOURCE_WABA).count(501))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("count: must be 1 to 500, was 501");
    assertThatThrownBy(() -> TemplateMigration.from(SOURCE_WABA).page(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("page_number: must be 0 or more, was -1");
    assertThatThrownBy(() -> TemplateMigration.from(SOURCE_WABA).onlyTemplates(many))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("template_ids: at most 500 ids, has 501");
    assertThatThrownBy(() -> TemplateMigration.from(SOURCE_WABA).onlyTemplates(List.of("1", "1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("template_ids[1]: '1' is given twice");
    WhatsApp noAccount = WhatsApp.builder().accessToken(GraphServerExtension.TOKEN).phoneNumberId("1")
        .baseUrl(graph.server().url("/").toString()).build();
    assertThatThrownBy(() -> noAccount.templates().migrate(TemplateMigration.from(SOURCE_WABA)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("businessAccountId");
    noAccount.close();
    assertThat(graph.server().getRequestCount()).isZero();
  }
}
