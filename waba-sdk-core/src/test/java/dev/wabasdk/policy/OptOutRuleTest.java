package dev.wabasdk.policy;

import dev.wabasdk.message.DeliveryStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wabasdk.WhatsAppUser;
import dev.wabasdk.template.TemplateCategory;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptOutRuleTest extends PolicyFixtures {
  private final PolicyEngine engine = engine(new CustomerServiceWindowRule(), new OptOutRule());

  @BeforeEach
  void templates() {
    engine.recordTemplateCategory("spring_sale", "en_US", TemplateCategory.MARKETING);
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"STOP", "stop", " Stop! ", "СТОП", "отписаться", "Unsubscribe", "Darse de baja."})
  void stopKeywordsOptOutOfMarketing(String keyword) {
    engine.recordInbound(USER, T, keyword, null);
    at(Duration.ofMinutes(1));

    Decision marketing = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(marketing.verdict()).isEqualTo(Verdict.DENY);
    assertThat(marketing.reasonCode()).isEqualTo("opted_out_of_marketing");
    assertThat(marketing.explanation())
        .isEqualTo("The user opted out of marketing messages at 2026-11-25T10:00:00Z and this template is marketing.");
    assertThat(marketing.facts().optOut()).isEqualTo(OptOut.MARKETING);
    assertThat(marketing.facts().optedOutSince()).isEqualTo(T);

    assertThat(engine.evaluate(template(WA_ID, "order_update")).isAllowed()).isTrue();
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"stop the delivery please", "please don't stop", "cancel", "stopping"})
  void sentencesAndOrdinaryRepliesDoNotOptOut(String text) {
    engine.recordInbound(USER, T, text, null);
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void startKeywordOptsBackIn() {
    engine.recordInbound(USER, T, "STOP", null);
    engine.recordInbound(USER, T.plusSeconds(60), "start", null);
    at(Duration.ofMinutes(2));
    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().optOut()).isEqualTo(OptOut.NONE);
  }

  @Test
  void optedOutOfEverythingGetsNothingEvenInsideTheWindow() {
    engine.recordInbound(USER, T);
    engine.recordOptOut(USER, OptOut.ALL, T.plusSeconds(1));
    at(Duration.ofMinutes(1));
    Decision d = engine.evaluate(text(WA_ID));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("opted_out");
    assertThat(d.explanation())
        .isEqualTo("The user opted out of all messages from this business at 2026-11-25T10:00:01Z.");
    assertThat(engine.evaluate(template(WA_ID, "order_update")).verdict()).isEqualTo(Verdict.DENY);

    engine.recordOptIn(USER, T.plusSeconds(30));
    assertThat(engine.evaluate(text(WA_ID)).isAllowed()).isTrue();
  }

  @Test
  void optOutBeatsAnOpenWindowForMarketing() {
    engine.recordInbound(USER, T);
    engine.recordOptOut(USER, OptOut.MARKETING, T);
    at(Duration.ofHours(1));
    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(d.facts().customerServiceWindowOpen()).isTrue();
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
  }

  @Test
  void aTemplateOfUnknownCategoryIsTreatedAsMarketingAndSaysSo() {
    engine.recordOptOut(USER, OptOut.MARKETING, T);
    Decision d = engine.evaluate(template(WA_ID, "never_recorded"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.explanation()).endsWith("this template is marketing (its category is not recorded, so it is treated"
        + " as marketing).");
    assertThat(d.facts().templateCategory()).isEqualTo(TemplateCategory.MARKETING);
    assertThat(d.facts().templateCategoryAssumed()).isTrue();
  }

  @Test
  void metaErrorCode131050RecordsAMarketingOptOut() {
    engine.recordStatus(new StatusUpdate(USER, DeliveryStatus.FAILED, T, null, null, null, 131050));
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).reasonCode()).isEqualTo("opted_out_of_marketing");
  }

  @Test
  void keywordsAreConfigurableAndCanOptOutOfEverything() {
    PolicyEngine custom = PolicyEngine.builder().clock(clock).rules(java.util.List.of(new OptOutRule()))
        .optOutKeywords(new OptOutKeywords(Set.of("HALT"), Set.of("GO"), OptOut.ALL)).build();
    WhatsAppUser user = WhatsAppUser.ofWaId(number(1));
    custom.recordInbound(user, T, "stop", null);
    assertThat(custom.evaluate(text(number(1))).isAllowed()).isTrue();
    custom.recordInbound(user, T, "halt", null);
    assertThat(custom.evaluate(text(number(1))).reasonCode()).isEqualTo("opted_out");
    assertThatThrownBy(() -> new OptOutKeywords(Set.of("stop"), Set.of("STOP"), OptOut.MARKETING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'stop' is both a stop and a start keyword");
    assertThatThrownBy(() -> engine.recordOptOut(USER, OptOut.NONE, T))
        .hasMessage("optOut: must be MARKETING or ALL, was NONE (use recordOptIn)");
  }
}
