package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.message.Message;
import dev.wabasdk.phone.MessagingLimitTier;
import dev.wabasdk.template.ArchiveResult;
import dev.wabasdk.template.Button;
import dev.wabasdk.template.Component;
import dev.wabasdk.template.ComparisonLookback;
import dev.wabasdk.template.CreatedTemplate;
import dev.wabasdk.template.LibraryButtonInput;
import dev.wabasdk.template.LibraryFilter;
import dev.wabasdk.template.LibraryTemplate;
import dev.wabasdk.template.LibraryTemplateRequest;
import dev.wabasdk.template.LibraryTopic;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateBlockReason;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateComparison;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's template lifecycle (unpause, archive, compare, Template Library) driven through the SDK. */
class TemplateLifecycleFakeTest {
  private FakeWhatsApp fake;
  private WebhookReceiver receiver;
  private WhatsApp client;

  @BeforeEach
  void start() {
    // Comparing needs 1,000 sends of each template: no throughput or messaging limit in the way.
    fake = FakeWhatsApp.builder().throughputMps(0).messagingLimit(MessagingLimitTier.TIER_UNLIMITED).start();
    receiver = WebhookReceiver.start(fake.appSecret());
    fake.webhookUrl(receiver.url());
    client = fake.clientBuilder().noRateLimit().build();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
    receiver.close();
  }

  private List<Map<String, Object>> templateEvents() {
    fake.awaitWebhooks();
    List<Map<String, Object>> values = new ArrayList<>();
    for (Map<String, Object> event : receiver.events()) {
      Map<String, Object> change = Json.map(Json.list(Json.map(Json.list(event, "entry").get(0)), "changes").get(0));
      if ("message_template_status_update".equals(change.get("field"))) {
        values.add(Json.map(change, "value"));
      }
    }
    return values;
  }

