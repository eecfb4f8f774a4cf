package dev.wabasdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsApp;
import dev.wabasdk.error.WabaApiException;
import dev.wabasdk.template.NewTemplateGroup;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateGroup;
import dev.wabasdk.template.TemplateGroupUpdate;
import dev.wabasdk.template.TemplateGroupsApi;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fake's template groups, driven through the SDK, with Meta's documented limitations. */
class TemplateGroupsFakeTest {
  private FakeWhatsApp fake;
  private WhatsApp client;
  private TemplateGroupsApi groups;
  private String offer;
  private String reminder;
  private String receipt;

  @BeforeEach
  void start() {
    fake = FakeWhatsApp.start();
    client = fake.clientBuilder().build();
    groups = client.templates().templateGroups();
    offer = fake.templates().approved("black_friday_offer", "en_US", TemplateCategory.MARKETING, "50% off.").id();
    reminder = fake.templates().approved("black_friday_reminder", "en_US", TemplateCategory.MARKETING, "Last day.")
        .id();
    receipt = fake.templates().approved("receipt", "en_US", TemplateCategory.UTILITY, "Thanks.").id();
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  @Test
  void aGroupIsCreatedReadListedChangedAndDeleted() {
    Instant before = fake.clock().instant().truncatedTo(ChronoUnit.SECONDS);
    String id = groups.create(new NewTemplateGroup("Black Friday 2026", "US sale", List.of(offer, reminder)));

    TemplateGroup group = groups.get(id);
    assertThat(group.name()).isEqualTo("Black Friday 2026");
    assertThat(group.description()).isEqualTo("US sale");
    assertThat(group.creationTime()).isEqualTo(before);
    assertThat(group.templates()).containsExactly(new TemplateGroup.Member(offer, "black_friday_offer"),
        new TemplateGroup.Member(reminder, "black_friday_reminder"));

    String other = groups.create(NewTemplateGroup.of("Receipts", List.of(receipt)));
    assertThat(groups.list().stream().map(TemplateGroup::id).toList()).containsExactly(id, other);
    assertThat(groups.list().stream().toList().get(0).templates()).isEmpty(); // a list carries no templates

    groups.update(id, new TemplateGroupUpdate("Black Friday 2026 (US)", null, List.of(offer)));
    TemplateGroup changed = groups.get(id);
    assertThat(changed.name()).isEqualTo("Black Friday 2026 (US)");
    assertThat(changed.description()).isEqualTo("US sale");
    assertThat(changed.templateIds()).containsExactly(offer);

    groups.delete(id);
    assertThat(groups.list().stream().map(TemplateGroup::id).toList()).containsExactly(other);
    assertThatThrownBy(() -> groups.get(id))
        .isInstanceOfSatisfying(WabaApiException.class, e -> assertThat(e.code()).isEqualTo(100));
  }

  @Test
  void aTemplateIsPartOfOneGroupAtATimeAndNamesAreUnique() {
    String first = groups.create(NewTemplateGroup.of("Launch", List.of(offer)));

    assertThatThrownBy(() -> groups.create(NewTemplateGroup.of("Other", List.of(reminder, offer))))
        .isInstanceOfSatisfying(WabaApiException.class, e -> {
          assertThat(e.code()).isEqualTo(100);
          assertThat(e.getMessage()).contains("Template " + offer + " already belongs to template group " + first);
        });
    assertThatThrownBy(() -> groups.create(NewTemplateGroup.of("Launch", List.of(reminder))))
        .isInstanceOfSatisfying(WabaApiException.class,
            e -> assertThat(e.getMessage()).contains("template group names must be unique"));
    String second = groups.create(NewTemplateGroup.of("Reminders", List.of(reminder)));
    assertThatThrownBy(() -> groups.update(second, TemplateGroupUpdate.name("Launch")))
        .isInstanceOf(WabaApiException.class);

    // Moving a template out of one group frees it for another.
    groups.update(first, TemplateGroupUpdate.templates(List.of(receipt)));
    groups.update(second, TemplateGroupUpdate.templates(List.of(reminder, offer)));
    assertThat(groups.get(second).templateIds()).containsExactly(reminder, offer);
  }

  @Test
  void unknownTemplatesAreRefusedAndADeletedTemplateLeavesItsGroup() {
    assertThatThrownBy(() -> groups.create(NewTemplateGroup.of("Ghosts", List.of("123456789"))))
        .isInstanceOfSatisfying(WabaApiException.class,
            e -> assertThat(e.getMessage()).contains("Template 123456789 does not exist"));

    String id = groups.create(NewTemplateGroup.of("Sale", List.of(offer, reminder)));
    client.templates().delete("black_friday_reminder");
    assertThat(groups.get(id).templateIds()).containsExactly(offer);
  }
}
