package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.RetrySettings;
import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.MigrationResult;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateDefinition;
import dev.wabasdk.template.TemplateMigration;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.template.TemplateUpsert;
import dev.wabasdk.template.UpsertedTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's {@code upsert_message_templates} (Meta's bulk management of authentication templates) and
 * {@code migrate_message_templates} (template migration between two accounts of one business), through the SDK.
 */
class FakeTemplateBulkAndMigrationTest {
  private static final String WABA_B = "200000000000001";
  private static final String NUMBER_B = "300000000000001";
  private static final String TOKEN_B = "token-of-business-b";

  private FakeWhatsApp fake;
  private WhatsApp client;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.builder().tenant(WABA_B, NUMBER_B, TOKEN_B, "+49 30 1234567").start();
    // The default account's own (the builder's templates would be every account's).
    fake.templates().approved("order_shipped", "en_US", TemplateCategory.UTILITY, "Your order {{1}} shipped.");
    fake.templates().approved("order_shipped", "de", TemplateCategory.UTILITY, "Ihre Bestellung {{1}} ist unterwegs.");
    client = fake.clientBuilder().retry(RetrySettings.none()).build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private static TemplateDefinition loginCode(int minutes) {
    return TemplateDefinition.builder("login_code", "en_US", TemplateCategory.AUTHENTICATION)
        .component(Component.authenticationBody(true))
        .component(Component.codeExpiration(minutes))
        .component(Component.buttons(Button.otpCopyCode()))
        .build();
  }

  @Test
  void anUpsertCreatesEachLanguageThenUpdatesTheSameTemplates() {
    List<UpsertedTemplate> created = client.templates().upsert(TemplateUpsert.of(loginCode(10),
        List.of("en_US", "es_ES", "fr")));

    assertThat(created).extracting(UpsertedTemplate::language).containsExactly("en_US", "es_ES", "fr");
    assertThat(created).extracting(UpsertedTemplate::status).containsOnly(TemplateStatus.APPROVED);
    FakeTemplate french = fake.templates().get("login_code", "fr");
    assertThat(french.category()).isEqualTo(TemplateCategory.AUTHENTICATION);
    assertThat(french.id()).isEqualTo(created.get(2).id());

    List<UpsertedTemplate> updated = client.templates().upsert(TemplateUpsert.of(loginCode(15),
        List.of("en_US", "es_ES", "fr")));

    assertThat(updated).extracting(UpsertedTemplate::id).containsExactlyElementsOf(
        created.stream().map(UpsertedTemplate::id).toList());
    assertThat(fake.templates().get("login_code", "fr").json().get("components").toString())
        .contains("code_expiration_minutes=15");
  }

  @Test
  void theFakeRefusesAnUpsertMetaRefuses() {
    Wire wire = new Wire(fake);
    String path = "/v26.0/" + FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID + "/upsert_message_templates";
    String labelled = "{\"name\":\"login_code\",\"languages\":[\"en_US\"],\"category\":\"AUTHENTICATION\","
        + "\"components\":[{\"type\":\"BODY\"},{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"OTP\","
        + "\"otp_type\":\"COPY_CODE\",\"text\":\"Copy\"}]}]}";
    assertThat(wire.post(path, labelled).body()).contains("Param text is not supported by upsert_message_templates.");
    assertThat(wire.post(path, labelled.replace("\"languages\":[\"en_US\"]", "\"language\":\"en_US\"")).body())
        .contains("Param language is not supported by upsert_message_templates; use languages.");
    assertThat(wire.post(path, labelled.replace("AUTHENTICATION", "UTILITY")).body())
        .contains("Param category must be AUTHENTICATION");
    assertThat(fake.templates().all()).extracting(FakeTemplate::name).doesNotContain("login_code");
  }

  @Test
  void approvedTemplatesMigrateToAnotherAccountOfTheBusiness() {
    String pending = client.templates().create(TemplateDefinition.builder("welcome", "en_US",
        TemplateCategory.MARKETING).component(Component.body("Welcome!", Map.of())).build()).id();
    String english = fake.templates().get("order_shipped", "en_US").id();
    try (WhatsApp b = WhatsApp.builder().accessToken(TOKEN_B).phoneNumberId(NUMBER_B).businessAccountId(WABA_B)
        .baseUrl(fake.baseUrl()).retry(RetrySettings.none()).build()) {

      // Pages of one: the first and second approved templates; the pending one is not eligible.
      MigrationResult first = b.templates().migrate(TemplateMigration.from(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID)
          .page(0).count(1));
      MigrationResult second = b.templates().migrate(TemplateMigration.from(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID)
          .page(1).count(1));
      MigrationResult third = b.templates().migrate(TemplateMigration.from(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID)
          .page(2).count(1));

      assertThat(first.migrated()).hasSize(1).doesNotContain(english);
      assertThat(second.migrated()).hasSize(1);
      assertThat(third.migrated()).isEmpty();
      assertThat(fake.tenant(NUMBER_B).templates().all()).extracting(FakeTemplate::name, FakeTemplate::language,
          FakeTemplate::status).containsExactly(
              org.assertj.core.groups.Tuple.tuple("order_shipped", "en_US", TemplateStatus.APPROVED),
              org.assertj.core.groups.Tuple.tuple("order_shipped", "de", TemplateStatus.APPROVED));

      // Again, for named templates: one already migrated, one not eligible.
      MigrationResult again = b.templates().migrate(TemplateMigration.from(FakeWhatsApp.DEFAULT_BUSINESS_ACCOUNT_ID)
          .onlyTemplates(List.of(english, pending)));
      assertThat(again.migrated()).isEmpty();
      assertThat(again.failed()).containsOnlyKeys(english, pending);
      assertThat(again.failed().get(pending)).contains("Only APPROVED templates can be migrated");

      assertThatThrownBy(() -> b.templates().migrate(TemplateMigration.from("999999999999999")))
          .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
    }
  }
}