  @Test
  void onlyAPausedTemplateUnpausesAndItIsSendableAgain() {
    FakeTemplate t = fake.templates().approved("order_update", "en_US", TemplateCategory.UTILITY, "Your order shipped.");
    assertThatThrownBy(() -> client.templates().unpause(t.id()))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.getMessage()).contains("Only a PAUSED template can be unpaused; order_update (en_US) is "
              + "APPROVED");
        });

    fake.templates().pause(t.id());
    assertThatThrownBy(() -> client.messages().send(Message.template("16505551234", "order_update", "en_US")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(132015));
    client.templates().unpause(t.id());

    assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.APPROVED);
    assertThat(client.messages().send(Message.template("16505551234", "order_update", "en_US")).messageId())
        .isNotBlank();
    Map<String, Object> last = templateEvents().get(templateEvents().size() - 1);
    assertThat(last).containsEntry("event", "APPROVED")
        .containsEntry("other_info", Map.of("title", "UNPAUSE", "description",
            "Your message template has been unpaused and can be sent again."));
  }

  @Test
  void archiveTakesApprovedOrRejectedAndUnarchiveRestoresTheStatus() throws Exception {
    FakeTemplate approved = fake.templates().approved("order_update", "en_US", TemplateCategory.UTILITY, "Shipped.");
    FakeTemplate pending = fake.templates().preload("{\"name\":\"promo\",\"language\":\"en_US\",\"category\":"
        + "\"MARKETING\",\"status\":\"PENDING\",\"components\":[{\"type\":\"BODY\",\"text\":\"Sale!\"}]}");

    ArchiveResult archived = client.templates().archive(List.of(approved.id(), pending.id()));

    assertThat(archived.succeeded()).containsExactly(approved.id());
    assertThat(archived.failed()).containsExactly(
        Map.entry(pending.id(), "Only approved or rejected templates can be archived"));
    assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.ARCHIVED);
    assertThat(client.templates().get(approved.id()).status()).isSameAs(TemplateStatus.ARCHIVED);
    assertThatThrownBy(() -> client.messages().send(Message.template("16505551234", "order_update", "en_US")))
        .isInstanceOf(WabaApiException.class);

    ArchiveResult restored = client.templates().unarchiveAsync(List.of(approved.id(), pending.id()))
        .get(5, TimeUnit.SECONDS);

    assertThat(restored.succeeded()).containsExactly(approved.id());
    assertThat(restored.failed()).containsOnlyKeys(pending.id());
    assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.APPROVED);
    assertThat(templateEvents()).extracting(v -> v.get("event")).containsExactly("ARCHIVED", "UNARCHIVED");
  }

  @Test
  void theLibraryIsBrowsableByFilterAndPage() {
    List<LibraryTemplate> all = client.templates().library(LibraryFilter.all().withPageSize(2)).stream().toList();
    assertThat(all).extracting(LibraryTemplate::name).containsExactly("delivery_update_1", "delivery_failed_2_form",
        "low_balance_warning_1", "payment_confirmation_1", "account_creation_confirmation_1");
    assertThat(all).allSatisfy(t -> assertThat(t.category()).isSameAs(TemplateCategory.UTILITY));
    assertThat(fake.requests()).filteredOn(r -> r.path().endsWith("/message_template_library")).hasSize(3);

    assertThat(client.templates().library(LibraryFilter.all().withTopic(LibraryTopic.PAYMENTS)).stream())
        .extracting(LibraryTemplate::name).containsExactly("low_balance_warning_1", "payment_confirmation_1");
    assertThat(client.templates().library(LibraryFilter.all().withSearch("deposit")).stream())
        .extracting(LibraryTemplate::name).containsExactly("low_balance_warning_1");
    assertThat(client.templates().library(LibraryFilter.all().withLanguage("de_DE")).stream()).isEmpty();
  }

  @Test
  void aTemplateFromTheLibraryIsApprovedAtOnceWithTheBusinessesButtons() {
    CreatedTemplate created = client.templates().createFromLibrary(
        LibraryTemplateRequest.of("my_balance_alert", "en_US", "low_balance_warning_1").withButtonInputs(
            LibraryButtonInput.url("https://bank.example/deposit/{{1}}", "https://bank.example/deposit/1234"),
            LibraryButtonInput.phoneNumber("+16315551010")));

    assertThat(created.status()).isSameAs(TemplateStatus.APPROVED);
    assertThat(created.category()).isSameAs(TemplateCategory.UTILITY);
    Template t = client.templates().get(created.id());
    assertThat(t.libraryTemplateName()).isEqualTo("low_balance_warning_1");
    assertThat(t.components()).hasSize(3);
    assertThat(t.components().get(0)).isInstanceOf(Component.Header.class);
    assertThat(((Component.Buttons) t.components().get(2)).buttons()).containsExactly(
        new Button.Url("Make a deposit", "https://bank.example/deposit/{{1}}", "https://bank.example/deposit/1234"),
        new Button.PhoneNumber("Call us", "+16315551010"));
    assertThat(templateEvents()).extracting(v -> v.get("event")).containsExactly("APPROVED");
  }

  @Test
  void creatingFromTheLibraryChecksNameCategoryAndButtonsLikeMeta() {
    assertThatThrownBy(() -> client.templates().createFromLibrary(
            LibraryTemplateRequest.of("my_update", "en_US", "delivery_update_1")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage())
            .contains("library_template_button_inputs needs a URL input for the \"Track order\" button"));
    assertThatThrownBy(() -> client.templates().createFromLibrary(
            LibraryTemplateRequest.of("my_update", "en_US", "no_such_template")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage())
            .contains("Library template \"no_such_template\" does not exist in en_US"));
    assertThatThrownBy(() -> client.templates().createFromLibrary(
            LibraryTemplateRequest.of("my_update", "en_US", "delivery_failed_2_form")
                .withCategory(TemplateCategory.AUTHENTICATION)))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage())
            .contains("Param category must be UTILITY for library template delivery_failed_2_form"));
    client.templates().createFromLibrary(LibraryTemplateRequest.of("my_update", "en_US", "delivery_failed_2_form"));
    assertThatThrownBy(() -> client.templates().createFromLibrary(
            LibraryTemplateRequest.of("my_update", "en_US", "delivery_failed_2_form")))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage())
            .contains("Message template \"my_update\" already exists in en_US"));
  }

  @Test
  void compareCountsWhatTheFakeDeliveredAndWhoBlockedSince() throws Exception {
    FakeTemplate a = fake.templates().approved("order_update", "en_US", TemplateCategory.UTILITY, "Shipped.");
    FakeTemplate b = fake.templates().approved("order_update_v2", "en_US", TemplateCategory.UTILITY, "On its way.");
    sendMany("order_update", 1000, 1_000_000);
    sendMany("order_update_v2", 999, 2_000_000);
    fake.clock().advance(Duration.ofMinutes(1));

    assertThatThrownBy(() -> client.templates().compare(a.id(), b.id(), ComparisonLookback.DAYS_7))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage())
            .contains("sent at least 1000 times", "order_update_v2 (" + b.id() + ") was sent 999 times"));

    sendMany("order_update_v2", 1, 3_000_000);
    for (int i = 0; i < 30; i++) {
      fake.user("1650" + (1_000_000 + i)).blocks();
    }
    fake.user("1650" + 2_000_000).blocks();
    fake.clock().advance(Duration.ofMinutes(1));

    TemplateComparison c = client.templates().compare(a.id(), b.id(), ComparisonLookback.DAYS_30);

    assertThat(c.blockRateOrder()).containsExactly(b.id(), a.id());
    assertThat(c.lowerBlockRate()).isEqualTo(b.id());
    assertThat(c.sends(a.id())).isEqualTo(1000);
    assertThat(c.sends(b.id())).isEqualTo(1000);
    assertThat(c.topBlockReasons()).containsEntry(a.id(), TemplateBlockReason.UNKNOWN_BLOCK_REASON);

    fake.clock().advance(Duration.ofDays(8));
    assertThatThrownBy(() -> client.templates().compare(a.id(), b.id(), ComparisonLookback.DAYS_7))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.getMessage()).contains("was sent 0 times"));
  }

  private void sendMany(String template, int count, int firstNumber) throws Exception {
    List<CompletableFuture<?>> sends = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      sends.add(client.messages().sendAsync(Message.template("1650" + (firstNumber + i), template, "en_US")));
    }
    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
  }
}
