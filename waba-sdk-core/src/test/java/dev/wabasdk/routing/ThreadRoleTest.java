package dev.wabasdk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThreadRoleTest {
  @Test
  void knownValuesAreTheConstantsWhateverTheirCase() {
    assertThat(ThreadRole.of("customer_service")).isSameAs(ThreadRole.CUSTOMER_SERVICE);
    assertThat(ThreadRole.of("MARKETING")).isSameAs(ThreadRole.MARKETING);
    assertThat(ThreadRole.of(" Utility ")).isSameAs(ThreadRole.UTILITY);
    assertThat(ThreadRole.of("ctwa")).isSameAs(ThreadRole.CTWA);
    assertThat(ThreadRole.of("ai_agent")).isSameAs(ThreadRole.AI_AGENT);
    assertThat(ThreadRole.of("Escalation")).isSameAs(ThreadRole.ESCALATION);
    assertThat(ThreadRole.ESCALATION.isKnown()).isTrue();
    assertThat(ThreadRole.AI_AGENT).hasToString("ai_agent");
  }

  @Test
  void anUnknownValueIsKeptAsMetaSentIt() {
    ThreadRole role = ThreadRole.of("Meta_Business_Agent");

    assertThat(role.value()).isEqualTo("Meta_Business_Agent");
    assertThat(role.isKnown()).isFalse();
    assertThat(role).isEqualTo(new ThreadRole("Meta_Business_Agent")).hasToString("Meta_Business_Agent");
  }
}
