package dev.wabasdk.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wabasdk.template.TemplateCategory;
import dev.wabasdk.template.TemplateStatus;
import dev.wabasdk.testkit.FakeWhatsApp;
import dev.wabasdk.testkit.GraphErrorResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.RegisterExtension;

class PerClassExtensionTest {
  private static final Set<FakeWhatsApp> SEEN = Collections.newSetFromMap(new IdentityHashMap<>());

  @RegisterExtension
  static final FakeWhatsAppExtension WHATSAPP = FakeWhatsAppExtension.perClass()
      .configure(b -> b.approvedTemplate("order_update", "en_US", TemplateCategory.UTILITY, "Order {{1}} shipped"));

  @RepeatedTest(3)
  void oneFakeResetBeforeEveryTest(FakeWhatsApp fake) {
    SEEN.add(fake);
    assertThat(SEEN).hasSize(1);
    assertThat(fake).isSameAs(WHATSAPP.fake());
    assertThat(fake.userMessages()).isEmpty();
    assertThat(fake.requests()).isEmpty();
    assertThat(fake.clock().instant()).isEqualTo(java.time.Instant.parse("2026-11-02T09:00:00Z"));
    assertThat(fake.templates().get("order_update", "en_US").status()).isEqualTo(TemplateStatus.APPROVED);
    assertThat(WHATSAPP.webhookReceiver().payloads()).isEmpty();

    fake.user("+4915112345678").sends("dirty state");
    fake.clock().advance(Duration.ofDays(2));
    fake.faults().nextCalls(5).failWith(GraphErrorResponse.of(131000));
    fake.awaitWebhooks();
  }
}
