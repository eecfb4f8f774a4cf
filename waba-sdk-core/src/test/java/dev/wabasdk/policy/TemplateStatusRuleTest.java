package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.template.ParameterFormat;
import dev.wabasdk.template.Template;
import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TemplateStatusRuleTest extends PolicyFixtures {
  private final PolicyEngine engine = engine(new TemplateStatusRule(false));

  @Test
  void approvedTemplatesAreAllowed() {
    engine.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
    Decision d = engine.evaluate(template(WA_ID, "order_update"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().templateStatus()).isEqualTo(TemplateStatus.APPROVED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PAUSED", "DISABLED", "REJECTED", "PENDING", "paused"})
  void otherStatusesAreDeniedWithTheStatus(String status) {
    engine.recordTemplateStatus("order_update", "en_US", TemplateStatus.APPROVED);
    engine.recordTemplateStatus("order_update", "en_US", TemplateStatus.of(status));
    Decision d = engine.evaluate(template(WA_ID, "order_update"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("template_not_approved");
    assertThat(d.explanation()).isEqualTo("Template 'order_update' (en_US) is " + status.toUpperCase()
        + ", and only APPROVED templates can be sent.");
  }

  @Test
  void aTemplatesLookUpRecordsStatusAndCategory() {
    engine.recordTemplate(new Template("594425479261596", "order_update", "en_US", TemplateStatus.of("disabled"),
        TemplateCategory.UTILITY, null, ParameterFormat.POSITIONAL, List.of(), null, null, null, null, null));
    Decision d = engine.evaluate(template(WA_ID, "order_update"));
    assertThat(d.explanation()).isEqualTo(
        "Template 'order_update' (en_US) is DISABLED, and only APPROVED templates can be sent.");
    assertThat(d.facts().templateCategory()).isEqualTo(TemplateCategory.UTILITY);
    assertThat(d.facts().templateCategoryAssumed()).isFalse();
  }

  @Test
  void statusIsPerLanguage() {
    engine.recordTemplateStatus("order_update", "de", TemplateStatus.PAUSED);
    assertThat(engine.evaluate(template(WA_ID, "order_update")).isAllowed()).isTrue();
  }

  @Test
  void unknownStatusIsAllowedAndNotedUnlessAKnownStatusIsRequired() {
    Decision d = engine.evaluate(template(WA_ID, "new_template"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().notes()).containsEntry("template_status", "unknown");

    Decision strict = engine(new TemplateStatusRule(true)).evaluate(template(WA_ID, "new_template"));
    assertThat(strict.reasonCode()).isEqualTo("template_status_unknown");
  }

  @Test
  void freeFormMessagesAreNotTemplates() {
    assertThat(engine.evaluate(text(WA_ID)).facts().templateStatus()).isNull();
    assertThat(engine.evaluate(text(WA_ID)).facts().templateCategory()).isNull();
  }
}
