package dev.wabasdk.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.message.Recipient;
import dev.wabasdk.message.TemplateMessage;
import dev.wabasdk.template.TemplateCategory;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QuietHoursRuleTest extends PolicyFixtures {
  private static final String BERLIN = "4915112345678";
  private final PolicyEngine engine = engine(new QuietHoursRule(LocalTime.of(21, 0), LocalTime.of(8, 0)));

  @BeforeEach
  void categories() {
    engine.recordTemplateCategory("spring_sale", "en_US", TemplateCategory.MARKETING);
    engine.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
  }

  @Test
  void marketingIsHeldBackFrom21To8InTheRecipientsLocalTime() {
    at(Instant.parse("2026-11-25T19:59:59Z")); // 20:59:59 in Berlin
    assertThat(engine.evaluate(template(BERLIN, "spring_sale")).isAllowed()).isTrue();

    at(Instant.parse("2026-11-25T20:00:00Z")); // 21:00 in Berlin
    Decision d = engine.evaluate(template(BERLIN, "spring_sale"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.reasonCode()).isEqualTo("quiet_hours");
    assertThat(d.explanation()).isEqualTo(
        "It is 21:00 for this user (Europe/Berlin), inside the quiet hours 21:00–08:00 for MARKETING templates.");
    assertThat(d.facts().notes()).containsEntry("local_time", "21:00 Europe/Berlin");

    at(Instant.parse("2026-11-26T06:59:59Z")); // 07:59:59
    assertThat(engine.evaluate(template(BERLIN, "spring_sale")).verdict()).isEqualTo(Verdict.DENY);
    at(Instant.parse("2026-11-26T07:00:00Z")); // 08:00
    assertThat(engine.evaluate(template(BERLIN, "spring_sale")).isAllowed()).isTrue();
  }

  @Test
  void utilityTemplatesAndFreeFormRepliesAreNotHeldBack() {
    at(Instant.parse("2026-11-25T23:00:00Z"));
    assertThat(engine.evaluate(template(BERLIN, "order_update")).isAllowed()).isTrue();
    assertThat(engine.evaluate(text(BERLIN)).isAllowed()).isTrue();
  }

  @Test
  void aCountryWithSeveralZonesIsQuietWhenAnyOfThemIs() {
    at(Instant.parse("2026-11-25T17:00:00Z")); // 12:00 New York, 09:00 Los Angeles
    assertThat(engine.evaluate(template(WA_ID, "spring_sale")).isAllowed()).isTrue();
    at(Instant.parse("2026-11-25T15:30:00Z")); // 07:30 in Los Angeles
    Decision d = engine.evaluate(template(WA_ID, "spring_sale"));
    assertThat(d.verdict()).isEqualTo(Verdict.DENY);
    assertThat(d.facts().notes()).containsEntry("local_time", "07:30 America/Los_Angeles");
  }

  @Test
  void userIdPrefixGivesTheCountryAndUnknownZonesAreAllowed() {
    at(Instant.parse("2026-11-25T22:00:00Z")); // 23:00 in Berlin
    Decision berlin = engine.evaluate(TemplateMessage.builder().to(Recipient.userId("DE.13491208655302741918"))
        .name("spring_sale").language("en_US").build());
    assertThat(berlin.verdict()).isEqualTo(Verdict.DENY);
    assertThat(berlin.facts().notes()).containsEntry("local_time", "23:00 Europe/Berlin");

    Decision antarctica = engine.evaluate(TemplateMessage.builder().to(Recipient.userId("AQ.13491208655302741918"))
        .name("spring_sale").language("en_US").build());
    assertThat(antarctica.isAllowed()).isTrue();
    assertThat(antarctica.facts().notes()).containsEntry("local_time", "unknown (no time zone for this recipient)");
  }

  @Test
  void zonesAndCategoriesAreConfigurable() {
    PolicyEngine custom = engine(new QuietHoursRule(LocalTime.of(22, 0), LocalTime.of(7, 0))
        .forCategories(Set.of(TemplateCategory.MARKETING, TemplateCategory.UTILITY))
        .withZones(r -> List.of(ZoneId.of("Asia/Tokyo"))));
    custom.recordTemplateCategory("order_update", "en_US", TemplateCategory.UTILITY);
    at(Instant.parse("2026-11-25T13:30:00Z")); // 22:30 in Tokyo
    assertThat(custom.evaluate(template(BERLIN, "order_update")).reasonCode()).isEqualTo("quiet_hours");

    PolicyEngine unknown = engine(new QuietHoursRule(LocalTime.of(21, 0), LocalTime.of(8, 0))
        .withZones(r -> List.of()));
    Decision d = unknown.evaluate(template(BERLIN, "spring_sale"));
    assertThat(d.isAllowed()).isTrue();
    assertThat(d.facts().notes()).containsEntry("local_time", "unknown (no time zone for this recipient)");
  }
}
